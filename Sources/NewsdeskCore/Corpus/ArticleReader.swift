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

  public func read(path: String) -> Result<Draft, LoadWarning> {
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
  func parse(_ file: FileBytes, path: String) -> Result<Draft, LoadWarning> {
    func skip(_ reason: String) -> Result<Draft, LoadWarning> {
      .failure(LoadWarning(path: path, reason: reason))
    }
    if file.bytes.isEmpty { return skip("the file is empty") }
    if Self.looksBinary(file.bytes) { return skip("a binary file, not text") }
    var result: Result<Draft, LoadWarning>
    let format = ArticleFormat(path: path)
    if format.isMarkup {
      // Markup declares its own encoding, so it is not required to be UTF-8.
      result = read(markup: file.bytes, format: format, path: path, baseID: Self.baseID(for: path))
    } else {
      guard let text = String(validating: file.bytes, as: UTF8.self) else {
        return skip("not valid UTF-8 text; convert it to UTF-8")
      }
      result = read(text: text, path: path, baseID: Self.baseID(for: path))
    }
    if case .success(var draft) = result {
      draft.stamp = file.stamp
      draft.contentHash = file.contentHash
      result = .success(draft)
    }
    return result
  }

  /// Parses and splits an article's text that is already in memory.
  /// The path's extension says how: HTML and news XML are converted to text first.
  public func read(text: String, path: String, baseID: String) -> Result<Draft, LoadWarning> {
    let format = ArticleFormat(path: path)
    if format.isMarkup {
      return read(markup: Array(text.utf8), format: format, path: path, baseID: baseID)
    }
    let parsed = parser.parse(text, isMarkdown: format == .markdown)
    return draft(
      ConvertedArticle(
        title: parsed.title, date: parsed.date, source: parsed.source, body: parsed.body),
      path: path, baseID: baseID)
  }

  /// Converts an HTML page, NITF or NewsML-G2 file to an article, then splits it as text.
  func read(markup bytes: [UInt8], format: ArticleFormat, path: String, baseID: String)
    -> Result<Draft, LoadWarning>
  {
    let converted =
      format == .html
      ? HTMLArticleConverter().convert(bytes, path: path)
      : NewsXMLArticleConverter().convert(bytes, path: path)
    return converted.flatMap { draft($0, path: path, baseID: baseID) }
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
