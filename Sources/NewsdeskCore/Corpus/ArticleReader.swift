import Foundation

/// Reads one article file: checks that it is text, parses its metadata and splits its sentences.
public struct ArticleReader: Sendable {
  /// Larger files are refused: an article is kilobytes, and a file of hundreds of megabytes is
  /// a dump or a mistake that would stall loading.
  public var maximumFileSize = 64 * 1024 * 1024
  public var parser = ArticleParser()

  public init() {}

  /// An article before it gets its unique id.
  public struct Draft: Sendable {
    public var baseID: String
    public var title: String
    public var date: CalendarDate?
    public var source: String?
    public var path: String
    public var body: String
    public var sentences: [SentenceLocation]
  }

  public func read(path: String) -> Result<Draft, LoadWarning> {
    func skip(_ reason: String) -> Result<Draft, LoadWarning> {
      .failure(LoadWarning(path: path, reason: reason))
    }
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return skip("it vanished or cannot be read")
    }
    if let size = attributes[.size] as? Int, size > maximumFileSize {
      return skip("larger than \(maximumFileSize / (1024 * 1024)) MB; split it into articles")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return skip("permission denied or unreadable")
    }
    defer { try? handle.close() }
    guard let data = try? handle.readToEnd() ?? Data() else {
      return skip("read error")
    }
    if data.isEmpty { return skip("the file is empty") }
    if Self.looksBinary(data) { return skip("a binary file, not text") }
    guard let text = String(validating: data, as: UTF8.self) else {
      return skip("not valid UTF-8 text; convert it to UTF-8")
    }
    return read(text: text, path: path, baseID: Self.baseID(for: path))
  }

  /// Parses and splits an article's text that is already in memory.
  public func read(text: String, path: String, baseID: String) -> Result<Draft, LoadWarning> {
    let isMarkdown = path.lowercased().hasSuffix(".md") || path.lowercased().hasSuffix(".markdown")
    let parsed = parser.parse(text, isMarkdown: isMarkdown)
    let body = parsed.body
    let sentences = Self.locations(of: parser.splitter.split(body), in: body)
    if sentences.isEmpty { return .failure(LoadWarning(path: path, reason: "no text in it")) }
    let title = parsed.title ?? parser.derivedTitle(body: body, sentences: sentences)
    return .success(
      Draft(
        baseID: baseID, title: title, date: parsed.date, source: parsed.source,
        path: path, body: body, sentences: sentences))
  }

  static func locations(of spans: [SentenceSpan], in body: String) -> [SentenceLocation] {
    let utf8 = body.utf8
    return spans.map { span in
      SentenceLocation(
        start: Int32(utf8.distance(from: utf8.startIndex, to: span.range.lowerBound)),
        end: Int32(utf8.distance(from: utf8.startIndex, to: span.range.upperBound)),
        paragraph: Int32(span.paragraph))
    }
  }

  /// Text files never hold a NUL byte; binary formats almost always do early on.
  static func looksBinary(_ data: Data) -> Bool {
    data.prefix(8192).withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
      return memchr(base, 0, bytes.count) != nil
    }
  }

  /// The file name without its extension.
  static func baseID(for path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
