/// Writing the article table of a saved index, and the structural check that reading it
/// in place relies on.
extension StoredArticles {
  /// The table and strings sections for `articles` (in load order, their text ranges those
  /// of the file being written), each with its unique id from `ids`, the date it is shown
  /// with (its own, or one in its path) and the corpus's size in bytes.
  static func encoded(
    _ articles: [LoadedArticle], ids: [String], corpusBytes: UInt64
  ) -> (table: [UInt64], strings: [UInt8]) {
    var table: [UInt64] = [corpusBytes, UInt64(articles.count)]
    table.reserveCapacity(headerWords + recordWords * articles.count)
    var strings: [UInt8] = []
    for (article, id) in zip(articles, ids) {
      let record = article.record
      let start = UInt64(strings.count)
      strings += id.utf8
      strings += record.title.utf8
      if let source = record.source { strings += source.utf8 }
      strings += article.path.utf8
      strings += record.baseID.utf8
      let date = (record.date ?? PathDate.date(in: article.path)).map {
        $0.year * 10_000 + $0.month * 100 + $0.day
      }
      let sourceLength = record.source.map { UInt64($0.utf8.count) } ?? UInt64(UInt32.max)
      table += [
        UInt64(record.text.lowerBound), UInt64(record.text.count), start,
        UInt64(id.utf8.count) | UInt64(record.title.utf8.count) << 32,
        sourceLength | UInt64(article.path.utf8.count) << 32,
        UInt64(date ?? 0) | UInt64(record.format.rawValue) << 32
          | UInt64(record.isSummary ? 1 : 0) << 40,
        UInt64(record.baseID.utf8.count),
      ]
    }
    return (table, strings)
  }

  /// Whether every record lies inside its sections and names a known format, a real date
  /// and sentences that lie in order inside its text (`textCount`: the text section's
  /// length). Run with the checksum pass, so a table that passed its checksum by accident is
  /// still rejected before anything is answered.
  func isSound(textCount: Int) -> Bool {
    let stringCount = UInt64(strings.count)
    for article in 0..<count {
      let (start, length) = (word(article, 0), word(article, 1))
      guard start <= UInt64(textCount), length <= UInt64(textCount) - start,
        fieldsFit(article, in: stringCount)
      else { return false }
      let details = word(article, 5)
      let date = Int(details & 0xFFFF_FFFF)
      guard details >> 41 == 0, ArticleFormat(rawValue: UInt8((details >> 32) & 0xFF)) != nil,
        date == 0
          || CalendarDate(year: date / 10_000, month: date / 100 % 100, day: date % 100) != nil,
        sentencesFit(article, in: Int(length))
      else { return false }
    }
    return true
  }

  /// Whether the article's id, title, source and path lie inside the strings section.
  private func fieldsFit(_ article: Int, in stringCount: UInt64) -> Bool {
    let (id, title) = lengths(article, 3)
    let (source, path) = lengths(article, 4)
    let baseID = word(article, 6)
    // Each length checked before the sum, so that the sum cannot overflow.
    guard baseID <= stringCount else { return false }
    let total = id + title + (source == UInt64(UInt32.max) ? 0 : source) + path + baseID
    let start = word(article, 2)
    return start <= stringCount && total <= stringCount - start
  }

  /// Whether the article's sentences lie in order inside a text of `length` bytes.
  private func sentencesFit(_ article: Int, in length: Int) -> Bool {
    var previousEnd: Int32 = 0
    for sentence in 0..<sentenceCount(article) {
      let location = location(article, sentence: sentence)
      guard previousEnd <= location.start, location.start <= location.end,
        Int(location.end) <= length, location.paragraph >= 0
      else { return false }
      previousEnd = location.end
    }
    return true
  }
}
