import Testing

@testable import NewsdeskCore

/// "How much?" after "what did Martin Keane say?": the figure asked is the one in the
/// statement just given, so the statement is asked again with that figure left out.
@Suite(.needsWordNet) struct FollowUpStatedFigureTests {
  let resolver = FollowUpResolver()

  func afterStatement(_ question: String, said: String) -> ConversationMemory {
    var memory = ConversationMemory()
    memory.remember(
      ConversationMemory.Turn(
        question: question, analysis: QuestionAnalyzer().analyze(question), answer: said,
        given: [said]))
    return memory
  }

  @Test(arguments: [
    (
      "what did Martin Keane say?", "£4.5m had been set aside to recruit 40 midwives from overseas",
      "how much?",
      "How much did Martin Keane say had been set aside to recruit 40 midwives from overseas?"
    ),
    (
      "what did Anita Bose say?", "the road would take 9,000 lorries a day out of the village",
      "how many?",
      "How many did Anita Bose say the road would take lorries a day out of the village?"
    ),
  ])
  func theStatementIsAskedAgainWithoutItsFigure(
    _ question: String, _ said: String, _ typed: String, _ expected: String
  ) {
    let read = resolver.resolve(typed, memory: afterStatement(question, said: said))
    #expect(read.kind == .rewritten)
    #expect(read.question == expected)
  }

  @Test func aStatementWithoutAFigureOfTheKindAskedIsLeftToTheEllipsis() {
    let memory = afterStatement(
      "what did Martin Keane say?", said: "the board would recruit midwives from overseas")
    #expect(resolver.statedFigure(["how", "much"], base: memory.turns[0]) == nil)
    // An amount is no count, and a count no amount.
    let counted = afterStatement(
      "what did Anita Bose say?", said: "9,000 lorries a day pass through")
    #expect(resolver.statedFigure(["how", "much"], base: counted.turns[0]) == nil)
  }

  @Test func aQuestionOtherThanAStatementIsNotRead() {
    let memory = afterStatement("how much was set aside?", said: "£4.5m")
    #expect(resolver.statedFigure(["how", "much"], base: memory.turns[0]) == nil)
  }
}
