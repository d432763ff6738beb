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

  /// The parse's whole phrase after a preposition of place is a candidate, its "of" phrase
  /// kept: the surface chunker stops at "of".
  @Test func theWholePlacePhraseIsOffered() throws {
    let all = TestSupport.candidates(
      "Where did the families gather?",
      in: "The families gathered in the ruins of the old mill.", parse: true)
    let place = try #require(
      all.first { $0.text == "ruins of the old mill" }, "\(all.map(\.text))")
    #expect(place.firings.first?.factor == AnswerWeights.placePhraseFit.value)
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
