/// "The Pacific port of Manta": a name the sentence calls a place; the name before the place
/// noun ("Pacific") only modifies it.
struct NamedPlaceRule: AnswerRule {
  let name = "namedPlace"
  let doc = "For a place question, a name after \"the port of\"; less for one before \"port\"."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.type == .place else { return 1 }
    return sentence.extractor.namedPlaceFactor(candidate.span, sentence.words)
  }
}
