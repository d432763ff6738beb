/// Checks the sentence ids of a saved index as the checksum pass reads them: within each
/// term's postings (bounded by the offsets, already checked to rise and cover the ids) they
/// rise, and each names a sentence there is. A damaged id would be used as an index into
/// every per-sentence column when it is scored; checked here, in the same pass as the
/// checksum and through the same small buffer, the postings never have to be brought into
/// memory at start-up.
struct PostingOrderCheck: Sendable {
  private let offsets: Column<UInt64>
  private let idLimit: Int64
  /// How many ids have been seen, and the term they belong to.
  private var position = 0
  private var term = 0
  private var previous: Int64 = -1
  private(set) var isSound = true

  init(offsets: Column<UInt64>, sentenceCount: Int) {
    self.offsets = offsets
    idLimit = Int64(sentenceCount)
  }

  /// Takes the next piece of the ids section; false once a problem is found.
  mutating func inspect(_ piece: UnsafeRawBufferPointer) -> Bool {
    guard isSound else { return false }
    var end = termEnd
    for offset in stride(from: 0, to: piece.count - 3, by: 4) {
      while position == end {
        term += 1
        previous = -1
        end = termEnd
      }
      let id = Int64(
        UInt32(littleEndian: piece.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
      guard id > previous, id < idLimit else {
        isSound = false
        return false
      }
      previous = id
      position += 1
    }
    return true
  }

  /// Where the current term's postings end.
  private var termEnd: Int {
    term + 1 < offsets.count ? Int(offsets[term + 1]) : Int.max
  }
}
