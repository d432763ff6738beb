import Foundation
import NewsdeskCore

/// The commands that change what is loaded and asked: `:load`, `:reload`, `:focus`, `:why`.
extension Conversation {
  mutating func load(_ argument: String) {
    guard !argument.isEmpty else {
      say("Give a file or folder: :load PATH", isError: true)
      return
    }
    let path = resolve(argument)
    do {
      let report = try session.load(paths: [path])
      refreshTitles()
      Output.warn(report)
      say(
        "Loaded \(report.articlesAdded) article\(report.articlesAdded == 1 ? "" : "s") (\(report.sentencesAdded) sentences) from \(TerminalSafe(path).quoted)."
      )
    } catch let error as NewsdeskError {
      say("newsdesk: \(error.description)", isError: true)
    } catch {
      say("newsdesk: cannot load \(TerminalSafe(path).quoted)", isError: true)
    }
  }

  /// Waits for a warm start's background checks (the shell's start does not) and says what
  /// they found: files read again because they changed, a damaged index rebuilt, folders
  /// that could not be read. Before every line, so nothing is answered, listed or searched
  /// from a saved index that is unverified; a large index's stat of every file is settled
  /// by the first line that finds it done (`LoadOptions.eagerlyConfirmedArticles`).
  mutating func settleFreshness() {
    guard session.library.awaitsConfirmation else { return }
    do {
      if let report = try session.confirmFreshness(waitingForFiles: false) {
        if report.filesRead > 0 || !report.notices.isEmpty { refreshTitles() }
        Output.warn(report)
      }
    } catch let error as NewsdeskError {
      refreshTitles()
      say("newsdesk: \(error.description); nothing is loaded now", isError: true)
    } catch {
      refreshTitles()
      say("newsdesk: the articles can no longer be read; nothing is loaded now", isError: true)
    }
  }

  mutating func reload() {
    do {
      let report = try session.reload()
      refreshTitles()
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
      return
    }
    guard let reference = reference(argument, command: ":focus") else { return }
    session.focus = reference.article
    say(
      "Questions go to article \(reference.article + 1) only: \(renderer.safe(session.library.articles[reference.article].title))"
    )
  }

  /// `:context`: what each referring word would be read as if typed now.
  func contextText() -> String {
    let entries = session.followUps.context(session.memory)
    guard !session.memory.isEmpty else {
      return "Nothing asked yet: he, she, it, they, there and then refer to nothing."
    }
    var lines = ["If you typed it now:"]
    for entry in entries {
      let word = "“\(entry.word)”".padding(toLength: 8, withPad: " ", startingAt: 0)
      lines.append("  \(word) → " + (entry.referent.map { renderer.safe($0) } ?? "(nothing yet)"))
    }
    return lines.joined(separator: "\n")
  }

  func whyText() -> String {
    guard let answer = session.lastAnswer else { return "No question yet." }
    let analysis = answer.analysis
    var lines: [String] = []
    if let clarification = answer.clarification {
      // Said of a follow-up with nothing before it and of one that fits nothing said so far
      // ("since when?" after "who is Martin Yeo?") alike.
      return
        "“\(renderer.safe(answer.question))” fits nothing said so far: \(renderer.safe(clarification))"
    }
    if let typed = analysis.askedAs {
      lines.append(
        renderer.style.bold(
          "Follow-up: \(renderer.safe(typed)) → \(renderer.safe(analysis.text))"))
      if let followUp = session.lastFollowUp {
        lines.append("  read as \(followUp.shape.rawValue)")
        for reading in followUp.readings {
          lines.append(
            "  \(renderer.safe(reading.typed)) → \(renderer.safe(reading.readAs))")
        }
      }
    } else {
      lines.append(renderer.style.bold("Question: \(renderer.safe(analysis.text))"))
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
    lines += SyntaxExplanation.lines(for: answer.evidence?.sentence, lexicon: session.lexicon)
    lines += renderer.traceLines(answer.ruleTrace)
    lines += renderer.candidateLines(answer.candidates)
    return lines.joined(separator: "\n")
  }

}
