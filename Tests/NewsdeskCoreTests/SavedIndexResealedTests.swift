import Foundation
import Testing

@testable import NewsdeskCore

/// A saved index whose checksums were recomputed after a change (as SavedIndexFuzz does):
/// the checksums cannot catch it, so the reader's structural checks must, or whatever it
/// accepts must keep its invariants. Each case here was found by the fuzz target.
@Suite struct SavedIndexResealedTests {
  /// The saved index of a small corpus, its bytes, and the corpus key to open it with.
  struct Saved {
    let fixture: SavedIndexTests.Fixture
    let path: String
    var bytes: [UInt8]
    let header: SavedIndexFormat.Header

    init() throws {
      fixture = try SavedIndexTests.Fixture(articles: 6)
      _ = try fixture.load()
      path = fixture.savedPath
      bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      header = try bytes.withUnsafeBytes { try SavedIndexFormat.decode($0).header }
    }

    /// Where `section` lies in the file.
    func range(of section: SavedIndexFormat.Section) -> Range<Int> {
      let entry = header.sections.first { $0.kind == section.rawValue }!
      return Int(entry.offset)..<Int(entry.offset + entry.length)
    }

    /// Writes the bytes back with every checksum recomputed, and opens them.
    func resealedAndOpened() throws -> SavedCorpus? {
      var sections = header.sections
      for position in sections.indices {
        let entry = sections[position]
        sections[position].checksum = ContentHash.of(
          Array(bytes[Int(entry.offset)..<Int(entry.offset + entry.length)]))
      }
      var file = bytes
      let page = SavedIndexFormat.encode(
        .init(identity: header.identity, corpusKey: header.corpusKey, sections: sections))
      file.replaceSubrange(0..<page.count, with: page)
      try Data(file).write(to: URL(fileURLWithPath: path))
      return try? SavedCorpus.open(path: path, corpusKey: header.corpusKey)
    }
  }

  @Test func unchangedIndexIsAccepted() throws {
    let saved = try Saved()
    let corpus = try #require(try saved.resealedAndOpened())
    #expect(corpus.checkInvariants().isEmpty)
  }

  /// A sentence id past the last sentence would be read as an index into every per-sentence
  /// column when it is scored.
  @Test func postingBeyondTheLastSentenceIsRejected() throws {
    var saved = try Saved()
    let ids = saved.range(of: .sentenceBlockFirstIDs)
    saved.bytes.replaceSubrange(
      ids.lowerBound..<ids.lowerBound + 4, with: [0xFF, 0xFF, 0xFF, 0x7F])
    #expect(try saved.resealedAndOpened() == nil)
  }

  /// A sentence that starts past its article's end would be cut from the text of whatever
  /// follows it.
  @Test(arguments: [(0, Int32.max), (1, -1), (1, Int32.max), (2, -5)])
  func sentenceOutsideItsArticleIsRejected(field: Int, value: Int32) throws {
    var saved = try Saved()
    let at = saved.range(of: .locations).lowerBound + 4 * field
    withUnsafeBytes(of: value.littleEndian) { saved.bytes.replaceSubrange(at..<at + 4, with: $0) }
    #expect(try saved.resealedAndOpened() == nil)
  }

  /// A posting offset too large for an Int trapped when it was compared with the count.
  @Test func postingOffsetBeyondIntIsRejected() throws {
    var saved = try Saved()
    let end = saved.range(of: .sentenceOffsets).upperBound
    saved.bytes.replaceSubrange(end - 8..<end, with: [UInt8](repeating: 0xFF, count: 8))
    #expect(try saved.resealedAndOpened() == nil)
  }
}
