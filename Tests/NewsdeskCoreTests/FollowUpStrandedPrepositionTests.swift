import Testing

@testable import NewsdeskCore

/// "Who from?", "where to?", "what with?": a bare wh-word with the preposition a reporter
/// leaves at the end is an ellipsis, read as "from whom", "to where", "with what".
@Suite(.needsWordNet) struct FollowUpStrandedPrepositionTests {
  let resolver = FollowUpResolver()

  @Test(arguments: [
    (["who", "from"], ["from", "whom"]),
    (["where", "to"], ["to", "where"]),
    (["what", "with"], ["with", "what"]),
    (["what", "for"], ["why"]),
    // Not a preposition, or already in order: left alone.
    (["who", "else"], ["who", "else"]),
    (["how", "much"], ["how", "much"]),
    (["for", "how", "much"], ["for", "how", "much"]),
  ])
  func thePrepositionGoesBeforeTheWhWord(_ core: [String], _ expected: [String]) {
    #expect(FollowUpResolver.frontingStrandedPreposition(core) == expected)
  }

  @Test func whoFromAsksTheLastQuestionAgainForTheGiver() {
    var memory = ConversationMemory()
    let question = "how much is the grant?"
    memory.remember(
      ConversationMemory.Turn(
        question: question, analysis: QuestionAnalyzer().analyze(question), answer: "£12m",
        given: ["£12m"]))
    let read = resolver.resolve("who from?", memory: memory)
    #expect(read.kind == .rewritten)
    #expect(read.shape == .ellipsis)
    let words = SentenceWords(read.question).words.map(\.lower)
    #expect(words.prefix(2) == ["from", "whom"], "\(read.question)")
    #expect(words.contains("grant"))
  }

  @Test func withNothingBeforeItAsksBack() {
    let read = resolver.resolve("who from?", memory: ConversationMemory())
    #expect(read.kind == .needsContext)
  }
}
