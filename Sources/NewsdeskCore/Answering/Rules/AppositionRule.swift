/// "His descendant Hulagu Khan", "Skylab, a space station that …": the sentence names the
/// thing asked for right beside the word for its kind.
struct AppositionRule: AnswerRule {
  let name = "apposition"
  let doc = "A span in apposition to the noun the question asks about."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.extractor.appositionFactor(
      candidate.span, sentence.words, headTerm: sentence.headTerm, analyzer: &analyzer)
  }
}
