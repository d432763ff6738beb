import Testing

@testable import NewsdeskCore

/// `otherNamedActor`: the asked argument of an act the sentence gives to someone else by
/// name is marked down; the act of the actor the question names, or of an unnamed one, is not.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct OtherNamedActorRuleTests {
  static func fires(_ question: String, _ sentence: String, on answer: String) throws -> Bool {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    let candidate = try #require(all.first { $0.text == answer }, "\(all.map(\.text))")
    return candidate.firings.contains { $0.rule == "otherNamedActor" }
  }

  @Test func aRelativeClauseOfAnotherNameIsMarkedDown() throws {
    #expect(
      try Self.fires(
        "Whom does Sanna Kivi replace?",
        "Mikko Lahti, who replaced Petra Vaara in 2019, ordered the checks.", on: "Petra Vaara"))
  }

  @Test func anotherNamedSubjectIsMarkedDown() throws {
    #expect(
      try Self.fires(
        "Whom did Harlow Group buy?", "Tennant Mills bought Ashby Weaving in May.",
        on: "Ashby Weaving"))
  }

  /// The question's own actor, and an actor given by role, may be the one asked about.
  @Test(arguments: [
    ("Whom does Sanna Kivi replace?", "Sanna Kivi replaces Mikko Lahti next month.", "Mikko Lahti"),
    (
      "Whom does Sanna Kivi replace?", "The former Orrin manager replaces Mikko Lahti next month.",
      "Mikko Lahti"
    ),
  ])
  func theAskedActorIsLeftAlone(_ question: String, _ sentence: String, _ answer: String) throws {
    #expect(try !Self.fires(question, sentence, on: answer))
  }
}
