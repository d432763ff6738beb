/// A time the supporting sentence leaves out, taken from the sentences around it.
extension AnswerComposer {
  static let timeTypes: Set<AnswerType> = [.date, .time]
  /// Sentences before the supporting one that may give its time (a lead states it once),
  /// and after it (a quote, then "…, Rubio told a news conference Wednesday").
  static let neighboursBefore = 2
  static let neighboursAfter = 1

  /// A date or time in a nearby sentence of the same article about the same person or
  /// thing: one that shares a name the question gives, written out or as a pronoun.
  func neighbouringTime(
    of evidence: Evidence, context: ShortAnswerExtractor.QuestionContext,
    library: ArticleLibrary, analyzer: inout TermAnalyzer
  ) -> (Evidence, ShortAnswerExtractor.Candidate)? {
    let article = library.articles[evidence.articleNumber]
    let index = evidence.sentenceNumber - 1
    let names = Set(context.analysis.nameTerms)
    guard !names.isEmpty else { return nil }
    let order =
      (1...Self.neighboursBefore).map { index - $0 } + (1...Self.neighboursAfter).map { index + $0 }
    for number in order where number >= 0 && number < article.sentences.count {
      let sentence = article.sentence(number)
      let references = ReferenceResolver(lexicon: lexicon).mentions(inSentence: number) {
        article.sentence($0)
      }
      let terms = Set(
        analyzer.terms(in: ([sentence] + references.map(\.name)).joined(separator: " ")))
      guard !names.isDisjoint(with: terms) else { continue }
      guard
        let candidate = extractor.candidates(
          in: sentence, context: context, analyzer: &analyzer, references: references
        ).first(where: { $0.typeFit >= AnswerWeights.typedAnswerFit.value })
      else { continue }
      var neighbour = evidence
      neighbour.sentenceNumber = number + 1
      neighbour.sentence = sentence
      return (neighbour, candidate)
    }
    return nil
  }
}
