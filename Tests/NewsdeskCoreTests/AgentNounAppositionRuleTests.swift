import Testing

@testable import NewsdeskCore

/// "Which company makes X?" over "Y, the maker of X, …", on invented sentences: the name whose
/// apposition is the doer of the act asked of what the question names is boosted; the doer
/// of the act on something else, or another act, is not.
@Suite(.needsWordNet)
struct AgentNounAppositionRuleTests {
  @Test(arguments: [
    (
      "Which company makes Northgate Ale?",
      "Halvard Breweries, the family-owned maker of Northgate Ale, was bought by Van Rijn.",
      "Halvard Breweries"
    ),
    (
      "Who founded Corran Ferries?",
      "Ian Hale, the founder of Corran Ferries, met the Dutch buyer Tomas Vega on Monday.",
      "Ian Hale"
    ),
  ])
  func theDoerOfTheAskedActIsBoosted(_ question: String, _ sentence: String, _ doer: String)
    throws
  {
    let all = TestSupport.candidates(question, in: sentence)
    let found = try #require(all.first { $0.text == doer }, "no candidate \(doer)")
    #expect(found.firings.contains { $0.rule == "agentNounApposition" && $0.factor > 1 })
    #expect(all.first?.text == doer, "\(all.prefix(3).map(\.trace.summary))")
  }

  @Test(arguments: [
    // The maker of something else.
    (
      "Which company makes Northgate Ale?",
      "Halvard Breweries, the maker of Kettle Crisps, sold Northgate Ale to Van Rijn."
    ),
    // Another act's doer.
    (
      "Which company makes Northgate Ale?",
      "Halvard Breweries, the owner of Northgate Ale, was bought by Van Rijn."
    ),
  ])
  func otherDoersAreLeftAlone(_ question: String, _ sentence: String) {
    let all = TestSupport.candidates(question, in: sentence)
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { !$0.firings.contains { $0.rule == "agentNounApposition" } })
  }
}
