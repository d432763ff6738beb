/// "What is the name of …": an answer that is no name (nor quoted term) fits the type less.
struct UnnamedWhenNameAskedRule: AnswerRule {
  let name = "unnamedWhenNameAsked"
  let doc = "When a name is asked, a span that is neither a name nor quoted fits less."
  let scales = ScoredPart.typeFit

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.context.prefersNames && !candidate.isName && !candidate.isQuoted
      ? AnswerWeights.unnamedFit.value : 1
  }
}
