/// The kinds of article file newsdesk reads, told apart by extension (case-insensitively:
/// `STORY.HTML` is HTML).
public enum ArticleFormat: String, Sendable, CaseIterable {
  case text
  case markdown
  case html
  /// NITF or NewsML-G2, recognised by the root element; other XML is skipped.
  case newsXML

  /// The extensions a folder load takes, lowercased.
  public static let extensions: [String: ArticleFormat] = [
    "txt": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    "xml": .newsXML,
  ]

  /// The format a path's extension names; a file named directly with another extension is
  /// read as plain text.
  public init(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else {
      self = .text
      return
    }
    self = Self.extensions[name[name.index(after: dot)...].lowercased()] ?? .text
  }

  /// Formats whose files are markup, turned into text by a `MarkupArticleConverter`.
  var isMarkup: Bool { self == .html || self == .newsXML }
}

/// An article file turned into the parts newsdesk keeps: the body is plain text whose
/// paragraphs (and headings) are separated by blank lines, so they end sentences.
struct ConvertedArticle: Sendable, Equatable {
  var title: String?
  var date: CalendarDate?
  var source: String?
  var body: String
}
