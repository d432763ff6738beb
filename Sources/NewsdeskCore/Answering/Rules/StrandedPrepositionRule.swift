/// "What did he warn of?" → the phrase right after "warned of".
struct StrandedPrepositionRule: AnswerRule {
  let name = "strandedPreposition"
  let doc = "The phrase right after the preposition the question ends with (\"warn of?\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let preposition = sentence.context.strandedPreposition,
      sentence.extractor.follows(candidate.span, preposition: preposition, sentence.words)
    else { return 1 }
    return AnswerWeights.strandedPrepositionBoost.value
  }
}
