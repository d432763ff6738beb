import ArgumentParser
import NewsdeskCore

/// `newsdesk ask QUESTION`: one question, one answer.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask", abstract: "Answer one question and exit.")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "text or json.") var format: OutputFormat = .text
  @Argument(help: "The question, quoted.") var question: [String]

  func validate() throws {
    guard question.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      throw ValidationError("the question is empty; give it in quotes: newsdesk ask \"who won?\"")
    }
  }

  func run() throws {
    let text = question.joined(separator: " ")
    var conversation = Conversation(
      session: try corpus.makeSession(warnWhenEmpty: true), format: format,
      renderer: AnswerRenderer.make(corpus: corpus), scriptFolder: nil)
    conversation.ask(text)
  }
}

extension AnswerRenderer {
  static func make(corpus: CorpusOptions) -> AnswerRenderer {
    AnswerRenderer(
      style: TextStyle(enabled: Output.useColor(disabled: corpus.noColor)),
      wrapsToTerminal: Output.standardOutputIsTerminal, showCandidates: corpus.top != nil,
      showTrace: corpus.explain)
  }
}
