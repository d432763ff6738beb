/// A saved index placed over its mapping for use in place: its index's columns, its
/// sentence locations, its article table and its text, with only the checks that cost
/// nothing per article (sizes that must agree, the columns' structure). What a warm start
/// does before the prompt; the checksums, the list of files and the article table's records
/// are checked by `SavedCorpus(checking:verifying:)`, in the background or at once.
struct PlacedIndex: Sendable {
  let file: SavedIndexFile
  let index: SentenceIndex
  /// Each sentence's start, end and paragraph, three numbers a sentence, in load order.
  let locations: Column<Int32>
  let text: TextStore
  /// Verifies the text a piece at a time as it is read, until the whole section is known
  /// to be sound.
  let textVerifier: ChunkVerifier
  let articles: StoredArticles
  /// What the load that wrote the index left out, to be reported again.
  let warnings: [LoadWarning]

  static func open(path: String, identity: UInt64, corpusKey: UInt64)
    throws(SavedIndexFormat.Problem) -> PlacedIndex
  {
    let file = try SavedIndexFile.open(path: path, identity: identity, corpusKey: corpusKey)
    let textRange = file.range(of: .text)
    guard let textVerifier = ChunkVerifier(file: file, section: .text, chunks: .textChunks)
    else { throw .damaged("its index is damaged") }
    let text = TextStore(
      file: file.file, offset: textRange.lowerBound, count: textRange.count,
      verifier: textVerifier)
    guard let index = SentenceIndex(saved: file),
      let locations = file.column(.locations, of: Int32.self),
      let table = file.column(.articleTable, of: UInt64.self),
      let strings = file.column(.articleStrings, of: UInt8.self)
    else { throw .damaged("its index is damaged") }
    guard
      let articles = StoredArticles(
        table: table, strings: strings, locations: locations, index: index, text: text)
    else { throw .damaged("its list of files does not match its index") }
    guard let warnings = Self.decodeWarnings(file.bytes(of: .loadWarnings)) else {
      throw .damaged("its list of files is damaged")
    }
    return PlacedIndex(
      file: file, index: index, locations: locations, text: text, textVerifier: textVerifier,
      articles: articles, warnings: warnings)
  }

  /// The `loadWarnings` section for `warnings`.
  static func encodeWarnings(_ warnings: [LoadWarning]) -> [UInt8] {
    var writer = ByteWriter()
    writer.append(UInt32(warnings.count))
    for warning in warnings {
      writer.append(warning.path)
      writer.append(warning.reason)
      writer.append(UInt8(warning.isPartial ? 1 : 0))
    }
    return writer.bytes
  }

  /// The warnings in `bytes`, or nil if they are malformed.
  static func decodeWarnings(_ bytes: UnsafeRawBufferPointer) -> [LoadWarning]? {
    var reader = ByteReader(bytes)
    guard let count = reader.uint32(), Int(count) <= bytes.count else { return nil }
    var warnings: [LoadWarning] = []
    for _ in 0..<count {
      guard let path = reader.string(), let reason = reader.string(),
        let partial = reader.uint8(), partial <= 1
      else { return nil }
      warnings.append(LoadWarning(path: path, reason: reason, isPartial: partial == 1))
    }
    return reader.isAtEnd ? warnings : nil
  }
}
