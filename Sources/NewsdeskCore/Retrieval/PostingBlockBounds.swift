/// Block-max bounds: the postings cut into blocks of `PostingBlockBounds.size` positions,
/// and for each block the highest count and the shortest sentence among its postings,
/// packed as `SentenceIndex.termBounds` packs a whole term's (count in the high 16 bits,
/// length in the low 16).
///
/// A term's bound over its whole list is set by its single best posting: a common word
/// that once stands twice in a two-word headline is bounded as if every sentence were that
/// one. The bound of the few blocks that cover a stretch of sentences is usually much
/// lower, so pruned scoring can pass over stretches where the query's words, at their
/// most there, could not reach the top (block-max pruning, Ding and Suel 2011; what
/// Lucene and tantivy keep per block of 128 postings).
///
/// Blocks are cut at fixed positions of the flat columns, not per term: a block at the
/// edge of two terms' postings bounds both, which only loosens it, and a term's blocks are
/// found by arithmetic (`position / size`) without a table of where each term's start.
/// Four bytes per 128 postings: 0.6 MiB at 100,000 articles.
enum PostingBlockBounds {
  static let size = 128
  static let shift = 7

  static func count(postings: Int) -> Int { (postings + size - 1) / size }

  /// The bounds of every block of `lists`.
  static func build(
    lists: PostingLists, sentenceLengths: UnsafeBufferPointer<UInt16>
  ) -> Column<UInt32> {
    Column.build(count: count(postings: lists.postingCount)) { bounds in
      bounds.initialize(repeating: 0xFFFF)
      lists.forEachPosting { position, id, count in
        let block = position >> shift
        let packed = bounds[block]
        bounds[block] =
          max(packed >> 16, UInt32(count)) << 16
          | min(packed & 0xFFFF, UInt32(sentenceLengths[Int(id)]))
      }
    }
  }

  /// The widest bound of the blocks holding `positions` (not empty): the highest count and
  /// the shortest length among them.
  @inline(__always)
  static func bound(of positions: Range<Int>, in bounds: UnsafeBufferPointer<UInt32>) -> UInt32 {
    var highest: UInt32 = 0
    var shortest: UInt32 = 0xFFFF
    for block in (positions.lowerBound >> shift)...((positions.upperBound - 1) >> shift) {
      let packed = bounds[block]
      highest = max(highest, packed >> 16)
      shortest = min(shortest, packed & 0xFFFF)
    }
    return highest << 16 | shortest
  }
}
