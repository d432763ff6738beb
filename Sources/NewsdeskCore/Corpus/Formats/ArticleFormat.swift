/// What an article was written in, as `:sources` shows it and the saved index keeps it.
public enum ArticleFormat: UInt8, Sendable, CaseIterable {
  case text = 0
  case markdown
  case html
  case nitf
  case newsML
  case rss
  case atom
  case jsonLines

  /// The name shown to the user.
  public var name: String {
    switch self {
    case .text: "text"
    case .markdown: "Markdown"
    case .html: "HTML"
    case .nitf: "NITF"
    case .newsML: "NewsML-G2"
    case .rss: "RSS"
    case .atom: "Atom"
    case .jsonLines: "JSON Lines"
    }
  }
}

/// The kinds of article file newsdesk reads, told apart by extension (case-insensitively:
/// `STORY.HTML` is HTML). An `.xml` file says by its root element which it is: NITF,
/// NewsML-G2, an RSS or Atom feed, or something else (skipped).
public enum ArticleFileType: String, Sendable, CaseIterable {
  case text = "txt"
  case markdown = "md"
  case html
  /// NITF, NewsML-G2, or a feed, by its root element.
  case xml
  /// RSS 2.0 or Atom, one article per item.
  case feed
  /// JSON Lines, one article per line.
  case jsonLines = "jsonl"

  /// The extensions a folder load takes, lowercased.
  public static let extensions: [String: ArticleFileType] = [
    "txt": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html,
    "xml": .xml, "rss": .feed, "atom": .feed, "jsonl": .jsonLines, "ndjson": .jsonLines,
  ]

  /// The names `--formats` takes: each type's own name, its extensions, and the names of
  /// the formats it holds.
  public static let names: [String: ArticleFileType] = {
    var names = extensions
    for type in allCases { names[type.rawValue] = type }
    names["text"] = .text
    names["nitf"] = .xml
    names["newsml"] = .xml
    names["json"] = .jsonLines
    return names
  }()

  /// The type a path's extension names; a file named directly with another extension is
  /// read as plain text.
  public init(path: String) {
    self = Self.named(byExtensionOf: path) ?? .text
  }

  /// The type a path's extension names, or nil when it names none.
  static func named(byExtensionOf path: String) -> ArticleFileType? {
    // A bare file name (each of the 100,000 a folder walk meets) without splitting the path.
    if !path.utf8.contains(UInt8(ascii: "/")) {
      guard let dot = path.lastIndex(of: ".") else { return nil }
      return extensions[path[path.index(after: dot)...].lowercased()]
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return nil }
    return extensions[name[name.index(after: dot)...].lowercased()]
  }

  /// Types whose files are markup, parsed by libxml2.
  var isMarkup: Bool { self == .html || self == .xml || self == .feed }

  /// Parses a `--formats` list ("txt,md,html"): the types it names, or the first name it
  /// does not know.
  public static func parseList(_ list: String) -> Result<Set<ArticleFileType>, UnknownName> {
    var types = Set<ArticleFileType>()
    for name in list.split(separator: ",") {
      let trimmed = String(name).trimmingWhitespace().lowercased()
      let bare = trimmed.hasPrefix(".") ? String(trimmed.dropFirst()) : trimmed
      guard let type = names[bare] else { return .failure(UnknownName(name: String(name))) }
      types.insert(type)
    }
    return types.isEmpty ? .failure(UnknownName(name: list)) : .success(types)
  }

  public struct UnknownName: Error, Sendable, Equatable {
    public var name: String
  }
}

/// An article file turned into the parts newsdesk keeps: the body is plain text whose
/// paragraphs (and headings) are separated by blank lines, so they end sentences.
struct ConvertedArticle: Sendable, Equatable {
  var title: String?
  var date: CalendarDate?
  var source: String?
  var body: String
  var format: ArticleFormat = .text
  /// A feed item that carried only its summary, not the full story.
  var isSummary = false
  /// The name of the article within its file (a JSON Lines `id`), when the file holds many.
  var name: String? = nil
}

/// What one file came to: its articles (most files hold one; a feed or a JSON Lines export
/// holds many) and what was left out of it, each with its reason.
struct ConvertedFile: Sendable {
  var articles: [ConvertedArticle] = []
  var warnings: [String] = []
}
