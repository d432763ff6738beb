/// "What did he warn of?", "with what did he attack …?" → the phrase right after "warned
/// of", "with".
struct StrandedPrepositionRule: AnswerRule {
  let name = "strandedPreposition"
  let doc = "The phrase right after the preposition the question ends with (\"warn of?\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let preposition = sentence.context.strandedPreposition else { return 1 }
    guard sentence.extractor.follows(candidate.span, preposition: preposition, sentence.words)
    else {
      return sentence.context.prepositionFronted
        ? AnswerWeights.outsideFrontedSlotFactor.value : 1
    }
    return AnswerWeights.strandedPrepositionBoost.value
  }
}
