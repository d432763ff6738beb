/// "The Mercury astronaut": a capitalised span modifying the common noun after it is not a
/// person, whatever the gazetteer says.
struct NameModifiesNounRule: AnswerRule {
  let name = "nameModifiesNoun"
  let doc = "For a who-question, a capitalised span that modifies a noun after it."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.type == .person,
      sentence.words.words[candidate.span.lowerBound].isCapitalized,
      sentence.extractor.modifiesNoun(candidate.span, sentence.words)
    else { return 1 }
    return AnswerWeights.nameModifiesNounFactor.value
  }
}
