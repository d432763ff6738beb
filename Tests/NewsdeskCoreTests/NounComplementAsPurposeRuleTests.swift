import Testing

@testable import NewsdeskCore

/// `nounComplementAsPurpose`: "its plan to buy X" is what the plan was, no reason; a purpose
/// infinitive on the verb still answers why.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct NounComplementAsPurposeRuleTests {
  static func candidates(_ question: String, _ sentence: String) -> [ShortAnswerExtractor
    .Candidate]
  {
    TestSupport.candidates(question, in: sentence, parse: true)
  }

  @Test func theNounsInfinitiveGivesWayToTheReason() throws {
    let all = Self.candidates(
      "Why did Velmora drop its plan?",
      "Velmora also dropped its plan to build a second plant in Oulu, saying demand had fallen.")
    let plan = try #require(all.first { $0.text.hasPrefix("build") }, "\(all.map(\.text))")
    #expect(plan.firings.contains { $0.rule == "nounComplementAsPurpose" })
    #expect(all.first?.text.contains("demand had fallen") == true, "\(all.map(\.text))")
  }

  @Test func aPurposeOnTheVerbIsLeftAlone() {
    let all = Self.candidates(
      "Why did Velmora close the plant?", "Velmora closed the plant to cut its costs.")
    #expect(!all.contains { $0.firings.contains { $0.rule == "nounComplementAsPurpose" } })
  }
}
