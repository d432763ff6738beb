/// Gathers the text of a markup walk into paragraphs: inline text runs together with its
/// white space collapsed, and a block boundary (paragraph, heading, list item, line break)
/// ends the current paragraph.
struct TextBlocks {
  private(set) var paragraphs: [String] = []
  private var current = ""
  private var pendingSpace = false

  /// Adds text as it appears in the markup; runs of white space become one space.
  mutating func append(_ text: String) {
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !current.isEmpty
      } else {
        if pendingSpace { current.append(" ") }
        pendingSpace = false
        current.unicodeScalars.append(scalar)
      }
    }
  }

  /// Ends the current paragraph, if it holds any text.
  mutating func breakParagraph() {
    if !current.isEmpty { paragraphs.append(current) }
    current = ""
    pendingSpace = false
  }

  /// The paragraphs, the last one ended.
  mutating func finish() -> [String] {
    breakParagraph()
    return paragraphs
  }

  var characterCount: Int { paragraphs.reduce(current.utf8.count) { $0 + $1.utf8.count } }

  /// Elements whose start and end are paragraph boundaries.
  static let blockElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div",
    "section", "article", "main", "body", "figcaption", "caption", "tr", "td", "th", "br",
    "hr", "ul", "ol", "dl", "table", "figure", "address", "hl1", "hl2", "byline", "dateline",
    "block", "headline", "by",
  ]
}
