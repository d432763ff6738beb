import Foundation

/// A saved index opened for use: its header and table checked, every section's checksum
/// verified, and every section but the text read into memory in the same pass, so nothing
/// in it is believed before it has been checked and nothing is read twice.
///
/// The text, the largest section, stays on disk: it is read an article at a time when a
/// sentence is shown (see `TextStore`).
struct SavedIndexFile: Sendable {
  let file: OpenFile
  let header: SavedIndexFormat.Header
  /// The sections read into memory, by kind (all but the text).
  private let sections: [UInt32: Column<UInt8>]

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
        entry.offset >= UInt64(SavedIndexFormat.headerSize), seen.insert(entry.kind).inserted
      else { throw .damaged("it is truncated or its table is damaged") }
    }
    for section in SavedIndexFormat.Section.allCases where !seen.contains(section.rawValue) {
      throw .damaged("the \(section) section is missing")
    }
    // Largest first, so the two cores finish together.
    let ordered = header.sections.sorted { $0.length > $1.length }
    let read = Parallel.map(count: ordered.count, makeContext: { () }) { _, number in
      Self.readAndVerify(ordered[number], from: file)
    }
    var sections: [UInt32: Column<UInt8>] = [:]
    for (entry, result) in zip(ordered, read) {
      guard let result else { throw .damaged("its checksums do not match") }
      if entry.kind != SavedIndexFormat.Section.text.rawValue { sections[entry.kind] = result }
    }
    return SavedIndexFile(file: file, header: header, sections: sections)
  }

  /// Reads a section, checking its checksum; the text section is only checked, in pieces.
  /// Nil if the bytes are short or do not match.
  private static func readAndVerify(
    _ entry: SavedIndexFormat.SectionEntry, from file: OpenFile
  ) -> Column<UInt8>? {
    let length = Int(entry.length)
    if entry.kind == SavedIndexFormat.Section.text.rawValue {
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
      defer { buffer.deallocate() }
      var hash = ContentHash()
      var done = 0
      while done < length {
        let piece = UnsafeMutableRawBufferPointer(
          rebasing: buffer[0..<min(buffer.count, length - done)])
        guard file.read(into: piece, at: Int(entry.offset) + done) == piece.count else {
          return nil
        }
        hash.update(UnsafeRawBufferPointer(piece))
        done += piece.count
      }
      return hash.finalize() == entry.checksum ? Column<UInt8>() : nil
    }
    return Column<UInt8>.reading(count: length) { bytes in
      file.read(into: bytes, at: Int(entry.offset)) == length
        && ContentHash.of(UnsafeRawBufferPointer(bytes)) == entry.checksum
    }
  }

  /// The bytes of a section read into memory.
  func bytes(of section: SavedIndexFormat.Section) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(
      sections[section.rawValue]?.buffer ?? UnsafeBufferPointer(start: nil, count: 0))
  }

  /// Where a section lies in the file.
  func range(of section: SavedIndexFormat.Section) -> Range<Int> {
    let entry = header.sections.first { $0.kind == section.rawValue }!
    return Int(entry.offset)..<Int(entry.offset + entry.length)
  }

  /// A section as a column of `Element`, sharing its memory, or nil if its length is not a
  /// whole number of elements.
  func column<Element: BitwiseCopyable>(
    _ section: SavedIndexFormat.Section, of type: Element.Type
  ) -> Column<Element>? {
    sections[section.rawValue]?.reinterpreted(as: type)
  }
}
