import Testing

@testable import NewsdeskCore

/// "Which general …?" answered by the phrase the parse sets beside the noun asked, on invented
/// sentences: an appositive after the noun, a noun whose appositive is the noun asked, and a
/// name a common noun introduces are boosted; phrases elsewhere are left alone.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct AppositiveOfAskedNounRuleTests {
  @Test(arguments: [
    (
      "Which hospital will close next year?",
      "Marden Royal Infirmary, one of the oldest hospitals in the region, will close next year.",
      "Marden Royal Infirmary"
    ),
    (
      "Which hospital is the oldest in the region?",
      "The largest clinic in the network is Marden Royal Infirmary, the oldest hospital in the region.",
      "Marden Royal Infirmary"
    ),
  ])
  func thePhraseBesideTheAskedNounIsBoosted(
    _ question: String, _ sentence: String, _ answer: String
  )
    throws
  {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    let found = try #require(all.first { $0.text == answer }, "\(all.map(\.text))")
    // The surface rule sees ", the oldest hospital"; the parse rule sees ", one of the …".
    #expect(
      found.firings.contains { $0.rule == "appositiveOfAskedNoun" && $0.factor > 1 }
        || found.firings.contains { $0.rule == "apposition" && $0.factor > 1 },
      "\(found.trace.summary)")
  }

  /// ", one of the oldest hospitals": the surface rule reads no determiner there; the parse
  /// rule finds the noun asked under the appositive.
  @Test func theParseFindsTheNounUnderTheAppositive() throws {
    let all = TestSupport.candidates(
      "Which hospital will close next year?",
      in:
        "Marden Royal Infirmary, one of the oldest hospitals in the region, will close next year.",
      parse: true)
    let found = try #require(all.first { $0.text == "Marden Royal Infirmary" })
    #expect(found.firings.contains { $0.rule == "appositiveOfAskedNoun" && $0.factor > 1 })
  }

  /// "the district of Harrowgate" for "which district": the name the asked noun is of.
  @Test func theNameTheAskedNounIsOfIsBoosted() throws {
    let all = TestSupport.candidates(
      "Which district has the most schools?",
      in: "The district of Harrowgate has the most schools in the county.", parse: true)
    let found = try #require(all.first { $0.text == "Harrowgate" }, "\(all.map(\.text))")
    #expect(found.firings.contains { $0.rule == "appositiveOfAskedNoun" && $0.factor > 1 })
  }

  /// A phrase with no noun of the kind asked beside it, and a question with no noun asked,
  /// get nothing from the rule.
  @Test(arguments: [
    (
      "Which general did the king send?",
      "The king sent two regiments and a cook, Tomas Varga, against the rebels."
    ),
    ("Who did the king send?", "The king sent his general, Tomas Varga, against the rebels."),
  ])
  func otherPhrasesAreLeftAlone(_ question: String, _ sentence: String) {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { !$0.firings.contains { $0.rule == "appositiveOfAskedNoun" } })
  }
}
