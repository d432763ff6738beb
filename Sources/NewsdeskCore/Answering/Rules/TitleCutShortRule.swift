/// "is called Touching From A Distance": a title runs on through its capitalised small words,
/// so "Touching" alone, stopping before "From", is only the start of what the sentence names.
struct TitleCutShortRule: AnswerRule {
  let name = "titleCutShort"
  let doc =
    "A name after \"called\" or \"titled\" that stops before the title's next capitalised word."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let words = sentence.words
    let next = candidate.span.upperBound + 1
    guard sentence.context.prefersNames, next < words.words.count,
      sentence.extractor.isNamedBy(candidate.span, words),
      words.words[next].isCapitalized, words.punctuation(before: next) == nil
    else { return 1 }
    return AnswerWeights.titleCutShortFactor.value
  }
}
