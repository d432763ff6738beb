@testable import NewsdeskCore

extension TestSupport {
  /// A conversation's memory of these turns (question, answer), read as the shell reads
  /// them, without articles.
  static func memory(_ turns: [(question: String, answer: String?)]) -> ConversationMemory {
    var memory = ConversationMemory()
    for (question, answer) in turns {
      memory.remember(
        ConversationMemory.Turn(
          question: question, analysis: QuestionAnalyzer().analyze(question), answer: answer))
    }
    return memory
  }
}
