import Foundation

/// Turns a JSON Lines export (one JSON object per line, as content systems export them)
/// into one article per line.
///
/// Each field is taken from the first of its names that the object has:
/// body `body`, `text`, `content`, `articleBody`; title `title`, `headline`; date `date`,
/// `published`, `published_at`, `publishedAt`, `datePublished`, `pubDate` (ISO 8601 or
/// RFC 822); source `url`, `link`, `source`; name `id`, `slug`. A body that starts with
/// markup is read as an HTML page's body is. A line that is not a JSON object, or has no
/// body, is left out with a warning naming the line; blank lines are passed over.
struct JSONLinesArticleConverter {
  static let bodyNames = ["body", "text", "content", "articleBody"]
  static let titleNames = ["title", "headline"]
  static let dateNames = [
    "date", "published", "published_at", "publishedAt", "datePublished", "pubDate",
  ]
  static let sourceNames = ["url", "link", "source"]
  static let nameNames = ["id", "slug"]

  func convert(_ bytes: [UInt8]) -> ConvertedFile {
    var file = ConvertedFile()
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      switch article(from: Data(line)) {
      case .success(let article): file.articles.append(article)
      case .failure(let problem): file.warnings.append("line \(lineNumber): \(problem.reason)")
      }
    }
    if file.articles.isEmpty, file.warnings.isEmpty {
      file.warnings.append("no lines with articles in it")
    }
    return file
  }

  struct Problem: Error {
    var reason: String
  }

  private func article(from line: Data) -> Result<ConvertedArticle, Problem> {
    guard let value = try? JSONSerialization.jsonObject(with: line, options: []) else {
      return .failure(Problem(reason: "not valid JSON; fix the line or remove it"))
    }
    guard let object = value as? [String: Any] else {
      return .failure(Problem(reason: "not a JSON object; each line must be one {…} article"))
    }
    func field(_ names: [String]) -> String? {
      for name in names {
        switch object[name] {
        case let text as String where !text.trimmingWhitespace().isEmpty: return text
        case let number as NSNumber: return number.stringValue
        default: continue
        }
      }
      return nil
    }
    guard let rawBody = field(Self.bodyNames) else {
      return .failure(
        Problem(reason: "no article text (a \"body\", \"text\" or \"content\" field)"))
    }
    guard let body = Self.text(of: rawBody) else {
      return .failure(Problem(reason: "its article text is empty"))
    }
    let title = field(Self.titleNames)?.trimmedTitle
    return .success(
      ConvertedArticle(
        title: title?.isEmpty == false ? title : nil,
        date: field(Self.dateNames).flatMap(FeedDate.calendarDate(in:)),
        source: field(Self.sourceNames), body: body, format: .jsonLines,
        name: field(Self.nameNames)))
  }

  /// The body as text: markup is read as a page's body; plain text keeps its blank lines as
  /// paragraph breaks.
  static func text(of body: String) -> String? {
    let trimmed = body.trimmingWhitespace()
    guard !trimmed.isEmpty else { return nil }
    guard trimmed.hasPrefix("<") else { return trimmed }
    return FeedArticleConverter.text(of: .markup(trimmed))
  }
}
