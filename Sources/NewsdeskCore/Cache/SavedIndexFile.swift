import Foundation

/// A saved index opened for use: mapped read-only, its header, table and every section's
/// checksum verified before anything in it is believed.
///
/// Checksums are verified by reading the file, not through the mapping, so checking does
/// not make the whole index resident; queries later bring in only the pages they touch.
struct SavedIndexFile: Sendable {
  let file: MappedFile
  let header: SavedIndexFormat.Header

  /// Opens and verifies the index at `path`. `verify: false` is only for a file this
  /// process has just written.
  static func open(
    path: String, identity: UInt64, corpusKey: UInt64, verify: Bool = true
  ) throws(SavedIndexFormat.Problem) -> SavedIndexFile {
    let file: MappedFile
    do {
      file = try MappedFile(path: path)
    } catch {
      throw .damaged("cannot be read")
    }
    let (header, _) = try SavedIndexFormat.decode(file.bytes)
    guard header.identity == identity, header.corpusKey == corpusKey else { throw .otherVersion }
    var seen = Set<UInt32>()
    for entry in header.sections {
      guard entry.offset <= UInt64(file.bytes.count),
        entry.length <= UInt64(file.bytes.count) - entry.offset,
        entry.offset >= UInt64(SavedIndexFormat.headerSize), seen.insert(entry.kind).inserted
      else { throw .damaged("it is truncated or its table is damaged") }
    }
    for section in SavedIndexFormat.Section.allCases where !seen.contains(section.rawValue) {
      throw .damaged("the \(section) section is missing")
    }
    if verify { try verifyChecksums(path: path, sections: header.sections) }
    return SavedIndexFile(file: file, header: header)
  }

  private static func verifyChecksums(
    path: String, sections: [SavedIndexFormat.SectionEntry]
  ) throws(SavedIndexFormat.Problem) {
    let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .damaged("cannot be read") }
    defer { close(descriptor) }
    // Largest first, so the two cores finish together.
    let ordered = sections.sorted { $0.length > $1.length }
    let matches = Parallel.map(count: ordered.count, makeContext: { ReadBuffer() }) {
      reading, number -> Bool in
      let buffer = reading.bytes
      let entry = ordered[number]
      var hash = ContentHash()
      var done: UInt64 = 0
      while done < entry.length {
        let wanted = Int(min(UInt64(buffer.count), entry.length - done))
        let got = pread(descriptor, buffer.baseAddress, wanted, off_t(entry.offset + done))
        guard got > 0 else { return false }
        hash.update(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
        done += UInt64(got)
      }
      return hash.finalize() == entry.checksum
    }
    guard matches.allSatisfy({ $0 }) else { throw .damaged("its checksums do not match") }
  }

  /// The bytes of a section (present: `open` checked that every section is).
  func bytes(of section: SavedIndexFormat.Section) -> UnsafeRawBufferPointer {
    let entry = header.sections.first { $0.kind == section.rawValue }!
    return UnsafeRawBufferPointer(
      rebasing: file.bytes[Int(entry.offset)..<Int(entry.offset + entry.length)])
  }

  func range(of section: SavedIndexFormat.Section) -> Range<Int> {
    let entry = header.sections.first { $0.kind == section.rawValue }!
    return Int(entry.offset)..<Int(entry.offset + entry.length)
  }

  /// A section as a column of `Element`, in place, or nil if its length or alignment is
  /// wrong for the type.
  func column<Element: BitwiseCopyable>(
    _ section: SavedIndexFormat.Section, of type: Element.Type
  ) -> Column<Element>? {
    let range = range(of: section)
    guard range.count % MemoryLayout<Element>.stride == 0,
      let buffer = file.elements(
        type, at: range.lowerBound, count: range.count / MemoryLayout<Element>.stride)
    else { return nil }
    return Column(borrowing: buffer, owner: file)
  }
}

/// A worker's buffer for reading a file in pieces.
private final class ReadBuffer {
  let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 64)
  deinit { bytes.deallocate() }
}
