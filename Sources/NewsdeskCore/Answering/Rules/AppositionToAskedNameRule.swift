/// "What was Noboa before he came to power?" over "In Noboa, a businessman who has
/// consolidated power, …": the question asks what a name is, and the sentence says it in a
/// phrase set beside the name by a comma.
struct AppositionToAskedNameRule: AnswerRule {
  let name = "appositionToAskedName"
  let doc =
    "For \"what/who is NAME …?\", a phrase set beside that name by a comma (\"Noboa, a businessman who …\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let asked = sentence.context.analysis.askedName.map({ Set($0.words) }) else {
      return 1
    }
    let words = sentence.words
    let list = words.words
    var start = candidate.span.lowerBound
    if start > 0, Lexicon.articles.contains(list[start - 1].lower) { start -= 1 }
    let before = start - 1
    guard before >= 0, words.punctuation(after: before) == ",", asked.contains(list[before].lower),
      !candidate.span.contains(where: { asked.contains(list[$0].lower) })
    else { return 1 }
    return AnswerWeights.appositionToAskedNameBoost.value
  }
}
