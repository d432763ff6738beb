/// One loaded article: its metadata, its body text and where its sentences lie in the body.
public struct Article: Sendable, Identifiable {
  /// Stable name for citations and scripts: the file name without its extension,
  /// made unique within the loaded set.
  public var id: String
  public var title: String
  public var date: CalendarDate?
  public var source: String?
  public var path: String
  public var body: String
  public var sentences: [SentenceLocation]

  public init(
    id: String, title: String, date: CalendarDate?, source: String?, path: String, body: String,
    sentences: [SentenceLocation]
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.source = source
    self.path = path
    self.body = body
    self.sentences = sentences
  }

  /// The text of sentence `index` (0-based).
  public func sentence(_ index: Int) -> String {
    let location = sentences[index]
    let utf8 = body.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: Int(location.start))
    let end = utf8.index(start, offsetBy: Int(location.end - location.start))
    return String(body[start..<end])
  }
}

/// A sentence's place in its article body, as UTF-8 offsets: two integers instead of a String
/// per sentence, because an archive holds millions of sentences.
public struct SentenceLocation: Sendable, Equatable {
  public var start: Int32
  public var end: Int32
  public var paragraph: Int32
}
