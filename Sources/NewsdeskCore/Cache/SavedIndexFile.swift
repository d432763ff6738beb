import Foundation

/// A saved index opened for use: its header and table checked, the whole file mapped so
/// that its columns are used in place (nothing copied, nothing decoded), and every
/// section's checksum verified before anything in it is believed.
///
/// The checksums are verified by reading the file through a small buffer rather than
/// through the mapping: the page cache serves both, and the mapped pages a session never
/// touches (most postings, every article's text) then never count against its memory.
/// Article text is read an article at a time when a sentence is shown (see `TextStore`).
struct SavedIndexFile: Sendable {
  let file: OpenFile
  let header: SavedIndexFormat.Header
  private let mapping: MappedFile

  /// Opens and maps the file and checks its header and table; the sections' checksums are
  /// left to `verify`, so the caller can add its structural checks to that one pass.
  static func open(path: String, identity: UInt64, corpusKey: UInt64)
    throws(SavedIndexFormat.Problem) -> SavedIndexFile
  {
    let file: OpenFile
    do {
      file = try OpenFile(path: path)
    } catch {
      throw .damaged("cannot be read: \(error)")
    }
    var page = [UInt8](repeating: 0, count: SavedIndexFormat.headerSize)
    let got = page.withUnsafeMutableBytes { file.read(into: $0, at: 0) }
    guard got == page.count else { throw .damaged("shorter than its header") }
    let decoded = page.withUnsafeBytes { bytes in
      Result { () throws(SavedIndexFormat.Problem) in try SavedIndexFormat.decode(bytes).header }
    }
    let header = try decoded.get()
    guard header.identity == identity, header.corpusKey == corpusKey else { throw .otherVersion }
    var seen = Set<UInt32>()
    for entry in header.sections {
      guard entry.offset <= UInt64(file.size), entry.length <= UInt64(file.size) - entry.offset,
        entry.offset >= UInt64(SavedIndexFormat.headerSize),
        entry.offset % UInt64(SavedIndexFormat.alignment) == 0, seen.insert(entry.kind).inserted
      else { throw .damaged("it is truncated or its table is damaged") }
    }
    for section in SavedIndexFormat.Section.allCases where !seen.contains(section.rawValue) {
      throw .damaged("the \(section) section is missing")
    }
    guard let mapping = MappedFile(file) else { throw .damaged("it cannot be mapped") }
    return SavedIndexFile(file: file, header: header, mapping: mapping)
  }

  /// Verifies every section's checksum but those `leaving` (verified piece by piece when
  /// first read: `ChunkVerifier`), reading the file in pieces on both cores, largest section
  /// first. `idCheck`, when given, sees the packed postings in the same pass, in order, so
  /// the postings are checked without being brought into this process's memory.
  func verify(
    idCheck: PostingOrderCheck?, leaving: Set<SavedIndexFormat.Section> = []
  ) throws(SavedIndexFormat.Problem) {
    let left = Set(leaving.map(\.rawValue))
    let ordered = header.sections.filter { !left.contains($0.kind) }
      .sorted { $0.length > $1.length }
    let verdicts = Parallel.map(count: ordered.count, makeContext: { () }) { _, number in
      let entry = ordered[number]
      var check = entry.kind == SavedIndexFormat.Section.sentencePacked.rawValue ? idCheck : nil
      let matches = Self.checksumMatches(entry, in: file) { piece in
        check?.inspect(piece) ?? true
      }
      return (matches, check?.isSound ?? true)
    }
    guard verdicts.allSatisfy(\.0) else { throw .damaged("its checksums do not match") }
    guard verdicts.allSatisfy(\.1) else { throw .damaged("its index is damaged") }
  }

  /// Hashes a section read through a 1 MiB buffer and compares the checksum; `inspect`
  /// sees each piece in order and may give up early by returning false.
  private static func checksumMatches(
    _ entry: SavedIndexFormat.SectionEntry, in file: OpenFile,
    inspect: (UnsafeRawBufferPointer) -> Bool
  ) -> Bool {
    let length = Int(entry.length)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
    defer { buffer.deallocate() }
    var hash = ContentHash()
    var done = 0
    var inspecting = true
    while done < length {
      let piece = UnsafeMutableRawBufferPointer(
        rebasing: buffer[0..<min(buffer.count, length - done)])
      guard file.read(into: piece, at: Int(entry.offset) + done) == piece.count else {
        return false
      }
      hash.update(UnsafeRawBufferPointer(piece))
      if inspecting { inspecting = inspect(UnsafeRawBufferPointer(piece)) }
      done += piece.count
    }
    return hash.finalize() == entry.checksum
  }

  /// The bytes of a section, in place in the mapping.
  func bytes(of section: SavedIndexFormat.Section) -> UnsafeRawBufferPointer {
    let range = range(of: section)
    return mapping.slice(offset: range.lowerBound, count: range.count)
  }

  /// Lets go of the pages of sections that were read once and copied (see
  /// `MappedFile.release`).
  func releasePages(of sections: [SavedIndexFormat.Section]) {
    for section in sections {
      let range = range(of: section)
      mapping.release(offset: range.lowerBound, count: range.count)
    }
  }

  /// Where a section lies in the file.
  func range(of section: SavedIndexFormat.Section) -> Range<Int> {
    let entry = header.sections.first { $0.kind == section.rawValue }!
    return Int(entry.offset)..<Int(entry.offset + entry.length)
  }

  /// A section as a column of `Element`, in place in the mapping, or nil if its length is
  /// not a whole number of elements.
  func column<Element: BitwiseCopyable>(
    _ section: SavedIndexFormat.Section, of type: Element.Type
  ) -> Column<Element>? {
    let bytes = bytes(of: section)
    guard bytes.count % MemoryLayout<Element>.stride == 0 else { return nil }
    guard let base = bytes.baseAddress else { return Column() }
    // Sections start on 64-byte boundaries of a page-aligned mapping (checked at open).
    return Column(
      borrowing: UnsafeBufferPointer(
        start: base.assumingMemoryBound(to: Element.self),
        count: bytes.count / MemoryLayout<Element>.stride),
      owner: mapping)
  }
}
