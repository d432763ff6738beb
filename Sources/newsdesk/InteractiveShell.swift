import Foundation
import LineEditor
import NewsdeskCore

/// The libedit loop: prompt, history saved after every entry, Tab completion.
struct InteractiveShell {
  var conversation: Conversation

  /// ~/.newsdesk_history unless NEWSDESK_HISTORY names another file (`/dev/null` turns
  /// history off).
  static var historyPath: String {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["NEWSDESK_HISTORY"], !path.isEmpty { return path }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.newsdesk_history"
  }

  mutating func run() {
    let editor = LineEditor(programName: "newsdesk", historyFile: Self.historyPath)
    conversation.history = editor.entries
    // The banner's checked examples wait for a warm start's background checks (and any
    // files they read again): completions are made from the articles after that.
    printBanner()
    var completer = ShellCompleter(library: conversation.session.library)
    // One warning a session: at the start when history cannot be used at all, else at the
    // first save that fails.
    if let warning = editor.historyWarning { Self.warn(warning) }
    var warnedAboutHistory = editor.historyWarning != nil
    while true {
      editor.prompt = prompt()
      let library = conversation.session.library
      if completer.articleCount != library.articles.count {
        completer = ShellCompleter(library: library)
      }
      let box = CompleterBox(completer)
      editor.completer = { box.complete($0) }
      switch editor.readLine() {
      case .endOfInput:
        Output.line("")
        return
      case .cancelled:
        continue
      case .line(let line):
        if !line.trimmingCharacters(in: .whitespaces).isEmpty,
          let problem = editor.addToHistory(line), !warnedAboutHistory
        {
          Self.warn(problem)
          warnedAboutHistory = true
        }
        if conversation.handle(line) == .quit { return }
        // A blank line between one reply and the next prompt keeps answers apart.
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { Output.line("") }
        completer = box.completer
      }
    }
  }

  static func warn(_ warning: HistoryWarning) {
    Output.error(
      "newsdesk: warning: history file \(TerminalSafe(warning.path).quoted) \(warning.message)")
  }

  func prompt() -> String {
    let style = conversation.renderer.style
    if let focus = conversation.session.focus {
      return style.prompt("newsdesk[\(focus + 1)]> ")
    }
    return style.prompt("newsdesk> ")
  }

  mutating func printBanner() {
    let library = conversation.session.library
    let articles = library.articles.count
    Output.line(
      conversation.renderer.style.dim(
        "newsdesk \(NewsdeskVersion.string) — \(articles) article\(articles == 1 ? "" : "s"), \(library.sentenceCount) sentences. Ask a question, or :help."
      ))
    // The first hint: a question these articles answer, checked before it is offered.
    if let example = conversation.checkedExamples().first {
      Output.line(
        conversation.renderer.style.dim(
          "Try: \(conversation.renderer.safe(example.question))   Names alone search; :examples for more."
        ))
    }
  }
}

/// Holds the completer so the editor's closure can use it and keep its lazily built names.
final class CompleterBox {
  var completer: ShellCompleter
  init(_ completer: ShellCompleter) { self.completer = completer }
  func complete(_ text: String) -> CompletionResult { completer.complete(text) }
}
