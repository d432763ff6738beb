import Foundation
import NewsdeskCore

/// Handles one line typed in the shell or read from a script: a `:command` or a question.
/// The shell, batch input and `newsdesk run` share it, so they behave alike.
struct Conversation {
  var session: NewsdeskSession
  let format: OutputFormat
  var renderer: AnswerRenderer
  /// Relative `:load` paths in a script are tried against the script's folder too.
  var scriptFolder: String?
  /// Whether a line of keywords is a search (the shell) or still a question (`newsdesk run`,
  /// whose script lines are questions by definition and whose JSON holds answers only).
  var searchesKeywords = true
  /// Long output goes through a pager on a terminal unless `:pager off`.
  var pagerEnabled = true
  /// The session's questions and answers, for `:save`.
  var transcript: [TranscriptEntry] = []
  /// The lines typed, oldest first, for `:history`: the shell fills it from its history.
  var history: [String] = []
  /// Files `:save` wrote this session: only these may be written again.
  var savedFiles: Set<String> = []
  /// Checked example questions, made once per set of loaded articles and focus.
  var exampleCache: (key: String, examples: [ExampleQuestion])?
  /// The entity catalogue, made once per set of loaded articles and focus (over 2,000
  /// articles it takes seconds in a debug build).
  var catalogCache: (key: String, catalog: EntityCatalog)?

  /// What the caches are made from: the loaded articles and the focus.
  var cacheKey: String {
    "\(session.library.articles.count):\(session.library.sentenceCount):\(session.focus ?? -1)"
  }

  enum Outcome { case proceed, quit }

  init(
    session: NewsdeskSession, format: OutputFormat, renderer: AnswerRenderer,
    scriptFolder: String?
  ) {
    self.session = session
    self.format = format
    self.renderer = renderer
    self.scriptFolder = scriptFolder
    refreshTitles()
  }

  mutating func handle(_ rawLine: String) -> Outcome {
    let line = Self.clean(rawLine)
    if line.isEmpty || line.hasPrefix("#") { return .proceed }
    history.append(line)
    settleFreshness()
    if line.hasPrefix(":") { return command(line) }
    switch InputReading(line) {
    case .command(let name): return command(name)
    case .examples: examples()
    case .about: about("")
    case .entities(let kind): entities(kind, filter: "")
    case .question: ask(line)
    case .search: if searchesKeywords { search(line) } else { ask(line) }
    }
    return .proceed
  }

  mutating func ask(_ question: String) {
    if session.library.articles.isEmpty, format == .text {
      say("No articles are loaded. Use :load PATH to add some.", isError: true)
      return
    }
    let answer = session.ask(question)
    transcript.append(TranscriptEntry(question: question, answer: answer))
    switch format {
    case .json:
      Output.line(
        answer.json(includeCandidates: renderer.showCandidates, includeTrace: renderer.showTrace)
          .serialized())
    case .text: Output.line(renderer.render(answer))
    }
  }

  /// Command output goes to stdout in text mode; in JSON mode stdout carries answers only.
  /// Long output (`paged`) goes through the pager when stdout is a terminal.
  func say(_ text: String, isError: Bool = false, paged: Bool = false) {
    if format == .json || isError {
      Output.error(text)
    } else if paged, pagerEnabled, Output.standardOutputIsTerminal,
      let rows = Output.terminalHeight, text.split(separator: "\n").count >= rows - 1
    {
      let pager = Pager.fromEnvironment()
      if let problem = pager.show(TerminalSafe.keepingStyles(text) + "\n") {
        // The output first, the one line about the pager after it, where the eye is.
        Output.line(text)
        Output.error(
          "newsdesk: pager \(TerminalSafe(pager.command).quoted) \(problem); :pager off stops trying"
        )
      }
    } else {
      Output.line(text)
    }
  }

  /// Titles two loaded articles share, so their citations add the file name.
  /// Also forgets what was made from the articles before (examples, the entity catalogue).
  mutating func refreshTitles() {
    exampleCache = nil
    catalogCache = nil
    var counts: [String: Int] = [:]
    for article in session.library.articles { counts[article.title, default: 0] += 1 }
    renderer.sharedTitles = Set(counts.filter { $0.value > 1 }.keys)
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
