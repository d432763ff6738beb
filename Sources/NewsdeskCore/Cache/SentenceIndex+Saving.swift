/// The index's columns as sections of a saved index, and back: written as they are in
/// memory, read back in place from the mapping, so a warm start copies nothing.
extension SentenceIndex {
  func write(to writer: SavedIndexWriter) {
    var terms = ByteWriter()
    terms.append(UInt32(vocabulary.count))
    for term in vocabulary.terms { terms.append(term) }
    terms.bytes.withUnsafeBytes { writer.appendSection(.vocabulary, $0) }
    writer.appendSection(.sentenceOffsets, sentencePostings.offsets.raw)
    writer.appendSection(.sentenceIDs, sentencePostings.ids.raw)
    writer.appendSection(.sentenceCounts, sentencePostings.counts.raw)
    writer.appendSection(.sentencePostingLengths, sentencePostings.lengths.raw)
    writer.appendSection(.articleFrequencies, articleFrequencies.raw)
    writer.appendSection(.sentenceLengths, sentenceLengths.raw)
    writer.appendSection(.articleFirstSentence, articleFirstSentence.raw)
    writer.appendSection(.articleLengths, articleLengths.raw)
  }

  /// The index saved in `file`, or nil if its sections do not fit together.
  init?(saved file: SavedIndexFile) {
    var reader = ByteReader(file.bytes(of: .vocabulary))
    guard let termCount = reader.uint32(), Int(termCount) <= file.file.size else {
      return nil
    }
    var terms: [String] = []
    terms.reserveCapacity(Int(termCount))
    for _ in 0..<termCount {
      guard let term = reader.string() else { return nil }
      terms.append(term)
    }
    guard let sentenceOffsets = file.column(.sentenceOffsets, of: UInt64.self),
      let sentenceIDs = file.column(.sentenceIDs, of: UInt32.self),
      let sentenceCounts = file.column(.sentenceCounts, of: UInt8.self),
      let postingLengths = file.column(.sentencePostingLengths, of: UInt16.self),
      let articleFrequencies = file.column(.articleFrequencies, of: UInt32.self),
      let sentenceLengths = file.column(.sentenceLengths, of: UInt16.self),
      let articleFirstSentence = file.column(.articleFirstSentence, of: UInt32.self),
      let articleLengths = file.column(.articleLengths, of: UInt32.self)
    else { return nil }
    self.init()
    vocabulary = Vocabulary(terms: terms)
    sentencePostings = PostingLists(
      offsets: sentenceOffsets, ids: sentenceIDs, counts: sentenceCounts, lengths: postingLengths)
    self.articleFrequencies = articleFrequencies
    self.sentenceLengths = sentenceLengths
    self.articleFirstSentence = articleFirstSentence
    self.articleLengths = articleLengths
    totalSentenceLength = sentenceLengths.buffer.reduce(0) { $0 + Int($1) }
    totalArticleLength = articleLengths.buffer.reduce(0) { $0 + Int($1) }
    guard isConsistent else { return nil }
  }

  /// Structural checks on a saved index, so that even a file that passed its checksums by
  /// accident cannot make a lookup go out of bounds: sizes agree, offsets rise and end inside
  /// the postings, articles start in order, and every posting names a sentence there is, in
  /// order (one pass over the ids, as the checksum already made). Statistics (frequencies,
  /// totals) are not recounted: wrong ones only change scores.
  private var isConsistent: Bool {
    let lists = sentencePostings
    guard lists.ids.count == lists.counts.count, lists.lengths.count == lists.ids.count,
      lists.offsets.count == vocabulary.count + 1 || (lists.offsets.isEmpty && lists.ids.isEmpty),
      articleFrequencies.count == lists.termCount,
      articleFirstSentence.count == articleLengths.count
    else { return false }
    var previous: UInt64 = 0
    for offset in lists.offsets.buffer {
      if offset < previous { return false }
      previous = offset
    }
    guard previous == UInt64(lists.ids.count) else { return false }
    var start: UInt32 = 0
    for first in articleFirstSentence.buffer {
      if first < start { return false }
      start = first
    }
    return Int(start) <= sentenceCount
      && lists.problems(idLimit: sentenceCount, name: "sentence").isEmpty
  }
}
