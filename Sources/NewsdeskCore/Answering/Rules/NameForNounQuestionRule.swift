/// "What uprising began in 1351?": a which/what-noun question is usually answered by a name.
struct NameForNounQuestionRule: AnswerRule {
  let name = "nameForNounQuestion"
  let doc = "For a which/what-noun question, a capitalised span not opening the sentence."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let start = candidate.span.lowerBound
    guard sentence.context.analysis.headNoun != nil, sentence.words.words[start].isCapitalized,
      start > 0
    else { return 1 }
    return AnswerWeights.nameForNounQuestionBoost.value
  }
}
