/// A name after "named", "called", "known as" when a name is asked; an example after "such
/// as", "including" when an example is asked.
struct CueRule: AnswerRule {
  let name = "cue"
  let doc = "A span after a cue the question calls for (\"named …\", \"such as …\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.extractor.cueFactor(candidate.span, sentence.words, context: sentence.context)
  }
}
