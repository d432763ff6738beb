import Testing

@testable import NewsdeskCore

/// Names that share a word with a name the question gives, on invented sentences.
@Suite(.needsWordNet) struct SharedNameTests {
  /// "Li Baoshan" when the question names "Li Wenjun": another person of the family, whole.
  @Test func nameSharingItsFirstWordWithTheQuestions() throws {
    let candidates = TestSupport.candidates(
      "Who was Li Wenjun's teacher?",
      in: "Li Wenjun studied for six years under the painter Li Baoshan.")
    let best = try #require(candidates.first)
    #expect(best.text == "Li Baoshan", "\(candidates.map { ($0.text, $0.trace.summary) })")
    // Never cut to the half the question does not say.
    #expect(!candidates.contains { $0.text == "Baoshan" })
  }

  /// "The Harlow family" → "Edwin Harlow": one of the family, whole.
  @Test func memberOfTheFamilyTheQuestionNames() throws {
    let best = try #require(
      TestSupport.candidates(
        "Who in the Harlow family founded the brewery?",
        in: "The brewery was founded in 1871 by Edwin Harlow, a farmer from the valley."
      ).first)
    #expect(best.text == "Edwin Harlow", "\(best.trace.summary)")
  }
}
