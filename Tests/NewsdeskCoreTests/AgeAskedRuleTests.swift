import Testing

@testable import NewsdeskCore

/// "How old …?" on invented sentences: the number written as an age wins.
@Suite(.needsWordNet) struct AgeAskedRuleTests {
  /// "How old …?": the number written as an age, not another figure of the sentence.
  @Test(arguments: [
    "Dana Pryce, 47, was held for two days at the border post.",
    "Dana Pryce was held for two days at the border post, aged 47.",
    "The 47-year-old Dana Pryce was held for two days at the border post.",
  ])
  func ageOverOtherFigures(_ sentence: String) throws {
    let best = try #require(TestSupport.candidates("How old is Dana Pryce?", in: sentence).first)
    #expect(best.text.hasPrefix("47"), "\(best.trace.summary)")
    #expect(best.firings.contains { $0.rule == "ageAsked" })
  }

  /// The rule leaves a how-many question alone.
  @Test func countsAreNoAges() throws {
    let best = try #require(
      TestSupport.candidates(
        "How many days was Dana Pryce held?",
        in: "Dana Pryce, 47, was held for two days at the border post."
      ).first)
    #expect(!best.firings.contains { $0.rule == "ageAsked" })
  }
}
