/// Gathers the text of a markup walk into paragraphs: inline text runs together with its
/// white space collapsed, and a block boundary (paragraph, heading, list item, line break)
/// ends the current paragraph. Each paragraph keeps the `region` it was written in (which
/// `<article>`, whether in `<main>`), so one pass serves every choice of body.
///
/// Works on UTF-8 bytes: testing each Unicode scalar's whitespace property was two thirds of
/// loading an HTML archive.
struct TextBlocks {
  struct Region: Equatable {
    /// The number of the outermost `<article>` around the text (from 1), or 0.
    var article = 0
    var inMain = false
  }

  struct Paragraph {
    var text: String
    var region: Region
  }

  private(set) var paragraphs: [Paragraph] = []
  private var current: [UInt8] = []
  private var pendingSpace = false
  /// The region of the text being written; change it only at a paragraph boundary.
  var region = Region()

  /// Adds text as it appears in the markup; runs of white space become one space.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append(bytes: $0) }
  }

  /// Adds UTF-8 text as it appears in the markup, copying each run of non-space bytes at once
  /// (a byte at a time was most of the converter's own time).
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while index < bytes.count {
      let spaceLength = Self.whitespaceLength(bytes, at: index)
      if spaceLength > 0 {
        pendingSpace = !current.isEmpty
        index += spaceLength
        continue
      }
      let start = index
      index += 1
      while index < bytes.count, Self.whitespaceLength(bytes, at: index) == 0 { index += 1 }
      if pendingSpace { current.append(0x20) }
      pendingSpace = false
      current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    }
  }

  /// The length in bytes of the white space character starting at `index`, or 0: ASCII
  /// spaces and line ends, and the Unicode spaces news pages use (no-break, thin, ideographic).
  static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
    if byte < 0x80 { return 0 }
    let remaining = bytes.count - index
    if byte == 0xC2, remaining >= 2, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 {
      return 2  // U+00A0 no-break space, U+0085 next line
    }
    guard remaining >= 3 else { return 0 }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    switch (byte, second) {
    case (0xE2, 0x80):  // U+2000…U+200A spaces, U+2028/2029 separators, U+202F
      return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
        ? 3 : 0
    case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
    case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000 ideographic space
    case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
    default: return 0
    }
  }

  /// Ends the current paragraph, if it holds any text.
  mutating func breakParagraph() {
    if !current.isEmpty {
      paragraphs.append(Paragraph(text: String(decoding: current, as: UTF8.self), region: region))
    }
    current.removeAll(keepingCapacity: true)
    pendingSpace = false
  }

  /// Elements whose start and end are paragraph boundaries.
  static let blockElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div",
    "section", "article", "main", "body", "figcaption", "caption", "tr", "td", "th", "br",
    "hr", "ul", "ol", "dl", "table", "figure", "address", "hl1", "hl2", "byline", "dateline",
    "block", "headline", "by",
  ]
}
