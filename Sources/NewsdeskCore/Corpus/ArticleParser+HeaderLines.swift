/// A header of `Key: value` lines at the top of a plain-text article, ended by a blank line,
/// as wire services, mail exports and hand-written notes give one:
///
///     Title: Kestrel Rovers win the cup
///     Date: 5 December 2026
///
///     Kestrel Rovers won …
///
/// Without `---` around it, a header is taken only when every line of it has a key newsdesk
/// knows and one of them is a title or a date, so a first sentence that happens to hold a
/// colon ("Update: police have …") stays body text.
extension ArticleParser {
  /// The keys a header may hold, and the field each fills (nil: known but not used).
  static let headerKeys: [String: String?] = [
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "dateline": nil,
    "source": "source", "url": "source", "link": "source",
    "author": nil, "byline": nil, "by": nil, "section": nil, "tags": nil, "keywords": nil,
  ]
  /// More lines than this is not a header.
  static let maximumHeaderLines = 12

  static func headerLines(in text: Substring) -> (fields: [(String, String)], rest: Substring)? {
    var fields: [(String, String)] = []
    var position = text.startIndex
    while position < text.endIndex {
      let lineEnd = text[position...].firstIndex(where: \.isNewline) ?? text.endIndex
      let line = text[position..<lineEnd]
      let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
      if line.allSatisfy(\.isWhitespace) {
        return fields.isEmpty ? nil : Self.acceptedHeader(fields, rest: text[next...])
      }
      guard fields.count < maximumHeaderLines, let colon = line.firstIndex(of: ":") else {
        return nil
      }
      let key = line[..<colon].trimmingWhitespace().lowercased()
      guard case .some(let field) = headerKeys[key] else { return nil }
      fields.append((field ?? key, line[line.index(after: colon)...].trimmingWhitespace()))
      position = next
    }
    return fields.isEmpty ? nil : Self.acceptedHeader(fields, rest: text[text.endIndex...])
  }

  private static func acceptedHeader(
    _ fields: [(String, String)], rest: Substring
  ) -> (fields: [(String, String)], rest: Substring)? {
    fields.contains { $0.0 == "title" || $0.0 == "date" } ? (fields, rest) : nil
  }
}
