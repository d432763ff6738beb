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
    public var format: ArticleFormat = .text
    /// A feed item that carried only its summary.
    public var isSummary = false
    /// The file's stamp and content hash as read, for the saved index.
    var stamp: FileStamp?
    var contentHash: UInt64 = 0
  }

  /// A file's bytes as read, with what the saved index remembers about them.
  struct FileBytes {
    var bytes: [UInt8]
    var stamp: FileStamp
    var contentHash: UInt64
  }

  /// The articles of one file (most files hold one; a feed or a JSON Lines export many),
  /// with warnings about the parts of it that were left out.
  public struct FileDrafts: Sendable {
    public var drafts: [Draft] = []
    public var warnings: [LoadWarning] = []
  }

  /// The file's first article: for callers that read one article a file.
  public func read(path: String) -> Result<Draft, LoadWarning> {
    readAll(path: path).map { $0.drafts[0] }
  }

  /// Every article of the file; a failure when it holds none.
  public func readAll(path: String) -> Result<FileDrafts, LoadWarning> {
    switch readBytes(path: path) {
    case .failure(let warning): return .failure(warning)
    case .success(let file): return parse(file, path: path)
    }
  }

  /// Reads the whole file, refusing what cannot be an article before reading it: a missing
  /// or unreadable file, a folder, a pipe or device (which could block for ever), a file
  /// larger than `maximumFileSize`.
  func readBytes(path: String) -> Result<FileBytes, LoadWarning> {
    func skip(_ reason: String) -> Result<FileBytes, LoadWarning> {
      .failure(LoadWarning(path: path, reason: reason))
    }
    // O_NONBLOCK: opening a named pipe for reading must not wait for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      switch errno {
      case ENOENT: return skip("it vanished or cannot be read")
      case EACCES, EPERM: return skip("permission denied or unreadable")
      default: return skip("cannot be opened: \(String(cString: strerror(errno)))")
      }
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return skip("it vanished or cannot be read") }
    guard (info.st_mode & S_IFMT) == S_IFREG else { return skip("not a regular file") }
    let size = Int(info.st_size)
    if size > maximumFileSize {
      return skip("larger than \(maximumFileSize / (1024 * 1024)) MB; split it into articles")
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let got = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
      }
      if got < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return skip("read error: \(String(cString: strerror(errno)))")
      }
      if got == 0 { break }  // the file shrank while being read: take what is there
      filled += got
    }
    if filled < size { bytes.removeLast(size - filled) }
    let hash = ContentHash.of(bytes)
    return .success(FileBytes(bytes: bytes, stamp: FileStamp(info), contentHash: hash))
  }

  /// Checks that the bytes are text and parses them.
  func parse(_ file: FileBytes, path: String) -> Result<FileDrafts, LoadWarning> {
    if file.bytes.isEmpty { return .failure(LoadWarning(path: path, reason: "the file is empty")) }
    if Self.looksBinary(file.bytes) {
      return .failure(LoadWarning(path: path, reason: "a binary file, not text"))
    }
    return convert(file.bytes, type: ArticleFileType(path: path), path: path).flatMap {
      drafts(of: $0, path: path, baseID: Self.baseID(for: path))
    }.map { found in
      var found = found
      for index in found.drafts.indices {
        found.drafts[index].stamp = file.stamp
        found.drafts[index].contentHash = file.contentHash
      }
      return found
    }
  }

  /// Parses and splits an article's text that is already in memory; for a file of many
  /// articles, the first. The path's extension says how to read it.
  public func read(text: String, path: String, baseID: String) -> Result<Draft, LoadWarning> {
    convert(Array(text.utf8), type: ArticleFileType(path: path), path: path).flatMap {
      drafts(of: $0, path: path, baseID: baseID)
    }.map { $0.drafts[0] }
  }

  /// Turns a file's bytes into articles as its type says.
  func convert(_ bytes: [UInt8], type: ArticleFileType, path: String) -> Result<
    ConvertedFile, LoadWarning
  > {
    func skip(_ reason: String) -> Result<ConvertedFile, LoadWarning> {
      .failure(LoadWarning(path: path, reason: reason))
    }
    func one(_ converted: Result<ConvertedArticle, LoadWarning>) -> Result<
      ConvertedFile, LoadWarning
    > {
      converted.map { ConvertedFile(articles: [$0]) }
    }
    switch type {
    case .html:
      // Markup declares its own encoding, so it is not required to be UTF-8.
      return one(HTMLArticleConverter().convert(bytes, path: path))
    case .xml, .feed:
      guard let document = MarkupDocument.xml(bytes), let root = document.rootName else {
        return skip("not well-formed XML")
      }
      if let flavour = FeedArticleConverter.flavour(ofRoot: root) {
        return .success(FeedArticleConverter().convert(document, flavour: flavour))
      }
      if type == .feed {
        return skip("its root element is <\(root)>, not an RSS (<rss>) or Atom (<feed>) feed")
      }
      return one(NewsXMLArticleConverter().convert(document, root: root, path: path))
    case .text, .markdown, .jsonLines:
      guard String(validating: bytes, as: UTF8.self) != nil else {
        return skip("not valid UTF-8 text; convert it to UTF-8")
      }
      if type == .jsonLines { return .success(JSONLinesArticleConverter().convert(bytes)) }
      let parsed = parser.parse(
        String(decoding: bytes, as: UTF8.self), isMarkdown: type == .markdown)
      return one(
        .success(
          ConvertedArticle(
            title: parsed.title, date: parsed.date, source: parsed.source, body: parsed.body,
            format: type == .markdown ? .markdown : .text)))
    }
  }

  /// Splits each converted article into sentences. A file of many articles names each
  /// after its file and its own name or number (`wire-3`); one with none left is skipped,
  /// with the first reason.
  private func drafts(of file: ConvertedFile, path: String, baseID: String) -> Result<
    FileDrafts, LoadWarning
  > {
    var found = FileDrafts(
      warnings: file.warnings.map { LoadWarning(path: path, reason: $0, isPartial: true) })
    let many = file.articles.count > 1 || !file.warnings.isEmpty
    for (number, article) in file.articles.enumerated() {
      let name = many ? "\(baseID)-\(Self.safeName(article.name) ?? String(number + 1))" : baseID
      switch draft(article, path: path, baseID: name) {
      case .success(let draft): found.drafts.append(draft)
      case .failure(let warning):
        if many {
          found.warnings.append(
            LoadWarning(
              path: path, reason: "article \(number + 1): \(warning.reason)", isPartial: true))
        } else {
          return .failure(warning)
        }
      }
    }
    guard !found.drafts.isEmpty else {
      let reasons = found.warnings.map(\.reason)
      let more = reasons.count > 1 ? " (and \(reasons.count - 1) more)" : ""
      return .failure(
        LoadWarning(path: path, reason: "no article in it: \(reasons.first ?? "no text")\(more)"))
    }
    return .success(found)
  }

  /// A JSON Lines `id` as part of an article id: letters, digits, `-` and `_` only.
  static func safeName(_ name: String?) -> String? {
    guard let name else { return nil }
    let kept = String(
      name.unicodeScalars.filter {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
      }
      .prefix(40))
    return kept.isEmpty ? nil : kept
  }

  private func draft(_ article: ConvertedArticle, path: String, baseID: String)
    -> Result<Draft, LoadWarning>
  {
    let body = article.body
    let sentences = Self.locations(of: parser.splitter.split(body), in: body)
    if sentences.isEmpty { return .failure(LoadWarning(path: path, reason: "no text in it")) }
    let title = article.title ?? parser.derivedTitle(body: body, sentences: sentences)
    return .success(
      Draft(
        baseID: baseID, title: title, date: article.date, source: article.source,
        path: path, body: body, sentences: sentences, format: article.format,
        isSummary: article.isSummary))
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
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
      return memchr(base, 0, min(buffer.count, 8192)) != nil
    }
  }

  /// The file name without its extension.
  static func baseID(for path: String) -> String {
    // Worked out on the UTF-8 bytes: this runs for every article of an archive at each
    // start, and "/" and "." are single bytes that never occur inside another character.
    let bytes = Array(path.utf8)
    var end = bytes.count
    while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
    var start = end
    while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
    if start == end { return path }
    var dot = end - 1
    while dot > start, bytes[dot] != UInt8(ascii: ".") { dot -= 1 }
    let stop = dot > start ? dot : end
    return String(decoding: bytes[start..<stop], as: UTF8.self)
  }
}
