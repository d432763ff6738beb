/// Reading packed postings: a whole list in order (`forEachPosting`), or a query's lists by
/// position with one decoded block per term (`PostingReader`).
extension PostingLists {
  /// The places in block `block` of `term`'s postings (whose list must overlap the block).
  @inline(__always)
  func places(block: Int, term range: Range<Int>) -> Range<Int> {
    let first = block << PostingBlockBounds.shift
    let values = PostingPacking.valueCount(block: block, total: postingCount)
    return (max(range.lowerBound, first) - first)..<(min(range.upperBound, first + values) - first)
  }

  /// The decoded postings of block `block` that belong to `term` (whose list must overlap
  /// the block), at their places in the block; returns the places written. Given `from`
  /// (a place after the term's first in the block, all before it decoded already), only
  /// those from there; given `to`, only those before it.
  @inline(__always)
  @discardableResult
  func decode(
    block: Int, term range: Range<Int>, ids: UnsafeMutablePointer<UInt32>,
    counts: UnsafeMutablePointer<UInt8>, from: Int? = nil, to: Int? = nil
  ) -> Range<Int> {
    let whole = places(block: block, term: range)
    let places = (from ?? whole.lowerBound)..<min(to ?? whole.upperBound, whole.upperBound)
    let header = blockHeaders[block]
    PostingPacking.decode(
      block: packed.raw.baseAddress! + PostingPacking.offset(header), header: header,
      valueCount: PostingPacking.valueCount(block: block, total: postingCount),
      firstID: blockFirstIDs[block], positions: places, ids: ids, counts: counts,
      previous: from.map { ids[$0 - 1] })
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
  /// Per query term: the block decoded in its slot, or -1, and the place in it up to which
  /// it is decoded (a block is decoded a piece at a time as far as it is read: a search for
  /// one article's postings in a common word's list reads a few of a block's 128).
  private let decodedBlocks: UnsafeMutableBufferPointer<Int>
  private let decodedEnds: UnsafeMutableBufferPointer<Int>
  private let ids: UnsafeMutableBufferPointer<UInt32>
  private let counts: UnsafeMutableBufferPointer<UInt8>

  init(lists: PostingLists, terms: [Int]) {
    self.lists = lists
    ranges = terms.map { lists.range(of: $0) }
    firstIDs = lists.blockFirstIDs.buffer
    decodedBlocks = .allocate(capacity: max(terms.count, 1))
    decodedBlocks.initialize(repeating: -1)
    decodedEnds = .allocate(capacity: max(terms.count, 1))
    decodedEnds.initialize(repeating: 0)
    ids = .allocate(capacity: max(terms.count, 1) << PostingBlockBounds.shift)
    counts = .allocate(capacity: max(terms.count, 1) << PostingBlockBounds.shift)
  }

  deinit {
    decodedBlocks.deallocate()
    decodedEnds.deallocate()
    ids.deallocate()
    counts.deallocate()
  }

  /// The positions of query term `number`'s postings.
  func range(_ number: Int) -> Range<Int> { ranges[number] }

  /// Values decoded at a time when a block is read a piece at a time.
  static let piece = 16

  /// Query term `number`'s block `block` (which must hold some of its postings), decoded
  /// at least up to place `place`: its ids and counts, each at its place in the block
  /// (`position & (size - 1)`).
  @inline(__always)
  func decoded(_ number: Int, block: Int, through place: Int = PostingBlockBounds.size - 1) -> (
    ids: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<UInt8>
  ) {
    let base = number << PostingBlockBounds.shift
    let blockIDs = ids.baseAddress! + base
    let blockCounts = counts.baseAddress! + base
    if decodedBlocks[number] != block || decodedEnds[number] <= place {
      decode(number, block: block, through: place, ids: blockIDs, counts: blockCounts)
    }
    return (blockIDs, blockCounts)
  }

  private func decode(
    _ number: Int, block: Int, through place: Int, ids: UnsafeMutablePointer<UInt32>,
    counts: UnsafeMutablePointer<UInt8>
  ) {
    let to = (place / Self.piece + 1) * Self.piece
    if decodedBlocks[number] != block {
      decodedBlocks[number] = block
      decodedEnds[number] =
        lists.decode(block: block, term: ranges[number], ids: ids, counts: counts, to: to)
        .upperBound
    } else {
      decodedEnds[number] =
        lists.decode(
          block: block, term: ranges[number], ids: ids, counts: counts,
          from: decodedEnds[number], to: to
        ).upperBound
    }
  }

  /// The sentence id at `position` of query term `number`'s postings.
  @inline(__always)
  func id(_ number: Int, at position: Int) -> UInt32 {
    let place = position & (PostingBlockBounds.size - 1)
    return decoded(number, block: position >> PostingBlockBounds.shift, through: place).ids[place]
  }

  @inline(__always)
  func count(_ number: Int, at position: Int) -> UInt8 {
    let place = position & (PostingBlockBounds.size - 1)
    return decoded(number, block: position >> PostingBlockBounds.shift, through: place).counts[
      place]
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
    // Inside the block, a piece decoded at a time as far as the scan goes: a piece whose
    // last id is below `id` is passed whole, and the scan reads the decoded ids directly.
    let blockStart = block << shift
    let stop = min((block + 1) << shift, end) - blockStart
    var place = position - blockStart
    while place < stop {
      let pieceEnd = min(stop, (place / Self.piece + 1) * Self.piece)
      let ids = decoded(number, block: block, through: pieceEnd - 1).ids
      if ids[pieceEnd - 1] < id {
        place = pieceEnd
        continue
      }
      while ids[place] < id { place += 1 }
      return blockStart + place
    }
    return blockStart + stop
  }

  /// The end of the piece of `number`'s block that holds `position` (the next place
  /// `decoded(_:block:through:)` would have to decode), within `limit`: a reader that reads
  /// postings in order asks for their block once per piece rather than once per posting.
  @inline(__always)
  func pieceEnd(from position: Int, limit: Int) -> Int {
    min(limit, (position / Self.piece + 1) * Self.piece)
  }
}
