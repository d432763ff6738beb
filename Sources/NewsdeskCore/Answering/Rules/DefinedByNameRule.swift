/// "Who were otachi?" → "non-Mongol physicians called otachi": what the sentence calls by the
/// question's name is what that name means.
struct DefinedByNameRule: AnswerRule {
  let name = "definedByName"
  let doc = "For \"what/who is X?\", the phrase the sentence says is \"called X\"."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.extractor.definedByNameFactor(
      candidate.span, sentence.words, context: sentence.context)
  }
}
