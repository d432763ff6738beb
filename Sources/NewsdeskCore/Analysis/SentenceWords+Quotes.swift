/// Straight single quotation marks, which British news copy uses for terms and nicknames
/// ("dubbed 'le cost killer'"), and which an apostrophe must not be taken for.
extension SentenceWords {
  /// Whether `span` is exactly a phrase in straight single quotes: a "'" touching its first
  /// word with a space (or the start) before it, and a "'" touching its last word with a
  /// space, a punctuation mark or the end after it. "Curtis' widow" has its apostrophe
  /// after a word, not before one, and opens no quote.
  func isInStraightSingleQuotes(_ span: ClosedRange<Int>) -> Bool {
    let apostrophe = UInt8(ascii: "'")
    let start = words[span.lowerBound].utf8Range.lowerBound
    let end = words[span.upperBound].utf8Range.upperBound
    guard start >= 1, bytes[start - 1] == apostrophe, end < bytes.count, bytes[end] == apostrophe
    else { return false }
    let opensAfterSpace = start == 1 || Self.isSpace(bytes[start - 2])
    let closesBeforeBreak =
      end + 1 == bytes.count || Self.isSpace(bytes[end + 1])
      || Self.isClosingPunctuation(bytes[end + 1])
    return opensAfterSpace && closesBeforeBreak
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
  }

  private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
    [",", ".", ";", ":", "!", "?", ")"].contains { byte == UInt8(ascii: $0) }
  }
}
