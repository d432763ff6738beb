/// How posting lists are packed: per block of `PostingBlockBounds.size` positions of the flat
/// columns (the blocks the block-max bounds are kept for), the sentence ids delta-coded and
/// the counts less one, each at the fixed bit width of the block's largest value.
///
/// A posting took five bytes (a 32-bit id and a one-byte count). A common word's ids are
/// close together, so their gaps take a few bits, and almost every count is 1, so the
/// counts of most blocks take no bits at all: at 100,000 articles the postings take about a
/// third of the bytes. Fixed bit widths rather than variable bytes: a block is unpacked
/// with one shift and mask per value and no branch, and its size is known from its header.
///
/// Blocks are cut at fixed positions, so one may hold the end of one term's postings and
/// the start of the next's. A term's first posting is stored whole (it has no predecessor
/// in the term); the block's first is kept apart in `blockFirstIDs`, which also serves as
/// a skip list: a term's blocks after its first begin with its own ids, so a search for an
/// id decodes only the block that holds it.
///
/// Each block's header is its byte offset in the packed bytes (low 48 bits), the bit width
/// of its ids (next 8) and of its counts (top 8). The ids' bits come first, then the
/// counts', each run starting on a byte; the packed bytes end with `padding` zero bytes so
/// that every value can be read with one unaligned 8-byte load.
enum PostingPacking {
  static let padding = 8
  static let maximumIDWidth = 32
  static let maximumCountWidth = 8

  struct Packed {
    var headers: Column<UInt64>
    var firstIDs: Column<UInt32>
    var bytes: Column<UInt8>
  }

  static func header(offset: Int, idWidth: Int, countWidth: Int) -> UInt64 {
    UInt64(offset) | UInt64(idWidth) << 48 | UInt64(countWidth) << 56
  }

  @inline(__always)
  static func offset(_ header: UInt64) -> Int { Int(header & 0xFFFF_FFFF_FFFF) }
  @inline(__always)
  static func idWidth(_ header: UInt64) -> Int { Int((header >> 48) & 0xFF) }
  @inline(__always)
  static func countWidth(_ header: UInt64) -> Int { Int(header >> 56) }

  /// The bytes a block of `values` values takes at the given widths.
  @inline(__always)
  static func byteCount(values: Int, idWidth: Int, countWidth: Int) -> Int {
    (values * idWidth + 7) >> 3 + (values * countWidth + 7) >> 3
  }

  /// The values in block `block` of `total` postings.
  @inline(__always)
  static func valueCount(block: Int, total: Int) -> Int {
    min(PostingBlockBounds.size, total - block << PostingBlockBounds.shift)
  }

  static func width(of value: UInt32) -> Int { UInt32.bitWidth - value.leadingZeroBitCount }

