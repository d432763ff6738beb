/// "What was it called?" → the span after "called", "named", "known as", or a quoted term.
struct CalledOrQuotedRule: AnswerRule {
  let name = "calledOrQuoted"
  let doc = "When a name is asked, a span the sentence names (\"called X\") or quotes."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.context.prefersNames,
      sentence.extractor.isNamedBy(candidate.span, sentence.words) || candidate.isQuoted
    else { return 1 }
    return AnswerWeights.calledOrQuotedBoost.value
  }
}
