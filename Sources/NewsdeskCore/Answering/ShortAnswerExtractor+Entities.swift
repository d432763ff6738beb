/// Dates, numbers, percentages, money and quantities are recognised in Analysis
/// (`EntityRecognizer`); the span finders and rules reach them through these and weigh what
/// they find against the question.
extension ShortAnswerExtractor {
  var entities: EntityRecognizer { EntityRecognizer() }

  /// A number written in figures or in words: "42", "28.7m", "seven".
  static func isNumeral(_ word: SentenceWords.Word) -> Bool {
    EntityRecognizer.isNumeral(word)
  }

  func numberSpans(_ words: SentenceWords, unitWords: Set<String>) -> [ClosedRange<Int>] {
    entities.numberSpans(words, unitWords: unitWords)
  }

  func moneySpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    entities.moneySpans(words)
  }

  func percentSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    entities.percentSpans(words)
  }

  func dateSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    entities.dateSpans(words)
  }

  func singleDateSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    entities.singleDateSpans(words)
  }

  func joinedDateSpans(_ spans: [ClosedRange<Int>], _ words: SentenceWords) -> [ClosedRange<Int>] {
    entities.joinedDateSpans(spans, words)
  }

  func yearOfDate(_ span: ClosedRange<Int>, _ words: SentenceWords) -> ClosedRange<Int>? {
    entities.yearOfDate(span, words)
  }

  func yearRanges(_ words: SentenceWords) -> [ClosedRange<Int>] {
    entities.yearRanges(words)
  }
}
