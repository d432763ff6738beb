import Testing

@testable import NewsdeskCore

/// Where over the parse: a place nested in a phrase of the aligned verb ("from the roof of
/// the hall in Tarnby") still says where the act took place; on invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct PlaceInVerbPhraseTests {
  @Test func aPlaceInsideTheVerbsPhraseIsBoosted() throws {
    let all = ParseAlignmentRulesTests.candidates(
      "Where did Ann Roe hang the flag?",
      in: "Ann Roe hung the flag from the roof of the town hall in Tarnby last week.")
    let place = try #require(all.first { $0.text.contains("Tarnby") })
    #expect(
      place.firings.contains { $0.rule == "placeInVerbPhrase" },
      "\(all.prefix(3).map(\.trace.summary))")
  }

  /// "in May" is a time, not a place, wherever it hangs.
  @Test func aTimeInsideTheVerbsPhraseIsNot() {
    let all = ParseAlignmentRulesTests.candidates(
      "Where did Ann Roe hang the flag?",
      in: "Ann Roe hung the flag from the roof of the town hall in May.")
    #expect(!all.contains { $0.firings.contains { $0.rule == "placeInVerbPhrase" } })
  }

  /// A place on the verb itself is the other rule's; this one stays silent.
  @Test func aPlaceOnTheVerbIsLeftToTheModifierRule() {
    let all = ParseAlignmentRulesTests.candidates(
      "Where did Ann Roe hang the flag?", in: "Ann Roe hung the flag in Tarnby last week.")
    #expect(!all.contains { $0.firings.contains { $0.rule == "placeInVerbPhrase" } })
  }
}
