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

  let sentence: String
  let bytes: [UInt8]
  let words: [Word]

  init(_ sentence: String) {
    self.sentence = sentence
    let utf8 = Array(sentence.utf8)
    bytes = utf8
    words = WordTokenizer.tokens(in: sentence).map { token in
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

  /// The character just after word `position`, before any space, if any.
  func punctuation(after position: Int) -> Character? {
    let end = words[position].utf8Range.upperBound
    let nextStart =
      position + 1 < words.count ? words[position + 1].utf8Range.lowerBound : bytes.count
    let between = String(decoding: bytes[end..<nextStart], as: UTF8.self)
    return between.first { !$0.isWhitespace }
  }
}
