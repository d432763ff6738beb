/// One loaded article: its metadata, its body text and where its sentences lie in the body.
public struct Article: Sendable, Identifiable {
  /// Stable name for citations and scripts: the file name without its extension,
  /// made unique within the loaded set.
  public var id: String
  public var title: String
  public var date: CalendarDate?
  public var source: String?
  public var path: String
  public var sentences: [SentenceLocation]
  /// What it was written in: text, Markdown, HTML, NITF, NewsML-G2, RSS, Atom, JSON Lines.
  public var format: ArticleFormat
  /// A feed item that carried only its summary, not the whole story.
  public var isSummary: Bool
  var text: ArticleText

  public init(
    id: String, title: String, date: CalendarDate?, source: String?, path: String, body: String,
    sentences: [SentenceLocation], format: ArticleFormat = .text, isSummary: Bool = false
  ) {
    self.init(
      id: id, title: title, date: date, source: source, path: path, format: format,
      isSummary: isSummary, text: .inMemory(body), sentences: sentences)
  }

  init(
    id: String, title: String, date: CalendarDate?, source: String?, path: String,
    format: ArticleFormat = .text, isSummary: Bool = false, text: ArticleText,
    sentences: [SentenceLocation]
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.source = source
    self.path = path
    self.format = format
    self.isSummary = isSummary
    self.text = text
    self.sentences = sentences
  }

  /// The article's text after its metadata. Articles loaded through the saved index keep it
  /// on disk (mapped) and make the String only when asked.
  public var body: String {
    get {
      switch text {
      case .inMemory(let body): return body
      case .stored: return withBodyBytes { String(decoding: $0, as: UTF8.self) }
      }
    }
    set { text = .inMemory(newValue) }
  }

  /// The text of sentence `index` (0-based).
  public func sentence(_ index: Int) -> String {
    let location = sentences[index]
    return withBodyBytes { bytes in
      let start = min(Int(location.start), bytes.count)
      let end = min(max(start, Int(location.end)), bytes.count)
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }

  /// The text of every sentence, reading the body once (from a saved index, each read of
  /// an article is a read of the file).
  public func allSentences() -> [String] {
    withBodyBytes { bytes in
      sentences.map { location in
        let start = min(Int(location.start), bytes.count)
        let end = min(max(start, Int(location.end)), bytes.count)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
    }
  }

  /// Calls `body` with the body's UTF-8 bytes, without copying them.
  func withBodyBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    switch text {
    case .inMemory(var string):
      return string.withUTF8(body)
    case .stored(let store, let range):
      return store.withBytes(in: range, body)
    }
  }
}

/// Where an article's body is: a String of its own, or a range of bytes in a text store
/// shared by many articles (the text section of the saved index, mapped from disk).
enum ArticleText: Sendable {
  case inMemory(String)
  case stored(TextStore, Range<Int>)
}

/// Read-only text shared by many articles: a block of memory (the text of a batch of
/// articles read with no saved index), or a section of a saved index file, read an article
/// at a time when a sentence is wanted.
final class TextStore: @unchecked Sendable {
  // Unchecked: nothing here is written after construction.
  private enum Storage {
    case memory(UnsafeRawBufferPointer, owner: AnyObject)
    case file(OpenFile, offset: Int, count: Int)
  }

  private let storage: Storage

  init(bytes: UnsafeRawBufferPointer, owner: AnyObject) {
    storage = .memory(bytes, owner: owner)
  }

  /// The `count` bytes of `file` from `offset`.
  init(file: OpenFile, offset: Int, count: Int) {
    storage = .file(file, offset: offset, count: count)
  }

  var count: Int {
    switch storage {
    case .memory(let bytes, _): return bytes.count
    case .file(_, _, let count): return count
    }
  }

  /// The bytes in `range`, clamped to the store, so that a damaged range (or a file cut
  /// short behind newsdesk's back) reads short rather than out of bounds.
  func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    let lower = min(max(0, range.lowerBound), count)
    let upper = min(max(lower, range.upperBound), count)
    switch storage {
    case .memory(let bytes, _):
      let start = bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + lower }
      return body(UnsafeBufferPointer(start: start, count: upper - lower))
    case .file(let file, let offset, _):
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, upper - lower)) {
        buffer in
        let got = file.read(
          into: UnsafeMutableRawBufferPointer(
            rebasing: UnsafeMutableRawBufferPointer(buffer)[0..<(upper - lower)]),
          at: offset + lower)
        return body(UnsafeBufferPointer(rebasing: buffer[0..<got]))
      }
    }
  }
}

/// A sentence's place in its article body, as UTF-8 offsets: two integers instead of a String
/// per sentence, because an archive holds millions of sentences.
public struct SentenceLocation: Sendable, Equatable {
  public var start: Int32
  public var end: Int32
  public var paragraph: Int32
}
