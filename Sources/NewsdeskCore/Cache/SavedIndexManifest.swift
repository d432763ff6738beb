/// What the saved index remembers about each file of the corpus, so that a later start can
/// tell which files changed and rebuild the articles without reading them.
struct SavedIndexManifest: Sendable, Equatable {
  var corpusPaths: [String]
  var files: [FileRecord]

  func encoded() -> [UInt8] {
    var writer = ByteWriter()
    writer.append(UInt32(corpusPaths.count))
    for path in corpusPaths { writer.append(path) }
    writer.append(UInt32(files.count))
    for file in files {
      writer.append(file.path)
      writer.append(file.stamp.size)
      writer.append(file.stamp.modified)
      writer.append(file.stamp.changed)
      writer.append(file.stamp.inode)
      writer.append(file.contentHash)
      switch file.content {
      case .articles(let articles, let warnings):
        writer.append(UInt8(0))
        writer.append(UInt32(warnings.count))
        for warning in warnings { writer.append(warning) }
        writer.append(UInt32(articles.count))
        for article in articles { article.encode(into: &writer) }
      case .skipped(let reason):
        writer.append(UInt8(1))
        writer.append(reason)
      }
    }
    return writer.bytes
  }

  /// The manifest in `bytes`, or nil if they are malformed.
  static func decode(_ bytes: UnsafeRawBufferPointer) -> SavedIndexManifest? {
    var reader = ByteReader(bytes)
    guard let pathCount = reader.uint32(), Int(pathCount) <= bytes.count else { return nil }
    var corpusPaths: [String] = []
    for _ in 0..<pathCount {
      guard let path = reader.string() else { return nil }
      corpusPaths.append(path)
    }
    guard let fileCount = reader.uint32(), Int(fileCount) <= bytes.count else { return nil }
    var files: [FileRecord] = []
    files.reserveCapacity(Int(fileCount))
    for _ in 0..<fileCount {
      guard let path = reader.string(), let size = reader.uint64(), let modified = reader.int64(),
        let changed = reader.int64(), let inode = reader.uint64(), let hash = reader.uint64(),
        let kind = reader.uint8()
      else { return nil }
      let stamp = FileStamp(size: size, modified: modified, changed: changed, inode: inode)
      let content: FileRecord.Content
      switch kind {
      case 0:
        guard let warningCount = reader.uint32(), Int(warningCount) <= bytes.count else {
          return nil
        }
        var warnings: [String] = []
        for _ in 0..<warningCount {
          guard let warning = reader.string() else { return nil }
          warnings.append(warning)
        }
        guard let articleCount = reader.uint32(), Int(articleCount) <= bytes.count else {
          return nil
        }
        var articles: [ArticleRecord] = []
        for _ in 0..<articleCount {
          guard let article = ArticleRecord.decode(from: &reader) else { return nil }
          articles.append(article)
        }
        content = .articles(articles, warnings: warnings)
      case 1:
        guard let reason = reader.string() else { return nil }
        content = .skipped(reason: reason)
      default:
        return nil
      }
      files.append(FileRecord(path: path, stamp: stamp, contentHash: hash, content: content))
    }
    return reader.isAtEnd ? SavedIndexManifest(corpusPaths: corpusPaths, files: files) : nil
  }
}

/// One file of the corpus as loaded: its articles (one, or many for a feed or a JSON Lines
/// export) with what was left out of it, or a file skipped with a reason.
struct FileRecord: Sendable, Equatable {
  var path: String
  var stamp: FileStamp
  var contentHash: UInt64
  var content: Content

  enum Content: Sendable, Equatable {
    case articles([ArticleRecord], warnings: [String])
    case skipped(reason: String)
  }

  /// Its articles; none when it was skipped.
  var articles: [ArticleRecord] {
    if case .articles(let articles, _) = content { return articles }
    return []
  }
}

/// An article's metadata, and where its body lies in the text section.
struct ArticleRecord: Sendable, Equatable {
  /// The id it is given before being made unique: the file name, and for a file of many
  /// articles its own name or number.
  var baseID: String
  var title: String
  var date: CalendarDate?
  var source: String?
  var format: ArticleFormat = .text
  var isSummary = false
  var sentenceCount: Int
  var text: Range<Int>

  func encode(into writer: inout ByteWriter) {
    writer.append(baseID)
    writer.append(title)
    writer.append(optional: source)
    writer.append(UInt32(date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0))
    writer.append(format.rawValue)
    writer.append(UInt8(isSummary ? 1 : 0))
    writer.append(UInt64(text.lowerBound))
    writer.append(UInt64(text.count))
    writer.append(UInt32(sentenceCount))
  }

  static func decode(from reader: inout ByteReader) -> ArticleRecord? {
    guard let baseID = reader.string(), let title = reader.string(),
      let source = reader.optionalString(), let packedDate = reader.uint32(),
      let formatCode = reader.uint8(), let format = ArticleFormat(rawValue: formatCode),
      let summary = reader.uint8(), summary <= 1, let textStart = reader.uint64(),
      let textLength = reader.uint64(), let sentences = reader.uint32(),
      textStart <= UInt64(Int.max / 2), textLength <= UInt64(Int.max / 2)
    else { return nil }
    let date =
      packedDate == 0
      ? nil
      : CalendarDate(
        year: Int(packedDate / 10_000), month: Int(packedDate / 100 % 100),
        day: Int(packedDate % 100))
    return ArticleRecord(
      baseID: baseID, title: title, date: date, source: source, format: format,
      isSummary: summary == 1, sentenceCount: Int(sentences),
      text: Int(textStart)..<Int(textStart + textLength))
  }
}
