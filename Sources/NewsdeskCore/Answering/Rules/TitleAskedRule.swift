/// "Who is the president …" → "President Donald Trump": the name right after the title the
/// question asks for.
struct TitleAskedRule: AnswerRule {
  let name = "titleAsked"
  let doc = "For a who-question, a span right after a word of the question (its title)."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let start = candidate.span.lowerBound
    guard sentence.type == .person, start > 0,
      sentence.context.questionWords.contains(sentence.words.words[start - 1].lower)
    else { return 1 }
    return AnswerWeights.titleAskedBoost.value
  }
}
