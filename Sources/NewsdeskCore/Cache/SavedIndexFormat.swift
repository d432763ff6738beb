import Foundation

/// The layout of a saved index file.
///
/// One file per corpus: a 4 KB header page, then sections, each 64-byte aligned so that
/// columns can be used in place from a mapping. The header holds a table of sections with
/// each one's offset, length and checksum, and a checksum of its own. The text section
/// comes first because it is written while the articles are still being read.
enum SavedIndexFormat {
  static let magic = Array("NEWSDESK-INDEX\u{0}\u{0}".utf8)
  /// Bumped whenever the layout changes; older files are then rebuilt, never misread.
  /// 3: the file is mapped and used in place; the vocabulary is a flat hashed table
  /// (`FlatTermTable`: term bytes, term ends, slots) instead of a list of strings; each
  /// term's scoring bounds are saved beside it.
  /// 4: postings no longer carry their sentence's length (read from `sentenceLengths`).
  /// 5: each block of 128 postings has its own bounds (`blockBounds`), for block-max
  /// pruning.
  /// 6: the postings are packed per block (`PostingPacking`): the ids and counts sections
  /// give way to the packed bytes, the blocks' headers and their first ids.
  /// 7: the articles as a table of fixed-width records with their strings
  /// (`StoredArticles`), read in place, and what the load left out (`loadWarnings`), so a
  /// warm start decodes no list of files.
  /// 8: a checksum per 64 KiB piece of the text (`textChunks`, `ChunkChecksums`), so that a
  /// warm start verifies the text a piece at a time, when first read.
  static let version: UInt32 = 8
  static let headerSize = 4096
  static let alignment = 64
  static let fileExtension = "ndindex"

  enum Section: UInt32, CaseIterable, Sendable {
    case text = 1
    case manifest
    case locations
    case vocabulary
    /// Where each term's postings start; their packed bytes (`PostingPacking`); per block
    /// of them, its header (where its bytes start, its bit widths).
    case sentenceOffsets, sentencePacked, sentenceBlockHeaders
    case articleFrequencies, sentenceLengths, articleFirstSentence, articleLengths
    /// With `vocabulary` (the terms' bytes): where each term ends, and the hash slots.
    case termEnds, termSlots
    /// Each term's highest count and shortest sentence (`SentenceIndex.termBounds`).
    case termBounds
    /// The same per block of 128 postings (`SentenceIndex.blockBounds`).
    case blockBounds
    /// Per block of postings, its first sentence id (`PostingLists.blockFirstIDs`).
    case sentenceBlockFirstIDs
    /// Each article's fixed-width record, and the bytes of its id, title, source and path
    /// (`StoredArticles`).
    case articleTable, articleStrings
    /// The files and parts of files the load left out, as its report told them.
    case loadWarnings
    /// A checksum per piece of the text (`ChunkChecksums`).
    case textChunks
  }

  struct SectionEntry: Sendable, Equatable {
    var kind: UInt32
    var offset: UInt64
    var length: UInt64
    var checksum: UInt64
  }

  struct Header: Sendable, Equatable {
    var identity: UInt64
    var corpusKey: UInt64
    var sections: [SectionEntry]
  }

  /// Offsets within the header page.
  private static let entriesStart = 48
  private static let entrySize = 32
  private static let checksumOffset = headerSize - 8
  static let maximumSections = (checksumOffset - entriesStart) / entrySize

  static func encode(_ header: Header) -> [UInt8] {
    var writer = ByteWriter()
    writer.append(magic)
    writer.append(version)
    writer.append(UInt32(header.sections.count))
    writer.append(header.identity)
    writer.append(header.corpusKey)
    writer.append(UInt64(0))  // reserved
    for entry in header.sections {
      writer.append(entry.kind)
      writer.append(UInt32(0))
      writer.append(entry.offset)
      writer.append(entry.length)
      writer.append(entry.checksum)
    }
    var bytes = writer.bytes
    bytes += [UInt8](repeating: 0, count: checksumOffset - bytes.count)
    let checksum = ContentHash.of(bytes)
    withUnsafeBytes(of: checksum.littleEndian) { bytes += $0 }
    return bytes
  }

  enum Problem: Error, Equatable {
    /// Written by another version of newsdesk, or for other files: rebuilt quietly.
    case otherVersion
    /// Written in an older layout (the version given): rebuilt, and the user is told why
    /// the start is slow this once.
    case olderFormat(UInt32)
    /// Truncated, torn or damaged: rebuilt, and the user is told.
    case damaged(String)
  }

