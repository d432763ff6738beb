/// Example questions the loaded articles answer, each checked by asking it.
extension NewsdeskSession {
  /// Up to `limit` questions built from the articles (the focused one, else all) that
  /// newsdesk answers with the name the article gives. Each is asked in a copy of the
  /// session, so the conversation is untouched. `tries` bounds the work on a large archive.
  public func examples(limit: Int = 8, tries: Int = 40) -> [ExampleQuestion] {
    let articles = focus.map { [$0] } ?? Array(library.articles.indices.prefix(tries))
    let proposals = ExampleQuestionBuilder(lexicon: lexicon).proposals(
      from: library, articles: articles,
      perArticle: articles.count >= limit ? 1 : limit / max(1, articles.count) + 1)
    var probe = self
    var accepted: [ExampleQuestion] = []
    for example in proposals.prefix(tries) where accepted.count < limit {
      probe.reset()
      let answer = probe.ask(example.question)
      if Self.answers(answer, example) { accepted.append(example) }
    }
    return accepted
  }

  /// Whether an answer gives the expected name: not abstained, and the same name once case,
  /// punctuation and articles are set aside (a surname alone counts for the full name).
  static func answers(_ answer: Answer, _ example: ExampleQuestion) -> Bool {
    guard !answer.abstained, let short = answer.shortAnswer else { return false }
    let given = AnswerNormalizer.normalize(short)
    let expected = AnswerNormalizer.normalize(example.expected)
    guard !given.isEmpty else { return false }
    // "Noboa" for "Daniel Noboa", "President Daniel Noboa", "Thursday (2025-09-04)".
    return given == expected || expected.hasSuffix(" " + given)
      || " \(given) ".contains(" \(expected) ")
  }
}
