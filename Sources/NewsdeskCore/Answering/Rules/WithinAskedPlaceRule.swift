/// "Where did the crew conduct tests at Kennedy Space Center?" → "in the altitude chamber at
/// the Kennedy Space Center": the place within the one the question names.
struct WithinAskedPlaceRule: AnswerRule {
  let name = "withinAskedPlace"
  let doc = "For a place question, the phrase right before \"at/in\" the place the question names."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.type == .place else { return 1 }
    return sentence.extractor.withinAskedPlaceFactor(
      candidate.span, sentence.words, context: sentence.context, analyzer: &analyzer)
  }
}
