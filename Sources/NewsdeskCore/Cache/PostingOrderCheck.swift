/// Checks the sentence ids of a saved index as the checksum pass reads its packed postings:
/// each block is decoded as soon as its bytes have come in, and within each term's postings
/// (bounded by the offsets, already checked to rise, and the blocks' headers, already
/// checked to fit the bytes) the ids must rise and each name a sentence there is. A damaged
/// id would be used as an index into every per-sentence column when it is scored; checked
/// here, in the same pass as the checksum and through the same small buffer, the postings
/// never have to be brought into memory at start-up.
struct PostingOrderCheck: Sendable {
  private let lists: PostingLists
  private let idLimit: Int64
  /// The section's bytes received and not yet decoded, and where they start in it.
  private var pending: [UInt8] = []
  private var pendingStart = 0
  /// The next block to decode, the term it starts in, and that term's last id so far.
  private var block = 0
  private var term = 0
  private var previous: Int64 = -1
  private var sound = true

  init(lists: PostingLists, sentenceCount: Int) {
    self.lists = lists
    idLimit = Int64(sentenceCount)
  }

  /// Whether every block was decoded and every id was in order and in range.
  var isSound: Bool { sound && block == lists.blockCount }

  /// Takes the next piece of the packed postings; false once a problem is found.
  mutating func inspect(_ piece: UnsafeRawBufferPointer) -> Bool {
    guard sound else { return false }
    pending.append(contentsOf: piece)
    let size = PostingBlockBounds.size
    let total = lists.postingCount
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: size) { ids in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { counts in
        while sound, block < lists.blockCount {
          let header = lists.blockHeaders[block]
          let values = PostingPacking.valueCount(block: block, total: total)
          let start = PostingPacking.offset(header) - pendingStart
          let length = PostingPacking.byteCount(
            values: values, idWidth: PostingPacking.idWidth(header),
            countWidth: PostingPacking.countWidth(header))
          guard start + length + PostingPacking.padding <= pending.count else { break }
          pending.withUnsafeBytes { bytes in
            checkBlock(
              bytes.baseAddress! + start, header: header, values: values, ids: ids.baseAddress!,
              counts: counts.baseAddress!)
          }
          block += 1
        }
      }
    }
    // Keep only what the next block needs.
    if block < lists.blockCount {
      let next = PostingPacking.offset(lists.blockHeaders[block])
      pending.removeFirst(min(pending.count, next - pendingStart))
      pendingStart = next
    } else {
      pending.removeAll()
    }
    return sound
  }

  /// Decodes one block term by term and checks its ids.
  private mutating func checkBlock(
    _ bytes: UnsafeRawPointer, header: UInt64, values: Int, ids: UnsafeMutablePointer<UInt32>,
    counts: UnsafeMutablePointer<UInt8>
  ) {
    let first = block << PostingBlockBounds.shift
    let last = first + values
    while term < lists.termCount {
      let range = lists.range(of: term)
      if range.upperBound <= first {
        term += 1
        previous = -1
        continue
      }
      if range.lowerBound >= last { break }
      let places = (max(range.lowerBound, first) - first)..<(min(range.upperBound, last) - first)
      PostingPacking.decode(
        block: bytes, header: header, valueCount: values, firstID: lists.blockFirstIDs[block],
        positions: places, ids: ids, counts: counts)
      for place in places {
        let id = Int64(ids[place])
        guard id > previous, id < idLimit else {
          sound = false
          return
        }
        previous = id
      }
      guard range.upperBound <= last else { break }
      term += 1
      previous = -1
    }
  }
}
