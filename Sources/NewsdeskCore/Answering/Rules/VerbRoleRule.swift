/// Where the span stands from the question's verb, for the role asked: a subject before the
/// verb (or after "by" in a passive), an object after it.
struct VerbRoleRule: AnswerRule {
  let name = "verbRole"
  let doc = "A span on the side of the question's verb that the asked role stands on."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let verbPosition = sentence.verbPosition else { return 1 }
    return sentence.extractor.roleFactor(
      candidate.span, verbPosition: verbPosition, context: sentence.context,
      words: sentence.words)
  }
}
