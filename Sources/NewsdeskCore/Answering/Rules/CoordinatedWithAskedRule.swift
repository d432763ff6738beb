/// "Along with X, what …?": the answer stands beside X in a list.
struct CoordinatedWithAskedRule: AnswerRule {
  let name = "coordinatedWithAsked"
  let doc = "For \"along with X, what …?\", a span in a list beside X."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.extractor.isCoordinated(
      candidate.span, with: sentence.context.coordinatedWords, sentence.words)
      ? AnswerWeights.coordinatedBoost.value : 1
  }
}
