/// "Who said …?": the speaker of a statement in the sentence is the answer.
struct SpeakerOfSayingRule: AnswerRule {
  let name = "speakerOfSaying"
  let doc = "For \"who said …?\", the speaker of a statement in the sentence."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let speakers = sentence.speakerRanges else { return 1 }
    let range = sentence.words.utf8Range(
      from: candidate.span.lowerBound, through: candidate.span.upperBound)
    return speakers.contains(where: { $0.overlaps(range) })
      ? AnswerWeights.speakerBoost.value : 1
  }
}
