import Foundation

/// Checksums of a section's pieces (`ChunkChecksums.size` bytes each, the last shorter), so
/// that a warm start can verify a large section a piece at a time, when the piece is first
/// read, instead of hashing all of it before the first answer.
///
/// The article text is most of a saved index (60 % at 100,000 articles) and a session reads
/// a few hundred articles of it; hashing the rest before the first question only delays it.
enum ChunkChecksums {
  /// 64 KiB: a few dozen articles, hashed in about 15 µs; 3,200 checksums (25 KiB) for the
  /// 200 MiB of text of 100,000 articles.
  static let shift = 16
  static let size = 1 << shift

  /// The number of pieces of a section of `length` bytes.
  static func count(length: Int) -> Int { (length + size - 1) >> shift }
}

/// Hashes bytes appended in order into one checksum per piece (`ChunkChecksums.size`).
struct ChunkedHash {
  private(set) var checksums: [UInt64] = []
  private var current = ContentHash()
  private var filled = 0

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
      let take = min(ChunkChecksums.size - filled, bytes.count - offset)
      current.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + take)]))
      filled += take
      offset += take
      if filled == ChunkChecksums.size {
        checksums.append(current.finalize())
        current = ContentHash()
        filled = 0
      }
    }
  }

  /// The checksums, the last (shorter) piece's included.
  func finalize() -> [UInt64] {
    filled > 0 ? checksums + [current.finalize()] : checksums
  }
}

/// Verifies a section of a saved index piece by piece, each piece when it is first read
/// (`verify(_:)`), or all that are left at once (`verifyRest`), and remembers the pieces
/// verified and whether any failed. Shared by the reading threads and the background pass:
/// a piece verified by one is not hashed again by the other.
final class ChunkVerifier: TextVerifying, @unchecked Sendable {
  // Unchecked: `verified` and `failed` are only touched while holding `lock`; the rest is
  // written at construction.
  private let file: OpenFile
  private let sectionOffset: Int
  private let length: Int
  private let checksums: Column<UInt64>
  private let lock = NSLock()
  private var verified: [Bool]
  private var failed = false

  /// A verifier for `section` of `file`, whose piece checksums are the section `chunks`;
  /// nil when their count does not fit the section's length. The checksums themselves are
  /// trusted only once `chunks` has passed its own checksum (`SavedIndexFile.verify`).
  init?(
    file: SavedIndexFile, section: SavedIndexFormat.Section,
    chunks: SavedIndexFormat.Section
  ) {
    guard let checksums = file.column(chunks, of: UInt64.self) else { return nil }
    let range = file.range(of: section)
    guard checksums.count == ChunkChecksums.count(length: range.count) else { return nil }
    self.file = file.file
    sectionOffset = range.lowerBound
    length = range.count
    self.checksums = checksums
    verified = [Bool](repeating: false, count: checksums.count)
  }

  /// Whether a piece failed its checksum: the saved index is damaged.
  var isDamaged: Bool {
    lock.lock()
    defer { lock.unlock() }
    return failed
  }

  /// Whether every piece has been verified (and none failed).
  var isComplete: Bool {
    lock.lock()
    defer { lock.unlock() }
    return !failed && !verified.contains(false)
  }

  /// Takes every piece as verified: the whole section's checksum has just matched.
  func markAllVerified() {
    lock.lock()
    verified = [Bool](repeating: true, count: verified.count)
    lock.unlock()
  }

  /// Whether the bytes at `range` of the section (clamped to it) are sound: the pieces it
  /// touches that are not yet verified are read and hashed now. Once a piece has failed,
  /// nothing of the section is believed.
  func verify(_ range: Range<Int>) -> Bool {
    let lower = min(max(0, range.lowerBound), length)
    let upper = min(max(lower, range.upperBound), length)
    guard lower < upper else { return !isDamaged }
    return verify(pieces: (lower >> ChunkChecksums.shift)...((upper - 1) >> ChunkChecksums.shift))
  }

  /// Verifies every piece not yet verified, stopping at the first that fails; whether all
  /// are sound.
  func verifyRest() -> Bool {
    verify(pieces: 0..<checksums.count)
  }

  /// Hashes the given pieces not yet verified, stopping at the first that fails.
  private func verify(pieces: some Sequence<Int>) -> Bool {
    for piece in pieces {
      lock.lock()
      let known = verified[piece]
      let damaged = failed
      lock.unlock()
      if damaged { return false }
      if !known, !check(piece) { return false }
    }
    return !isDamaged
  }

  /// Reads and hashes one piece, and records what it found.
  private func check(_ piece: Int) -> Bool {
    let start = piece << ChunkChecksums.shift
    let count = min(ChunkChecksums.size, length - start)
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 64)
    defer { buffer.deallocate() }
    let sound =
      file.read(into: buffer, at: sectionOffset + start) == count
      && ContentHash.of(UnsafeRawBufferPointer(buffer)) == checksums[piece]
    lock.lock()
    if sound { verified[piece] = true } else { failed = true }
    lock.unlock()
    return sound
  }
}
