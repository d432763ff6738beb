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
    guard let asked = Self.askedName(of: sentence.context.analysis.text) else { return 1 }
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

  /// The words of the name a "what/who is NAME …?" question asks about, lower-cased: the
  /// capitalised run right after the copula; nil for any other question.
  static func askedName(of question: String) -> Set<String>? {
    let list = SentenceWords(question).words
    guard list.count >= 3, ["what", "who"].contains(list[0].lower),
      Lexicon.copulas.contains(list[1].lower), list[2].isCapitalized
    else { return nil }
    let run = list[2...].prefix { $0.isCapitalized }
    return Set(run.map(\.lower))
  }
}
