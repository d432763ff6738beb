import Testing

@testable import NewsdeskCore

/// "What was NAME …?" answered by the phrase a comma sets beside the name, on invented
/// sentences; other phrases and other questions are left alone.
@Suite struct AppositionToAskedNameRuleTests {
  @Test func thePhraseBesideTheAskedNameIsBoosted() throws {
    let all = TestSupport.candidates(
      "What was Halvorsen before he joined the board?",
      in: "In Halvorsen, a shipbuilder who has won three contracts, the firm found a new partner.")
    let found = try #require(all.first { $0.text == "shipbuilder" })
    #expect(found.firings.contains { $0.rule == "appositionToAskedName" && $0.factor > 1 })
    #expect(all.first?.text == "shipbuilder", "\(all.prefix(3).map(\.trace.summary))")
  }

  @Test(arguments: [
    // Beside another name.
    ("What was Halvorsen before he joined?", "Ana Bell, a shipbuilder, met Halvorsen."),
    // Not a what-is question.
    ("What did Halvorsen build?", "Halvorsen, a shipbuilder, built ferries."),
  ])
  func otherPhrasesAndQuestionsAreLeftAlone(_ question: String, _ sentence: String) {
    let all = TestSupport.candidates(question, in: sentence)
    #expect(all.allSatisfy { !$0.firings.contains { $0.rule == "appositionToAskedName" } })
  }
}
