import Foundation
import NewsdeskCore

/// Handles one line typed in the shell or read from a script: a `:command` or a question.
/// The shell, batch input and `newsdesk run` share it, so they behave alike.
struct Conversation {
  var session: NewsdeskSession
  let format: OutputFormat
  let renderer: AnswerRenderer
  /// Relative `:load` paths in a script are tried against the script's folder too.
  var scriptFolder: String?

  enum Outcome { case proceed, quit }

  static let commandHelp: [(String, String)] = [
    (":help", "show this help"),
    (":sources", "list the loaded articles: number, title, date, sentences"),
    (":show N", "print article N with its sentence numbers"),
    (":load PATH", "add the articles in a file or folder"),
    (":reload", "read the articles again (only changed files are re-read)"),
    (":why", "how the last question was read, and its top sentences with scores"),
    (":focus N|off", "ask only article N, or all articles again"),
    (":reset", "forget the conversation"),
    (":quit", "leave (Ctrl-D works too)"),
  ]
  static var commandNames: [String] {
    commandHelp.map { String($0.0.split(separator: " ")[0]) }
  }

  mutating func handle(_ rawLine: String) -> Outcome {
    let line = Self.clean(rawLine)
    if line.isEmpty || line.hasPrefix("#") { return .proceed }
    if line.hasPrefix(":") { return command(line) }
    ask(line)
    return .proceed
  }

  mutating func ask(_ question: String) {
    if session.library.articles.isEmpty, format == .text {
      say("No articles are loaded. Use :load PATH to add some.", isError: true)
      return
    }
    let answer = session.ask(question)
    switch format {
    case .json: Output.line(answer.json(includeCandidates: renderer.showCandidates).serialized())
    case .text: Output.line(renderer.render(answer))
    }
  }

  mutating func command(_ line: String) -> Outcome {
    let parts = line.split(separator: " ", maxSplits: 1)
    let name = parts[0].lowercased()
    let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
    switch name {
    case ":quit", ":q", ":exit": return .quit
    case ":help", ":h", ":?": say(Self.helpText)
    case ":sources": say(sourcesText())
    case ":show": show(argument)
    case ":load": load(argument)
    case ":reload": reload()
    case ":why": say(whyText())
    case ":reset":
      session.reset()
      say("The conversation is forgotten; the articles stay loaded.")
    case ":focus": focus(argument)
    default:
      say("Unknown command \(name). Type :help for the list.", isError: true)
    }
    return .proceed
  }

  /// Command output goes to stdout in text mode; in JSON mode stdout carries answers only.
  func say(_ text: String, isError: Bool = false) {
    if format == .json || isError { Output.error(text) } else { Output.line(text) }
  }

  static var helpText: String {
    var lines = ["Ask a question in plain words, e.g. who did Rubio meet?", "Commands:"]
    for (command, help) in commandHelp {
      lines.append("  " + command.padding(toLength: 14, withPad: " ", startingAt: 0) + help)
    }
    lines.append(
      "Follow-ups: when?  why?  and Reimberg?  what about Ecuador?  what else?  who said so?")
    lines.append("      he, she, it, there and then refer to the questions before; :why shows how.")
    lines.append("Keys: Up/Down history, Ctrl-R search history, Tab completes commands and names,")
    lines.append("      Ctrl-C clears the line, Ctrl-D leaves.")
    return lines.joined(separator: "\n")
  }

  func sourcesText() -> String {
    let articles = session.library.articles
    guard !articles.isEmpty else { return "No articles are loaded. Use :load PATH to add some." }
    return articles.enumerated().map { number, article in
      let date = article.date?.iso ?? "no date   "
      let line =
        "\(String(number + 1).leftPadded(to: 4)). \(date)  \(String(article.sentences.count).leftPadded(to: 4)) sentences  \(article.title)"
      // One line per article on a terminal: cut the title rather than wrap it.
      guard let width = renderer.width, line.count > width - 1 else { return line }
      return String(line.prefix(width - 2)) + "…"
    }.joined(separator: "\n")
  }

  func show(_ argument: String) {
    guard let number = session.library.article(named: argument) else {
      say(
        "No article \(argument.isEmpty ? "given" : "'\(argument)'"). Use :show N with a number from :sources.",
        isError: true)
      return
    }
    let article = session.library.articles[number]
    var lines = [renderer.style.bold(article.title)]
    lines.append(renderer.style.dim("\(article.date?.iso ?? "no date") · \(article.path)"))
    var paragraph: Int32 = -1
    for index in article.sentences.indices {
      if article.sentences[index].paragraph != paragraph {
        paragraph = article.sentences[index].paragraph
        lines.append("")
      }
      lines.append(
        TextStyle.wrap(
          "\(String(index + 1).leftPadded(to: 3)). \(article.sentence(index))",
          width: renderer.width, indent: ""))
    }
    say(lines.joined(separator: "\n"))
  }