  /// Packs raw columns: `ids` and `counts` in term order, `offsets` where each term starts.
  static func pack(
    offsets: UnsafeBufferPointer<UInt64>, ids: UnsafeBufferPointer<UInt32>,
    counts: UnsafeBufferPointer<UInt8>
  ) -> Packed {
    let total = ids.count
    let blockCount = PostingBlockBounds.count(postings: total)
    // Whether each position starts a term: its id is then stored whole.
    var starts = [Bool](repeating: false, count: total)
    for offset in offsets where Int(offset) < total { starts[Int(offset)] = true }
    var values = [UInt32](repeating: 0, count: PostingBlockBounds.size)
    var widths = [(id: Int, count: Int)]()
    widths.reserveCapacity(blockCount)
    var byteTotal = 0
    // First the widths and sizes, so that the bytes are allocated once.
    for block in 0..<blockCount {
      let first = block << PostingBlockBounds.shift
      let count = valueCount(block: block, total: total)
      var idBits: UInt32 = 0
      var countBits: UInt8 = 0
      for index in 0..<count {
        let position = first + index
        idBits |= delta(at: position, first: first, ids: ids, starts: starts)
        countBits |= max(counts[position], 1) - 1
      }
      let width = (id: width(of: idBits), count: width(of: UInt32(countBits)))
      widths.append(width)
      byteTotal += byteCount(values: count, idWidth: width.id, countWidth: width.count)
    }
    let headers = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: blockCount)
    let firstIDs = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: blockCount)
    let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: byteTotal + padding)
    bytes.initialize(repeating: 0)
    var offset = 0
    for block in 0..<blockCount {
      let first = block << PostingBlockBounds.shift
      let count = valueCount(block: block, total: total)
      let width = widths[block]
      headers[block] = header(offset: offset, idWidth: width.id, countWidth: width.count)
      firstIDs[block] = ids[first]
      for index in 0..<count {
        values[index] = delta(at: first + index, first: first, ids: ids, starts: starts)
      }
      offset = write(values[..<count], width: width.id, at: offset, into: bytes)
      for index in 0..<count { values[index] = UInt32(max(counts[first + index], 1) - 1) }
      offset = write(values[..<count], width: width.count, at: offset, into: bytes)
    }
    return Packed(
      headers: Column(adopting: headers), firstIDs: Column(adopting: firstIDs),
      bytes: Column(adopting: bytes))
  }

  /// What is stored for the id at `position`: nothing for a block's first (kept apart), the
  /// id itself for a term's first, else the gap from the one before less one (ids rise).
  @inline(__always)
  private static func delta(
    at position: Int, first: Int, ids: UnsafeBufferPointer<UInt32>, starts: [Bool]
  ) -> UInt32 {
    if position == first { return 0 }
    if starts[position] { return ids[position] }
    return ids[position] &- ids[position - 1] &- 1
  }

  /// Writes `values` at `width` bits each from byte `offset`; returns the next byte.
  private static func write(
    _ values: ArraySlice<UInt32>, width: Int, at offset: Int,
    into bytes: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    guard width > 0 else { return offset }
    var bit = 0
    for value in values {
      var remaining = UInt64(value)
      var at = bit
      var left = width
      while left > 0 {
        let byte = offset + at >> 3
        let shift = at & 7
        let taken = min(8 - shift, left)
        bytes[byte] |= UInt8(truncatingIfNeeded: (remaining & ((1 << taken) - 1)) << shift)
        remaining >>= taken
        at += taken
        left -= taken
      }
      bit += width
    }
    return offset + (bit + 7) >> 3
  }

  /// Decodes the postings at `positions` of a block (counted from the block's first; all
  /// inside one term's list; the first either the block's first or the term's first) into
  /// `ids` and `counts`, each at its place in the block; or, given `previous` (the id before
  /// the first), the ones after those already decoded. `block` points at the block's packed
  /// bytes, which hold `valueCount` values and are followed by at least `padding` readable
  /// bytes.
  @inline(__always)
  static func decode(
    block: UnsafeRawPointer, header: UInt64, valueCount: Int, firstID: UInt32,
    positions: Range<Int>, ids: UnsafeMutablePointer<UInt32>,
    counts: UnsafeMutablePointer<UInt8>, previous: UInt32? = nil
  ) {
    let start = positions.lowerBound
    let end = positions.upperBound
    guard start < end else { return }
    let idWidth = idWidth(header)
    let countWidth = countWidth(header)
    @inline(__always)
    func value(_ base: UnsafeRawPointer, bit: Int, mask: UInt64) -> UInt64 {
      let word = UInt64(
        littleEndian: base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
      return (word >> UInt64(bit & 7)) & mask
    }
    // The ids: one load, shift and mask each, the bit offset carried along.
    let idMask: UInt64 = (1 << UInt64(idWidth)) &- 1
    var bit = start &* idWidth
    let first = UInt32(truncatingIfNeeded: value(block, bit: bit, mask: idMask))
    var id =
      if let previous { previous &+ first &+ 1 } else { start == 0 ? firstID : first }
    ids[start] = id
    for index in (start + 1)..<end {
      bit &+= idWidth
      id = id &+ UInt32(truncatingIfNeeded: value(block, bit: bit, mask: idMask)) &+ 1
      ids[index] = id
    }
    // The counts: most blocks hold only ones, stored in no bits.
    if countWidth == 0 {
      (counts + start).update(repeating: 1, count: end - start)
      return
    }
    let countBytes = block + (valueCount &* idWidth &+ 7) >> 3
    let countMask: UInt64 = (1 << UInt64(countWidth)) &- 1
    bit = start &* countWidth
    for index in start..<end {
      counts[index] = UInt8(truncatingIfNeeded: value(countBytes, bit: bit, mask: countMask)) &+ 1
      bit &+= countWidth
    }
  }

  /// Whether the blocks' headers fit the postings and the packed bytes: one header and first
  /// id per block, widths in range, each block's bytes right after the last's, and the
  /// padding at the end. Checked before a saved index's postings are decoded, so that no
  /// read goes past the bytes.
  static func blocksAreSound(_ lists: PostingLists) -> Bool {
    let total = lists.postingCount
    let blockCount = PostingBlockBounds.count(postings: total)
    guard lists.blockHeaders.count == blockCount, lists.blockFirstIDs.count == blockCount
    else { return false }
    var expected = 0
    for block in 0..<blockCount {
      let header = lists.blockHeaders[block]
      let idWidth = idWidth(header)
      let countWidth = countWidth(header)
      guard offset(header) == expected, idWidth <= maximumIDWidth,
        countWidth <= maximumCountWidth
      else { return false }
      expected += byteCount(
        values: valueCount(block: block, total: total), idWidth: idWidth, countWidth: countWidth)
    }
    return lists.packed.count == expected + padding
  }
}
