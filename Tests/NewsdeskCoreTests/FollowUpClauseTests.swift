import Testing

@testable import NewsdeskCore

/// The clause an ellipsis asks about again, and the slot a fronted preposition asks for.
@Suite(.needsWordNet) struct FollowUpClauseTests {
  let resolver = FollowUpResolver()

  func memory(_ question: String, answer: String) -> ConversationMemory {
    var memory = ConversationMemory()
    memory.remember(
      ConversationMemory.Turn(
        question: question, analysis: QuestionAnalyzer().analyze(question), answer: answer))
    return memory
  }

  @Test(arguments: [
    ("whose free kick struck the bar but was not given?", "whose free kick struck the bar?"),
    (
      "which minister resigned on Monday and was replaced?",
      "which minister resigned on Monday?"
    ),
    // A coordination inside the clause ("bought and sold", "the deal and the plant") stays.
    ("who bought and sold the mill?", "who bought and sold the mill?"),
    (
      "who said the deal and the plant were sold?", "who said the deal and the plant were sold?"
    ),
  ])
  func mainClauseDropsACoordinatedClause(_ example: (String, String)) {
    #expect(FollowUpResolver.mainClause(of: example.0) == example.1)
  }

  @Test(arguments: [
    (
      "whose free kick crashed against the bar but was not given?", "Ella Marsh",
      "from how far?", "From how far did Ella Marsh's free kick crash against the bar?"
    ),
    // The phrase that picked out the lab goes with the noun the name answers.
    (
      "which research lab in Dublin is closing?", "Media Labs Europe", "why?",
      "Why is Media Labs Europe closing?"
    ),
  ])
  func ellipsisAsksAboutTheMainClause(_ example: (String, String, String, String)) {
    let followUp = resolver.resolve(example.2, memory: memory(example.0, answer: example.1))
    #expect(followUp.kind == .rewritten)
    #expect(followUp.question == example.3)
  }

  @Test(arguments: [
    ("With what did farmers block the road?", true),
    ("For how much did Halden Foods buy a stake?", true),
    ("from how far did Marsh take the kick?", true),
    ("What did farmers block?", false),
    ("In Japan?", false),
    ("with farmers", false),
  ])
  func frontedPrepositionAsksForItsSlot(_ example: (String, Bool)) {
    #expect(FollowUpResolver.asksPrepositionSlot(example.0) == example.1)
  }
}
