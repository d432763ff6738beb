extension AnswerComposer {
  /// The clause evidence against the chosen sentence: what the question asks that the
  /// candidate's clause does not state. The sentence is parsed only when it has a candidate
  /// (one sentence per question), and read on the surface without the syntax model.
  func clauseEvidence(
    _ analysis: QuestionAnalysis, sentence: String, candidate: Range<Int>?,
    analyzer: inout TermAnalyzer
  ) -> ClauseEvidence {
    let annotated = candidate == nil ? nil : lexicon.annotator?.annotate(sentence)
    return ClauseEvidence(
      analysis: analysis, sentence: sentence, candidate: candidate, annotated: annotated,
      analyzer: &analyzer)
  }
}
