/// "James Watt" cut to "James" because the question says "Watt": what is left is likelier
/// the question's own name than its answer.
struct CutNameRule: AnswerRule {
  let name = "cutName"
  let doc = "A name that lost a capitalised word because the question repeats it."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    candidate.cutName ? AnswerWeights.cutNameFactor.value : 1
  }
}
