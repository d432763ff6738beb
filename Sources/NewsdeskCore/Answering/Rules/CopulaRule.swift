/// "What is X?" → "The Book of Discipline is the guidebook for …": the phrase on the other
/// side of a copula from the question's words.
struct CopulaRule: AnswerRule {
  let name = "copula"
  let doc = "For \"what is X?\", the phrase across \"is\"/\"was\" from the question's words."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.extractor.copulaFactor(
      candidate.span, sentence.words, anchors: sentence.anchors.map(\.position),
      context: sentence.context)
  }
}
