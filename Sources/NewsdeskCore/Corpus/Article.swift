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
  var text: ArticleText

  public init(
    id: String, title: String, date: CalendarDate?, source: String?, path: String, body: String,
    sentences: [SentenceLocation]
  ) {
    self.init(
      id: id, title: title, date: date, source: source, path: path, text: .inMemory(body),
      sentences: sentences)
  }

  init(
    id: String, title: String, date: CalendarDate?, source: String?, path: String,
    text: ArticleText, sentences: [SentenceLocation]
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.source = source
    self.path = path
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

/// Read-only bytes shared by many articles, kept alive by whoever owns them.
final class TextStore: @unchecked Sendable {
  // Unchecked: the bytes are never written after construction; `owner` keeps them mapped.
  private let bytes: UnsafeRawBufferPointer
  private let owner: AnyObject

  init(bytes: UnsafeRawBufferPointer, owner: AnyObject) {
    self.bytes = bytes
    self.owner = owner
  }

  var count: Int { bytes.count }

  /// The bytes in `range`, clamped to the store so that a damaged range reads short rather
  /// than out of bounds.
  func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    let lower = min(max(0, range.lowerBound), bytes.count)
    let upper = min(max(lower, range.upperBound), bytes.count)
    let start = bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + lower }
    return body(UnsafeBufferPointer(start: start, count: upper - lower))
  }
}

/// A sentence's place in its article body, as UTF-8 offsets: two integers instead of a String
/// per sentence, because an archive holds millions of sentences.
public struct SentenceLocation: Sendable, Equatable {
  public var start: Int32
  public var end: Int32
  public var paragraph: Int32
}
