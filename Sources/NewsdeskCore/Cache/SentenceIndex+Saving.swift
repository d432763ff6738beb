/// The index's columns as sections of a saved index, and back: written as they are in
/// memory, used in place from the mapping, so a warm start copies and decodes nothing.
extension SentenceIndex {
  func write(to writer: SavedIndexWriter) {
    // Columns made here are kept alive across the writes: `raw` is only a pointer into them.
    let terms = vocabulary.flatTable
    withExtendedLifetime(terms) {
      writer.appendSection(.vocabulary, terms.bytes.raw)
      writer.appendSection(.termEnds, terms.ends.raw)
      writer.appendSection(.termSlots, terms.slots.raw)
    }
    writer.appendSection(.sentenceOffsets, sentencePostings.offsets.raw)
    writer.appendSection(.sentencePacked, sentencePostings.packed.raw)
    writer.appendSection(.sentenceBlockHeaders, sentencePostings.blockHeaders.raw)
    writer.appendSection(.sentenceBlockFirstIDs, sentencePostings.blockFirstIDs.raw)
    writer.appendSection(.articleFrequencies, articleFrequencies.raw)
    writer.appendSection(.sentenceLengths, sentenceLengths.raw)
    writer.appendSection(.articleFirstSentence, articleFirstSentence.raw)
    writer.appendSection(.articleLengths, articleLengths.raw)
    // Always counted with the postings; recounted only for an index that somehow lacks them.
    let bounds =
      termBounds.count == sentencePostings.termCount
      ? termBounds : sentencePostings.termBounds(sentenceLengths: sentenceLengths.buffer)
    withExtendedLifetime(bounds) { writer.appendSection(.termBounds, bounds.raw) }
    let blocks =
      blockBounds.count == PostingBlockBounds.count(postings: sentencePostings.postingCount)
      ? blockBounds
      : PostingBlockBounds.build(lists: sentencePostings, sentenceLengths: sentenceLengths.buffer)
    withExtendedLifetime(blocks) { writer.appendSection(.blockBounds, blocks.raw) }
  }

  /// The index saved in `file`, its columns in place, or nil if its sections do not fit
  /// together. The sentence ids are not read here: `postingOrderCheck` checks them in the
  /// checksum pass.
  init?(saved file: SavedIndexFile) {
    guard let termBytes = file.column(.vocabulary, of: UInt8.self),
      let termEnds = file.column(.termEnds, of: UInt32.self),
      let termSlots = file.column(.termSlots, of: UInt32.self),
      let terms = FlatTermTable(bytes: termBytes, ends: termEnds, slots: termSlots),
      let sentenceOffsets = file.column(.sentenceOffsets, of: UInt64.self),
      let packed = file.column(.sentencePacked, of: UInt8.self),
      let blockHeaders = file.column(.sentenceBlockHeaders, of: UInt64.self),
      let blockFirstIDs = file.column(.sentenceBlockFirstIDs, of: UInt32.self),
      let articleFrequencies = file.column(.articleFrequencies, of: UInt32.self),
      let sentenceLengths = file.column(.sentenceLengths, of: UInt16.self),
      let articleFirstSentence = file.column(.articleFirstSentence, of: UInt32.self),
      let articleLengths = file.column(.articleLengths, of: UInt32.self),
      let termBounds = file.column(.termBounds, of: UInt32.self),
      let blockBounds = file.column(.blockBounds, of: UInt32.self)
    else { return nil }
    self.init()
    vocabulary = Vocabulary(flat: terms)
    sentencePostings = PostingLists(
      offsets: sentenceOffsets,
      packed: .init(headers: blockHeaders, firstIDs: blockFirstIDs, bytes: packed))
    self.articleFrequencies = articleFrequencies
    self.sentenceLengths = sentenceLengths
    self.articleFirstSentence = articleFirstSentence
    self.articleLengths = articleLengths
    self.termBounds = termBounds
    self.blockBounds = blockBounds
    totalSentenceLength = sentenceLengths.buffer.reduce(0) { $0 + Int($1) }
    totalArticleLength = articleLengths.buffer.reduce(0) { $0 + Int($1) }
    guard isConsistent else { return nil }
  }

  /// The check of the sentence ids that the checksum pass runs (see `SavedIndexFile.verify`).
  var postingOrderCheck: PostingOrderCheck {
    PostingOrderCheck(lists: sentencePostings, sentenceCount: sentenceCount)
  }

  /// Structural checks on a saved index, so that even a file that passed its checksums by
  /// accident cannot make a lookup go out of bounds: sizes agree, offsets rise and end inside
  /// the postings, the packed blocks fit their bytes, and articles start in order (the ids
  /// themselves: `postingOrderCheck`).
  /// Statistics (frequencies, totals, term bounds) are not recounted: the checksums guard
  /// them, and wrong ones could only change scores.
  private var isConsistent: Bool {
    let lists = sentencePostings
    guard
      lists.offsets.count == vocabulary.count + 1
        || (lists.offsets.isEmpty && lists.blockHeaders.isEmpty),
      articleFrequencies.count == lists.termCount, termBounds.count == lists.termCount,
      articleFirstSentence.count == articleLengths.count
    else { return false }
    var previous: UInt64 = 0
    for offset in lists.offsets.buffer {
      // Far above any real count, so that counting blocks from it cannot overflow.
      if offset < previous || offset > 1 << 56 { return false }
      previous = offset
    }
    guard PostingPacking.blocksAreSound(lists),
      blockBounds.count == PostingBlockBounds.count(postings: lists.postingCount)
    else { return false }
    var start: UInt32 = 0
    for first in articleFirstSentence.buffer {
      if first < start { return false }
      start = first
    }
    return Int(start) <= sentenceCount
  }
}
