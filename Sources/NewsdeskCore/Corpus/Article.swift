/// One loaded article: its metadata, its body text and where its sentences lie in the body.
///
/// An article of a saved index used in place is a view of its record there
/// (`ArticleStore`): each field is read from the mapped file when asked for, so a warm
/// start makes nothing per article. Setting a field gives the article fields of its own.
public struct Article: Sendable, Identifiable {
  private var storage: Storage

  private enum Storage: Sendable {
    case held(Fields)
    case stored(any ArticleStore, number: Int)
  }

  private struct Fields: Sendable {
    var id: String
    var title: String
    var date: CalendarDate?
    var source: String?
    var path: String
    var sentences: [SentenceLocation]
    var format: ArticleFormat
    var isSummary: Bool
    var text: ArticleText
  }

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
    storage = .held(
      Fields(
        id: id, title: title, date: date, source: source, path: path, sentences: sentences,
        format: format, isSummary: isSummary, text: text))
  }

  /// Article `number` of a saved index, read in place.
  init(stored articles: any ArticleStore, number: Int) {
    storage = .stored(articles, number: number)
  }

  /// Its fields as values of its own, read from the saved index if it is a view of one.
  private var fields: Fields {
    switch storage {
    case .held(let fields): return fields
    case .stored(let articles, let number):
      return Fields(
        id: articles.id(number), title: articles.title(number), date: articles.date(number),
        source: articles.source(number), path: articles.path(number),
        sentences: articles.sentences(number), format: articles.format(number),
        isSummary: articles.isSummary(number),
        text: .stored(articles.text, articles.textRange(number)))
    }
  }

  /// A field: from the article's own values, or read from its record in the saved index.
  private func read<Value>(
    _ held: (Fields) -> Value, _ stored: (any ArticleStore, Int) -> Value
  ) -> Value {
    switch storage {
    case .held(let fields): held(fields)
    case .stored(let articles, let number): stored(articles, number)
    }
  }

  private mutating func change(_ body: (inout Fields) -> Void) {
    var fields = self.fields
    body(&fields)
    storage = .held(fields)
  }

  /// Stable name for citations and scripts: the file name without its extension,
  /// made unique within the loaded set.
  public var id: String {
    get { read({ $0.id }, { $0.id($1) }) }
    set { change { $0.id = newValue } }
  }

  public var title: String {
    get { read({ $0.title }, { $0.title($1) }) }
    set { change { $0.title = newValue } }
  }

  public var date: CalendarDate? {
    get { read({ $0.date }, { $0.date($1) }) }
    set { change { $0.date = newValue } }
  }

  public var source: String? {
    get { read({ $0.source }, { $0.source($1) }) }
    set { change { $0.source = newValue } }
  }

  public var path: String {
    get { read({ $0.path }, { $0.path($1) }) }
    set { change { $0.path = newValue } }
  }

  public var sentences: [SentenceLocation] {
    get { read({ $0.sentences }, { $0.sentences($1) }) }
    set { change { $0.sentences = newValue } }
  }

  /// How many sentences it has, without making the list of their locations.
  public var sentenceCount: Int {
    read({ $0.sentences.count }, { $0.sentenceCount($1) })
  }

  /// What it was written in: text, Markdown, HTML, NITF, NewsML-G2, RSS, Atom, JSON Lines.
  public var format: ArticleFormat {
    get { read({ $0.format }, { $0.format($1) }) }
    set { change { $0.format = newValue } }
  }

  /// A feed item that carried only its summary, not the whole story.
  public var isSummary: Bool {
    get { read({ $0.isSummary }, { $0.isSummary($1) }) }
    set { change { $0.isSummary = newValue } }
  }

  var text: ArticleText {
    switch storage {
    case .held(let fields): fields.text
    case .stored(let articles, let number): .stored(articles.text, articles.textRange(number))
    }
  }

  /// The location of sentence `index` (0-based), without making the whole list.
  private func location(_ index: Int) -> SentenceLocation {
    switch storage {
    case .held(let fields): fields.sentences[index]
    case .stored(let articles, let number): articles.location(number, sentence: index)
    }
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
    set { change { $0.text = .inMemory(newValue) } }
  }

  /// The text of sentence `index` (0-based).
  public func sentence(_ index: Int) -> String {
    let location = location(index)
    return withBodyBytes { bytes in
      let start = min(Int(location.start), bytes.count)
      let end = min(max(start, Int(location.end)), bytes.count)
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }

  /// The text of every sentence, reading the body once (from a saved index, each read of
  /// an article is a read of the file).
  public func allSentences() -> [String] {
    let sentences = sentences
    return withBodyBytes { bytes in
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