  mutating func load(_ argument: String) {
    guard !argument.isEmpty else {
      say("Give a file or folder: :load PATH", isError: true)
      return
    }
    let path = resolve(argument)
    do {
      let report = try session.load(paths: [path])
      Output.warn(report)
      say(
        "Loaded \(report.articlesAdded) article\(report.articlesAdded == 1 ? "" : "s") (\(report.sentencesAdded) sentences) from \(path)."
      )
    } catch let error as NewsdeskError {
      say("newsdesk: \(error.description)", isError: true)
    } catch {
      say("newsdesk: cannot load \(path)", isError: true)
    }
  }

  mutating func reload() {
    do {
      let report = try session.reload()
      Output.warn(report)
      let articles = session.library.articles.count
      say(
        "Reloaded \(articles) article\(articles == 1 ? "" : "s") (\(session.library.sentenceCount) sentences); \(report.filesRead) file\(report.filesRead == 1 ? "" : "s") read again."
      )
    } catch let error as NewsdeskError {
      say("newsdesk: \(error.description); the articles loaded before stay", isError: true)
    } catch {
      say("newsdesk: cannot reload; the articles loaded before stay", isError: true)
    }
  }

  func resolve(_ path: String) -> String {
    let expanded = NSString(string: path).expandingTildeInPath
    if expanded.hasPrefix("/") || FileManager.default.fileExists(atPath: expanded) {
      return expanded
    }
    if let scriptFolder {
      let candidate = scriptFolder + "/" + expanded
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    return expanded
  }

  mutating func focus(_ argument: String) {
    if argument.isEmpty || argument.lowercased() == "off" {
      session.focus = nil
      say("Questions go to all loaded articles.")
    } else if let number = session.library.article(named: argument) {
      session.focus = number
      say("Questions go to article \(number + 1) only: \(session.library.articles[number].title)")
    } else {
      say("No article '\(argument)'. Use :focus N with a number from :sources.", isError: true)
    }
  }

  func whyText() -> String {
    guard let answer = session.lastAnswer else { return "No question yet." }
    let analysis = answer.analysis
    var lines: [String] = []
    if let clarification = answer.clarification {
      return "“\(answer.question)” has nothing before it to follow: \(clarification)"
    }
    if let typed = analysis.askedAs {
      lines.append(renderer.style.bold("Follow-up: \(typed) → \(analysis.text)"))
    } else {
      lines.append(renderer.style.bold("Question: \(analysis.text)"))
    }
    lines.append(
      "  form: \(analysis.form.rawValue) · expects: \(analysis.answerType.rawValue)"
        + (analysis.headNoun.map { " · head noun: \($0)" } ?? ""))
    lines.append("  focus words: \(analysis.focusWords.joined(separator: ", "))")
    lines.append("  search terms: \(analysis.terms.joined(separator: ", "))")
    if !analysis.expansions.isEmpty {
      let related = analysis.expansions.sorted { $0.key < $1.key }.map {
        "\($0.key) (for \($0.value))"
      }
      lines.append("  related terms: \(related.joined(separator: ", "))")
    }
    if !analysis.paraphrases.isEmpty {
      // Often dozens: the first few say what kind of words they are.
      let shown = analysis.paraphrases.keys.sorted().prefix(8)
      let more = analysis.paraphrases.count - shown.count
      lines.append(
        "  paraphrases (to choose the sentence): \(shown.joined(separator: ", "))"
          + (more > 0 ? " … and \(more) more" : ""))
    }
    lines.append(
      "  confidence \(renderer.format(answer.confidence)) against threshold \(renderer.format(session.composer.options.threshold))"
        + (answer.abstained ? ": abstained" : ""))
    lines += SyntaxExplanation.lines(for: answer.evidence?.sentence)
    lines += renderer.candidateLines(answer.candidates)
    return lines.joined(separator: "\n")
  }

  /// Drops control characters (a pasted escape sequence, a NUL) that would garble the
  /// terminal or the JSON; tabs become spaces.
  static func clean(_ line: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      if scalar == "\t" {
        scalars.append(" ")
      } else if scalar.properties.generalCategory != .control {
        scalars.append(scalar)
      }
    }
    return String(scalars).trimmingCharacters(in: .whitespaces)
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
