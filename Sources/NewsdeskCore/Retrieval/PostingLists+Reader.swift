/// Reading packed postings: a whole list in order (`forEachPosting`), or a query's lists by
/// position with one decoded block per term (`PostingReader`).
extension PostingLists {
  /// The decoded postings of block `block` that belong to `term` (whose list must overlap
  /// the block), at their places in the block; returns the places written.
  @inline(__always)
  func decode(
    block: Int, term range: Range<Int>, ids: UnsafeMutablePointer<UInt32>,
    counts: UnsafeMutablePointer<UInt8>
  ) -> Range<Int> {
    let first = block << PostingBlockBounds.shift
    let values = PostingPacking.valueCount(block: block, total: postingCount)
    let places =
      (max(range.lowerBound, first) - first)..<(min(range.upperBound, first + values) - first)
    let header = blockHeaders[block]
    PostingPacking.decode(
      block: packed.raw.baseAddress! + PostingPacking.offset(header), header: header,
      valueCount: values, firstID: blockFirstIDs[block], positions: places, ids: ids,
      counts: counts)
    return places
  }

  /// Calls `body` with each posting of `term` in order: its position, id and count.
  func forEachPosting(of term: Int, _ body: (Int, UInt32, UInt8) throws -> Void) rethrows {
    let range = range(of: term)
    guard !range.isEmpty else { return }
    let size = PostingBlockBounds.size
    try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: size) { ids in
      try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { counts in
        for block
          in (range.lowerBound >> PostingBlockBounds.shift)...((range.upperBound - 1)
          >> PostingBlockBounds.shift)
        {
          let places = decode(
            block: block, term: range, ids: ids.baseAddress!, counts: counts.baseAddress!)
          let first = block << PostingBlockBounds.shift
          for place in places { try body(first + place, ids[place], counts[place]) }
        }
      }
    }
  }

  /// Every posting of every term, in position order.
  func forEachPosting(_ body: (Int, UInt32, UInt8) throws -> Void) rethrows {
    for term in 0..<termCount { try forEachPosting(of: term, body) }
  }

  /// The id and count at one position (a search for its term and a block decoded: for
  /// tests and checks, not for scoring).
  func posting(at position: Int) -> (id: UInt32, count: UInt8) {
    // The last term starting at or before `position` (empty terms share its offset).
    var low = 0
    var high = termCount
    while low < high {
      let middle = (low + high) / 2
      if Int(offsets[middle + 1]) <= position { low = middle + 1 } else { high = middle }
    }
    let size = PostingBlockBounds.size
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: size) { ids in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: size) { counts in
        let block = position >> PostingBlockBounds.shift
        _ = decode(
          block: block, term: range(of: low), ids: ids.baseAddress!, counts: counts.baseAddress!)
        let place = position & (size - 1)
        return (ids[place], counts[place])
      }
    }
  }

  /// All ids of `term`, decoded (for tests).
  func ids(of term: Int) -> [UInt32] {
    var ids: [UInt32] = []
    forEachPosting(of: term) { _, id, _ in ids.append(id) }
    return ids
  }
}

/// The postings of a query's terms, read by position: each term keeps one block decoded, so
/// reading a list front to back decodes each of its blocks once, and a block a search
/// passes over is never decoded. One per query, on one thread.
final class PostingReader {
  private let lists: PostingLists
  private let ranges: [Range<Int>]
  private let firstIDs: UnsafeBufferPointer<UInt32>
  /// Per query term: the block decoded in its slot, or -1.
  private let decodedBlocks: UnsafeMutableBufferPointer<Int>
  private let ids: UnsafeMutableBufferPointer<UInt32>
  private let counts: UnsafeMutableBufferPointer<UInt8>

  init(lists: PostingLists, terms: [Int]) {
    self.lists = lists
    ranges = terms.map { lists.range(of: $0) }
    firstIDs = lists.blockFirstIDs.buffer
    decodedBlocks = .allocate(capacity: max(terms.count, 1))
    decodedBlocks.initialize(repeating: -1)
    ids = .allocate(capacity: max(terms.count, 1) << PostingBlockBounds.shift)
    counts = .allocate(capacity: max(terms.count, 1) << PostingBlockBounds.shift)
  }

  deinit {
    decodedBlocks.deallocate()
    ids.deallocate()
    counts.deallocate()
  }

  /// The positions of query term `number`'s postings.
  func range(_ number: Int) -> Range<Int> { ranges[number] }

  /// Query term `number`'s decoded block `block` (which must hold some of its postings):
  /// its ids and counts, each at its place in the block (`position & (size - 1)`).
  @inline(__always)
  func decoded(_ number: Int, block: Int) -> (
    ids: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<UInt8>
  ) {
    let base = number << PostingBlockBounds.shift
    let blockIDs = ids.baseAddress! + base
    let blockCounts = counts.baseAddress! + base
    if decodedBlocks[number] != block {
      _ = lists.decode(block: block, term: ranges[number], ids: blockIDs, counts: blockCounts)
      decodedBlocks[number] = block
    }
    return (blockIDs, blockCounts)
  }

  /// The sentence id at `position` of query term `number`'s postings.
  @inline(__always)
  func id(_ number: Int, at position: Int) -> UInt32 {
    decoded(number, block: position >> PostingBlockBounds.shift).ids[
      position & (PostingBlockBounds.size - 1)]
  }

  @inline(__always)
  func count(_ number: Int, at position: Int) -> UInt8 {
    decoded(number, block: position >> PostingBlockBounds.shift).counts[
      position & (PostingBlockBounds.size - 1)]
  }

  /// The first position in `start..<end` (inside query term `number`'s postings) whose id
  /// is at least `id`, or `end`. Whole blocks are passed by their first ids, so only the
  /// block holding the answer is decoded.
  func firstPosition(_ number: Int, atLeast id: UInt32, from start: Int, to end: Int) -> Int {
    guard start < end else { return start }
    let shift = PostingBlockBounds.shift
    var block = start >> shift
    let lastBlock = (end - 1) >> shift
    var position = start
    if block < lastBlock, firstIDs[block + 1] <= id {
      // Gallop over the blocks after this one (each begins with this term's id), then
      // halve: the last whose first id is at most `id` holds the answer, or ends before it.
      var low = block + 1
      var step = 1
      while low + step <= lastBlock, firstIDs[low + step] <= id {
        low += step
        step &*= 2
      }
      var high = min(low + step, lastBlock + 1)  // first id above `id`, or past the last
      while high - low > 1 {
        let middle = (low + high) / 2
        if firstIDs[middle] <= id { low = middle } else { high = middle }
      }
      block = low
      position = block << shift
    }
    // Halve inside the block: its ids rise.
    let blockStart = block << shift
    let ids = decoded(number, block: block).ids
    var low = position - blockStart
    var high = min((block + 1) << shift, end) - blockStart
    while low < high {
      let middle = (low + high) >> 1
      if ids[middle] < id { low = middle + 1 } else { high = middle }
    }
    return blockStart + low
  }
}
