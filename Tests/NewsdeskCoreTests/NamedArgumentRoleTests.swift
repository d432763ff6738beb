import Testing

@testable import NewsdeskCore

/// When the sentence words the act with another verb, the argument beside the one the
/// question names, in the asked role; on invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct NamedArgumentRoleTests {
  static func fires(_ candidate: ShortAnswerExtractor.Candidate) -> Bool {
    candidate.firings.contains { $0.rule == "roleBesideNamedArgument" }
  }

  @Test func thePatientBesideTheNamedAgent() throws {
    let all = ParseAlignmentRulesTests.candidates(
      "What did Greta Voss add to the mill?",
      in: "A steam hammer was installed by Greta Voss at the mill in 1802.")
    let best = try #require(all.first)
    #expect(best.text == "steam hammer", "\(all.prefix(3).map(\.trace.summary))")
    #expect(Self.fires(best))
  }

  /// The question's own verb in the sentence: the alignment rules decide, this one is silent.
  @Test func silentWhereTheVerbAligns() {
    let all = ParseAlignmentRulesTests.candidates(
      "What did Greta Voss add to the mill?", in: "Greta Voss added a steam hammer to the mill.")
    #expect(!all.contains(where: Self.fires))
  }

  /// A common word the question shares is no named argument ("the mill").
  @Test func silentWhenOnlyACommonWordIsShared() {
    let all = ParseAlignmentRulesTests.candidates(
      "What did the mill add in 1802?", in: "The mill installed a steam hammer in 1802.")
    #expect(!all.contains(where: Self.fires))
  }
}
