import Testing

@testable import NewsdeskCore

/// Follow-ups that keep to the story: "it" for the amount just asked about, a swap against
/// the firm the user named, the answer just given left out of the same question asked again.
@Suite struct FollowUpStoryTests {
  let resolver = FollowUpResolver()

  /// Turns as (typed, read as, answer).
  func memory(_ turns: [(String, String, String?)]) -> ConversationMemory {
    var memory = ConversationMemory()
    for (typed, question, answer) in turns {
      memory.remember(
        ConversationMemory.Turn(
          question: question, analysis: QuestionAnalyzer().analyze(question), answer: answer,
          given: answer.map { [$0] } ?? [], typed: typed))
    }
    return memory
  }

  @Test(arguments: [
    (
      "How much profit did BP make last year?", "$16.2bn", "By how much did it rise?",
      "By how much did BP's profit rise?"
    ),
    (
      "How many jobs did Kestrel Media cut?", "400", "by how much did it fall?",
      "by how much did Kestrel Media's jobs fall?"
    ),
  ])
  func itIsTheAmountAskedAbout(last: String, answer: String, typed: String, expected: String) {
    let followUp = resolver.resolve(typed, memory: memory([(last, last, answer)]))
    #expect(followUp.question == expected)
  }

  @Test func itStaysTheFirmWhenNothingChanges() {
    let followUp = resolver.resolve(
      "What stake does it hold?",
      memory: memory([("Who bought BLB?", "Who bought BLB?", "Carver Ltd")]))
    #expect(!followUp.question.contains("profit"))
  }

  @Test func aSwapReplacesTheFirmTheUserNamed() {
    let turns = memory([
      (
        "How much profit did BP make last year?", "How much profit did BP make last year?",
        "$16.2bn"
      ),
      (
        "What did the chief executive say about the results?",
        "What did BP's chief executive say about the results?", "strong results"
      ),
    ])
    let followUp = resolver.resolve("And what about Shell?", memory: turns)
    #expect(followUp.question == "How much profit did Shell make last year?")
    #expect(followUp.excluding == ["$16.2bn"])
  }

  @Test(.needsWordNet) func theSameKindOfQuestionAgainExcludesTheLastAnswer() {
    let turns = memory([
      (
        "How much did ministers hope to get from the EU?",
        "How much did ministers hope to get from the EU?", "£900m"
      )
    ])
    let followUp = resolver.resolve("And how much did they get?", memory: turns)
    #expect(followUp.question == "How much did ministers get?")
    #expect(followUp.excluding == ["£900m"])
  }

  @Test func anotherKindOfQuestionKeepsTheLastAnswer() {
    let turns = memory([("who did Rubio meet?", "who did Rubio meet?", "Daniel Noboa")])
    let followUp = resolver.resolve("When?", memory: turns)
    #expect(followUp.excluding.isEmpty)
  }

  @Test(.needsWordNet) func aProgressiveIsNoIdentityQuestion() {
    let turns = memory([
      (
        "Who is buying Wembley's US gaming business?",
        "Who is buying Wembley's US gaming business?", "BLB"
      )
    ])
    let followUp = resolver.resolve("For how much?", memory: turns)
    #expect(followUp.kind == .rewritten)
  }

  @Test func aFigureIsNoOneHeCanBe() {
    var memory = ConversationMemory()
    let question = "How big a stake did Ken Bates buy?"
    memory.remember(
      ConversationMemory.Turn(
        question: question, analysis: QuestionAnalyzer().analyze(question), answer: "50%",
        evidence: "The 73-year-old former Chelsea chairman has bought a 50% stake in the club."))
    let followUp = resolver.resolve("Which stadium does he plan to buy back?", memory: memory)
    #expect(!followUp.question.contains("73"))
  }
}