  static func decode(_ page: UnsafeRawBufferPointer) throws(Problem) -> (
    header: Header, version: UInt32
  ) {
    guard page.count >= headerSize else { throw .damaged("shorter than its header") }
    guard page.starts(with: magic) else { throw .damaged("not a newsdesk index") }
    var reader = ByteReader(UnsafeRawBufferPointer(rebasing: page[magic.count..<headerSize]))
    guard let version = reader.uint32() else { throw .damaged("header") }
    if version < Self.version { throw .olderFormat(version) }
    if version != Self.version { throw .otherVersion }
    let stored = page.loadUnaligned(fromByteOffset: checksumOffset, as: UInt64.self)
    guard
      ContentHash.of(UnsafeRawBufferPointer(rebasing: page[0..<checksumOffset]))
        == UInt64(littleEndian: stored)
    else { throw .damaged("its header checksum does not match") }
    guard let count = reader.uint32(), Int(count) <= maximumSections,
      let identity = reader.uint64(), let corpusKey = reader.uint64(), reader.uint64() != nil
    else { throw .damaged("header") }
    var sections: [SectionEntry] = []
    for _ in 0..<count {
      guard let kind = reader.uint32(), reader.uint32() != nil, let offset = reader.uint64(),
        let length = reader.uint64(), let checksum = reader.uint64()
      else { throw .damaged("section table") }
      sections.append(SectionEntry(kind: kind, offset: offset, length: length, checksum: checksum))
    }
    return (Header(identity: identity, corpusKey: corpusKey, sections: sections), version)
  }

  /// What this build of newsdesk would write: the format version, the executable (a
  /// rebuilt newsdesk may split or stem differently) and a fingerprint of how a sample text
  /// is split and analysed with `lexicon`, so a cache is only ever used by the analysis that
  /// made it.
  static func identity(lexicon: Lexicon) -> UInt64 {
    var hash = ContentHash()
    var parts: [UInt8] = []
    withUnsafeBytes(of: version) { parts += $0 }
    if let executable = FileStamp.of(path: "/proc/self/exe")
      ?? CommandLine.arguments.first.flatMap({
        FileStamp.of(path: $0)
      })
    {
      withUnsafeBytes(of: executable.size) { parts += $0 }
      withUnsafeBytes(of: executable.modified) { parts += $0 }
    }
    let sample = """
      Dr. J. R. Smith met the U.S. envoy on Jan. 5. "Who went?" she asked. The children ran; \
      Señora Noboa's $1.5 billion plan passed…

      A second paragraph, with Ecuador's 70,000 troops.
      """
    for span in SentenceSplitter().split(sample) {
      parts += Array(sample[span.range].utf8) + [0, UInt8(truncatingIfNeeded: span.paragraph)]
    }
    var analyzer = TermAnalyzer(lexicon: lexicon)
    for word in WordTokenizer.words(in: sample) {
      parts += Array((analyzer.term(for: word) ?? "-").utf8) + [0]
    }
    parts.withUnsafeBytes { hash.update($0) }
    return hash.finalize()
  }

  /// The saved index's name for a corpus: a hash of its resolved paths, in order, and of
  /// the reader settings that change what is loaded from them.
  static func corpusKey(
    paths: [String], reader: ArticleReader = ArticleReader(),
    fileTypes: Set<ArticleFileType> = Set(ArticleFileType.allCases)
  ) -> UInt64 {
    var bytes: [UInt8] = []
    for path in paths { bytes += Array(resolved(path).utf8) + [0] }
    withUnsafeBytes(of: reader.maximumFileSize) { bytes += $0 }
    withUnsafeBytes(of: reader.parser.maximumDerivedTitleLength) { bytes += $0 }
    // `--formats` changes which files a folder holds: its own saved index, not a rebuild of
    // the one without it each time.
    if fileTypes != Set(ArticleFileType.allCases) {
      for type in fileTypes.map(\.rawValue).sorted() { bytes += Array(type.utf8) + [1] }
    }
    return ContentHash.of(bytes)
  }

  static func resolved(_ path: String) -> String {
    CorpusPaths.canonical(path)
  }

  static func fileName(corpusKey: UInt64) -> String {
    let hex = String(corpusKey, radix: 16)
    return "corpus-" + String(repeating: "0", count: 16 - hex.count) + hex + "." + fileExtension
  }

  static func aligned(_ offset: Int) -> Int {
    (offset + alignment - 1) / alignment * alignment
  }
}
