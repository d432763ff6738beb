import ArgumentParser
import Foundation
import LineEditor
import NewsdeskCore

/// The question shell: libedit when stdin and stdout are terminals, plain line reading
/// otherwise (one answer per question line, no prompt).
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell", abstract: "Start the question shell (the default).")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "text or json.") var format: OutputFormat = .text

  func run() throws {
    let session: NewsdeskSession
    if corpus.defaultCorpusIsMissing {
      Output.error(
        "newsdesk: no corpus found (no ./corpus here); \(CorpusOptions.howToGiveACorpus)")
      var empty = NewsdeskSession(lexicon: .installed())
      empty.loadOptions = corpus.loadOptions
      if let top = corpus.top { empty.top = top }
      if let threshold = corpus.threshold { empty.composer.options.threshold = threshold }
      session = empty
    } else {
      session = try corpus.makeSession(warnWhenEmpty: true, startsShell: true)
    }
    var conversation = Conversation(
      session: session, format: format, renderer: AnswerRenderer.make(corpus: corpus),
      scriptFolder: nil)
    if Output.standardInputIsTerminal && Output.standardOutputIsTerminal {
      var shell = InteractiveShell(conversation: conversation)
      shell.run()
    } else {
      while let line = Swift.readLine(strippingNewline: true) {
        if conversation.handle(line) == .quit { break }
      }
    }
  }
}
