/// A word of a text: its lower-cased form and where it sits, as UTF-8 offsets.
public struct WordToken: Sendable, Equatable {
  public var lowercased: String
  public var utf8Range: Range<Int>
}

/// Splits text into words for indexing and matching.
///
/// Scans UTF-8 bytes once: loading an archive tokenises hundreds of megabytes, so there is no
/// regex and no per-character String. Rules that matter for news:
/// - letters and digits make words; an apostrophe inside a word splits off the clitic
///   ("Ecuador's" → "ecuador", "s"), which the stop list then drops;
/// - dotted acronyms join ("U.S." → "us", "U.N." → "un"), so they match "US" and "UN";
/// - decimals stay whole ("1.5", "70,000" → "70000");
/// - General Punctuation (curly quotes, dashes, ellipsis) and Latin-1 symbols are separators;
///   every other non-ASCII character is part of a word.
public enum WordTokenizer {
  public static func tokens(in text: String) -> [WordToken] {
    var result: [WordToken] = []
    forEachWord(in: text) { result.append(WordToken(lowercased: $0, utf8Range: $1)) }
    return result
  }

  /// The lower-cased words of `text`, in order.
  public static func words(in text: String) -> [String] {
    var result: [String] = []
    forEachWord(in: text) { word, _ in result.append(word) }
    return result
  }

  public static func forEachWord(in text: String, _ body: (String, Range<Int>) -> Void) {
    var text = text
    text.withUTF8 { bytes in scan(bytes, body) }
  }

  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (String, Range<Int>) -> Void) {
    scanBytes(bytes) { word, hasNonASCII, range in
      var string = String(decoding: word, as: UTF8.self)
      if hasNonASCII { string = string.lowercased() }
      body(string, range)
    }
  }

  /// The scan itself, handing each word over as bytes (ASCII letters already lower-cased,
  /// other characters as written) so that indexing can look words up without making a
  /// String per word; `hasNonASCII` says the word still needs Unicode lower-casing.
  static func scanBytes(
    _ bytes: UnsafeBufferPointer<UInt8>,
    _ body: (UnsafeBufferPointer<UInt8>, _ hasNonASCII: Bool, Range<Int>) -> Void
  ) {
    let count = bytes.count
    var index = 0
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var hasNonASCII = false
    while index < count {
      let width = separatorWidth(bytes, at: index)
      if width > 0 {
        index += width
        continue
      }
      // Start of a word.
      let start = index
      word.removeAll(keepingCapacity: true)
      hasNonASCII = false
      var end = index
      while index < count {
        let byte = bytes[index]
        if byte < 0x80 {
          if isAlphanumeric(byte) {
            word.append(lowercase(byte))
            index += 1
            end = index
            continue
          }
          // "1.5" and "70,000": a point or comma between digits stays in the number.
          if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && index + 1 < count
            && isDigit(bytes[index + 1]) && index > start && isDigit(bytes[index - 1])
          {
            if byte == UInt8(ascii: ".") { word.append(byte) }
            index += 1
            continue
          }
          // "U.S.": a single letter, a point, and another single letter followed by a point.
          if byte == UInt8(ascii: "."),
            isDottedAcronymContinuation(bytes, wordStart: start, at: index)
          {
            index += 1
            continue
          }
          break
        }
        if separatorWidth(bytes, at: index) > 0 { break }
        // Take the whole multi-byte character: its continuation bytes are not separators.
        hasNonASCII = true
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let stop = min(count, index + width)
        while index < stop {
          word.append(bytes[index])
          index += 1
        }
        end = index
      }
      if word.isEmpty {
        index = max(index, start + 1)
        continue
      }
      word.withUnsafeBufferPointer { body($0, hasNonASCII, start..<end) }
    }
  }

  /// The number of bytes of a separator at `index`, or 0 when a word character starts there.
  @inline(__always)
  static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return isAlphanumeric(byte) ? 0 : 1 }
    // U+0080–U+00BF: NBSP, «, », °, ©, …: symbols, not letters.
    if byte == 0xC2 { return 2 }
    // U+2000–U+206F General Punctuation: curly quotes, dashes, ellipsis, thin spaces.
    if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
      return 3
    }
    if byte & 0xC0 == 0x80 { return 1 }  // a stray continuation byte
    return 0
  }

  static func isDottedAcronymContinuation(
    _ bytes: UnsafeBufferPointer<UInt8>, wordStart: Int, at index: Int
  ) -> Bool {
    // The byte before the point is a single letter that started the word or followed a point.
    guard index >= 1, isLetter(bytes[index - 1]) else { return false }
    guard index - 1 == wordStart || (index >= 2 && bytes[index - 2] == UInt8(ascii: ".")) else {
      return false
    }
    guard index + 2 < bytes.count else { return false }
    return isLetter(bytes[index + 1]) && bytes[index + 2] == UInt8(ascii: ".")
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
  }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte)
  }
  @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 {
    (byte >= 65 && byte <= 90) ? byte + 32 : byte
  }
}
