/// The articles of a saved index, read in place from its mapping: a table of fixed-width
/// records and a section of their strings, so that a warm start makes no value per article
/// (at 100,000 articles making them was most of the start) and an `Article` reads a field
/// only when asked for it.
///
/// The table opens with two words (the corpus's size in bytes, the article count), then seven
/// words per article:
///
///     0  where its text starts in the text section
///     1  its text's length
///     2  where its strings start in `articleStrings`: id, title, source, path, base id
///     3  the id's length | the title's length << 32
///     4  the source's length (UInt32.max: none) | the path's length << 32
///     5  its date (year * 10,000 + month * 100 + day, 0: none) | format << 32 | summary << 40
///     6  the base id's length (the id before it was made unique, for a library that already
///        holds articles and must make it unique among them)
///
/// Everything read is clamped to its section, so even a table that passed its checksum by
/// accident reads short strings rather than out of bounds; `problems` (run with the checksum
/// pass, before anything is answered) rejects such a table outright.
final class StoredArticles: ArticleStore {
  static let headerWords = 2
  static let recordWords = 7

  private let table: Column<UInt64>
  let strings: Column<UInt8>
  /// Each sentence's start, end and paragraph, three numbers a sentence, in load order.
  private let locations: Column<Int32>
  /// Each article's first global sentence number (the index's).
  private let firstSentences: Column<UInt32>
  let text: TextStore
  let count: Int
  /// The size of the files the saved index was made from.
  let corpusBytes: UInt64

  /// The articles in `table` and `strings`, or nil if the table's size does not match the
  /// index's articles or the locations its sentences. Nothing per article is read here.
  init?(
    table: Column<UInt64>, strings: Column<UInt8>, locations: Column<Int32>,
    index: SentenceIndex, text: TextStore
  ) {
    let articles = index.articleCount
    guard table.count == Self.headerWords + Self.recordWords * articles,
      table[1] == UInt64(articles), locations.count == 3 * index.sentenceCount
    else { return nil }
    self.table = table
    self.strings = strings
    self.locations = locations
    self.firstSentences = index.articleFirstSentence
    self.text = text
    self.count = articles
    self.corpusBytes = table[0]
  }

  @inline(__always)
  func word(_ article: Int, _ field: Int) -> UInt64 {
    table[Self.headerWords + Self.recordWords * article + field]
  }

  /// `length` bytes of the strings section from `start`, clamped to it.
  private func string(from start: UInt64, length: UInt64) -> String {
    let lower = Int(min(start, UInt64(strings.count)))
    let upper = Int(min(UInt64(lower) + min(length, UInt64(strings.count)), UInt64(strings.count)))
    return String(
      decoding: UnsafeBufferPointer(rebasing: strings.buffer[lower..<upper]), as: UTF8.self)
  }

  func lengths(_ article: Int, _ field: Int) -> (low: UInt64, high: UInt64) {
    let packed = word(article, field)
    return (packed & 0xFFFF_FFFF, packed >> 32)
  }

  func id(_ article: Int) -> String {
    string(from: word(article, 2), length: lengths(article, 3).low)
  }

  func title(_ article: Int) -> String {
    let (id, title) = lengths(article, 3)
    return string(from: word(article, 2) &+ id, length: title)
  }

  func source(_ article: Int) -> String? {
    let (id, title) = lengths(article, 3)
    let source = lengths(article, 4).low
    guard source != UInt64(UInt32.max) else { return nil }
    return string(from: word(article, 2) &+ id &+ title, length: source)
  }

  func path(_ article: Int) -> String {
    let (id, title) = lengths(article, 3)
    let (source, path) = lengths(article, 4)
    let skipped = source == UInt64(UInt32.max) ? 0 : source
    return string(from: word(article, 2) &+ id &+ title &+ skipped, length: path)
  }

  func baseID(_ article: Int) -> String {
    let (id, title) = lengths(article, 3)
    let (source, path) = lengths(article, 4)
    let skipped = source == UInt64(UInt32.max) ? 0 : source
    return string(
      from: word(article, 2) &+ id &+ title &+ skipped &+ path, length: word(article, 6))
  }

  func date(_ article: Int) -> CalendarDate? {
    let packed = Int(word(article, 5) & 0xFFFF_FFFF)
    guard packed != 0 else { return nil }
    return CalendarDate(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100)
  }

  func format(_ article: Int) -> ArticleFormat {
    ArticleFormat(rawValue: UInt8(truncatingIfNeeded: word(article, 5) >> 32)) ?? .text
  }

  func isSummary(_ article: Int) -> Bool { (word(article, 5) >> 40) & 0xFF == 1 }

  /// The article's text range in the text section (clamped when read, see `TextStore`).
  func textRange(_ article: Int) -> Range<Int> {
    let start = Int(min(word(article, 0), UInt64(Int32.max) << 16))
    let length = Int(min(word(article, 1), UInt64(Int32.max) << 16))
    return start..<(start + length)
  }

  func sentenceCount(_ article: Int) -> Int {
    let next = article + 1 < count ? Int(firstSentences[article + 1]) : locations.count / 3
    return next - Int(firstSentences[article])
  }

  /// Sentence `sentence` of `article`; the caller keeps it below `sentenceCount(article)`.
  func location(_ article: Int, sentence: Int) -> SentenceLocation {
    precondition(sentence >= 0 && sentence < sentenceCount(article), "sentence out of range")
    let base = 3 * (Int(firstSentences[article]) + sentence)
    return SentenceLocation(
      start: locations[base], end: locations[base + 1], paragraph: locations[base + 2])
  }

  func sentences(_ article: Int) -> [SentenceLocation] {
    (0..<sentenceCount(article)).map { location(article, sentence: $0) }
  }
}
