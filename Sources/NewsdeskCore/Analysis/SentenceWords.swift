/// A sentence's words with their original spelling, for the extraction rules.
struct SentenceWords {
  struct Word {
    var lower: String
    var surface: String
    var utf8Range: Range<Int>
    var isCapitalized: Bool
    var isNumber: Bool

    /// All capitals, two letters or more: "US" is a country, not "us".
    var isAcronym: Bool {
      surface.count >= 2 && surface.allSatisfy { $0.isUppercase || $0 == "." }
    }
  }

  /// The most words of one sentence the rules read. Many rules pair each word with others
  /// (spans with anchors, reporting verbs with the clause after them), so the work grows
  /// with the square of the length: a sentence of 20,000 words took 3.6 s, 80,000 over a
  /// minute, while 1,000 take a few milliseconds. No sentence of news copy comes near; a
  /// longer "sentence" is a table or text without stops, and the composer reads the part of
  /// it around the question's words (`AnswerComposer.boundedSentence`).
  static let maximumWords = 1_000
  /// The most bytes read, for the same reason: some rules scan the text between words
  /// (quotation marks before a pronoun), and 1,000 words may be strung on megabytes of
  /// punctuation. 1,000 words of news copy take about 6,000 bytes.
  static let maximumBytes = 20_000

  /// The sentence as read: all of it, or its first words when it is over the limits.
  let sentence: String
  let bytes: [UInt8]
  let words: [Word]
  /// Whether the sentence was longer than `maximumWords` or `maximumBytes`; only its
  /// opening is in `sentence`, `bytes` and `words`, at the same offsets as in the whole.
  let isCut: Bool

  init(_ sentence: String) {
    let tokens = WordTokenizer.tokens(in: sentence)
    // At least the first word, however long: a question may be one long word.
    var kept = 0
    while kept < min(tokens.count, Self.maximumWords),
      kept == 0 || tokens[kept].utf8Range.upperBound <= Self.maximumBytes
    {
      kept += 1
    }
    let total = sentence.utf8.count
    let readEnd = kept < tokens.count ? tokens[kept].utf8Range.lowerBound : total
    isCut = readEnd < total && kept < tokens.count
    let utf8 = isCut ? Array(sentence.utf8.prefix(readEnd)) : Array(sentence.utf8)
    self.sentence = isCut ? String(decoding: utf8, as: UTF8.self) : sentence
    bytes = utf8
    words = tokens.prefix(kept).map { token in
      let surface = String(decoding: utf8[token.utf8Range], as: UTF8.self)
      let first = surface.unicodeScalars.first
      return Word(
        lower: token.lowercased, surface: surface, utf8Range: token.utf8Range,
        isCapitalized: first.map { $0.properties.isUppercase } ?? false,
        isNumber: first.map { $0.properties.numericType != nil } ?? false)
    }
  }

  /// The sentence text between two word positions (inclusive), as written.
  func text(from first: Int, through last: Int) -> String {
    let range = words[first].utf8Range.lowerBound..<words[last].utf8Range.upperBound
    return String(decoding: bytes[range], as: UTF8.self)
  }

  func utf8Range(from first: Int, through last: Int) -> Range<Int> {
    words[first].utf8Range.lowerBound..<words[last].utf8Range.upperBound
  }

  /// The character just before word `position` in the text, skipping spaces.
  func punctuation(before position: Int) -> Character? {
    let start = words[position].utf8Range.lowerBound
    let previousEnd = position > 0 ? words[position - 1].utf8Range.upperBound : 0
    let between = String(decoding: bytes[previousEnd..<start], as: UTF8.self)
    return between.last { !$0.isWhitespace }
  }

  /// Whether word `position` is joined to the one before by a bare hyphen ("shoot-first").
  func isHyphenJoined(_ position: Int) -> Bool {
    guard position > 0 else { return false }
    let start = words[position].utf8Range.lowerBound
    let previousEnd = words[position - 1].utf8Range.upperBound
    return start - previousEnd == 1 && bytes[previousEnd] == UInt8(ascii: "-")
  }

  /// Whether word `position` is the clitic "s" a bare apostrophe, straight or curly, splits
  /// off a possessive ("Wembley's" → "wembley", "s").
  func isPossessiveClitic(_ position: Int) -> Bool {
    guard position > 0, words[position].lower == "s" else { return false }
    let between = String(
      decoding: bytes[
        words[position - 1].utf8Range.upperBound..<words[position].utf8Range.lowerBound],
      as: UTF8.self)
    return between == "'" || between == "\u{2019}"
  }

  /// Whether a percent sign follows word `position` directly ("70%").
  func hasPercentSign(after position: Int) -> Bool {
    let end = words[position].utf8Range.upperBound
    return end < bytes.count && bytes[end] == UInt8(ascii: "%")
  }

  /// The character just after word `position`, before any space, if any.
  func punctuation(after position: Int) -> Character? {
    let end = words[position].utf8Range.upperBound
    let nextStart =
      position + 1 < words.count ? words[position + 1].utf8Range.lowerBound : bytes.count
    let between = String(decoding: bytes[end..<nextStart], as: UTF8.self)
    return between.first { !$0.isWhitespace }
  }
}
