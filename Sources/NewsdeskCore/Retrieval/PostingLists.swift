/// Every term's postings, packed: term `t` owns positions `offsets[t]..<offsets[t + 1]` of
/// the flat columns (compressed sparse rows), its sentence ids rising, each with a count.
///
/// An archive has tens of millions of postings. One array per term, or a struct per posting,
/// costs a header or padding each; flat columns load from a saved index without copying
/// and are read front to back by a query. The ids and counts are packed per block of 128
/// positions (`PostingPacking`: delta-coded, fixed bit width per block), about a third of
/// the five bytes a posting took unpacked, and a query decodes only the blocks it reads
/// (`PostingReader`). A posting's sentence length is read from the index's table by
/// sentence (`SentenceIndex.sentenceLengths`, a few MiB that stay cached).
struct PostingLists: Sendable {
  /// `termCount + 1` entries, or none while the lists are empty.
  var offsets = Column<UInt64>()
  /// Per block of `PostingBlockBounds.size` positions: where its bytes start and its widths.
  var blockHeaders = Column<UInt64>()
  /// Per block: the id at its first position.
  var blockFirstIDs = Column<UInt32>()
  /// The blocks' packed bits, then `PostingPacking.padding` zero bytes.
  var packed = Column<UInt8>(Array(repeating: 0, count: PostingPacking.padding))

  init() {}

  init(offsets: Column<UInt64>, packed: PostingPacking.Packed) {
    self.offsets = offsets
    blockHeaders = packed.headers
    blockFirstIDs = packed.firstIDs
    self.packed = packed.bytes
  }

  /// Packs raw columns (each term's ids rising, counts at least 1).
  init(
    offsets: Column<UInt64>, ids: UnsafeBufferPointer<UInt32>, counts: UnsafeBufferPointer<UInt8>
  ) {
    self.init(
      offsets: offsets,
      packed: PostingPacking.pack(offsets: offsets.buffer, ids: ids, counts: counts))
  }

  /// Terms numbered beyond the lists (added to the vocabulary later) have no postings.
  var termCount: Int { max(0, offsets.count - 1) }
  var postingCount: Int { offsets.buffer.last.map { Int($0) } ?? 0 }
  var blockCount: Int { blockHeaders.count }

  @inline(__always)
  func range(of term: Int) -> Range<Int> {
    guard term >= 0, term + 1 < offsets.count else { return 0..<0 }
    return Int(offsets[term])..<Int(offsets[term + 1])
  }

  func frequency(of term: Int) -> Int { range(of: term).count }

  static func saturated(_ value: Int) -> UInt8 { UInt8(clamping: value) }

  /// Each term's highest count in a sentence and shortest sentence, packed as in
  /// `SentenceIndex.termBounds`.
  func termBounds(sentenceLengths: UnsafeBufferPointer<UInt16>) -> Column<UInt32> {
    Column.build(count: termCount) { bounds in
      for term in 0..<termCount {
        bounds[term] = bound(of: term, sentenceLengths: sentenceLengths)
      }
    }
  }

  /// The bound of a term's postings in two indexes together: the higher count, the shorter
  /// sentence (0 stands for no postings).
  static func widerBound(_ first: UInt32, _ second: UInt32) -> UInt32 {
    if first == 0 { return second }
    if second == 0 { return first }
    return max(first >> 16, second >> 16) << 16 | min(first & 0xFFFF, second & 0xFFFF)
  }

  /// One term's bound from its counts and the lengths of its sentences.
  func bound(of term: Int, sentenceLengths: UnsafeBufferPointer<UInt16>) -> UInt32 {
    guard !range(of: term).isEmpty else { return 0 }
    var highest: UInt8 = 0
    var shortest = UInt16.max
    forEachPosting(of: term) { _, id, count in
      highest = max(highest, count)
      shortest = min(shortest, sentenceLengths[Int(id)])
    }
    return UInt32(highest) << 16 | UInt32(shortest)
  }
}

/// The analysed sentences of a run of articles, sentence by sentence: each sentence's
/// distinct terms with their counts. The form analysis produces and inversion consumes.
struct ForwardPostings: Sendable {
  /// Where each sentence's pairs end in `terms` and `counts`.
  var sentenceEnds: [UInt32] = []
  var terms: [UInt32] = []
  var counts: [UInt8] = []

  var sentenceCount: Int { sentenceEnds.count }
}

extension PostingLists {
  /// Inverts analysed sentences, numbered from 0 in the order given, into posting lists,
  /// and counts each term's articles on the way (`firstSentences`: where each article
  /// starts). Each batch is released as soon as it has been read, so the forward and
  /// inverted forms of the whole archive are never held at once.
  static func inverting(
    _ batches: inout [ForwardPostings], termCount: Int, sentenceLengths: Column<UInt16>,
    firstSentences: Column<UInt32>
  ) -> (lists: PostingLists, articleFrequencies: Column<UInt32>) {
    var frequencies = [UInt64](repeating: 0, count: termCount + 1)
    for batch in batches {
      for term in batch.terms { frequencies[Int(term) + 1] &+= 1 }
    }
    for term in 0..<termCount { frequencies[term + 1] &+= frequencies[term] }
    let total = Int(frequencies[termCount])
    var cursor = frequencies
    let ids = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: total)
    let counts = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: total)
    var articleFrequencies = [UInt32](repeating: 0, count: termCount)
    var lastArticle = [Int32](repeating: -1, count: termCount)
    var articles = ArticleCursor(
      firstSentences: firstSentences.buffer, sentenceCount: sentenceLengths.count)
    var sentence: UInt32 = 0
    for number in batches.indices {
      let batch = batches[number]
      batches[number] = ForwardPostings()
      var pair = 0
      for end in batch.sentenceEnds {
        articles.move(to: Int(sentence))
        let article = Int32(articles.article)
        while pair < Int(end) {
          let term = Int(batch.terms[pair])
          let slot = Int(cursor[term])
          cursor[term] = UInt64(slot + 1)
          ids[slot] = sentence
          counts[slot] = batch.counts[pair]
          if lastArticle[term] != article {
            lastArticle[term] = article
            articleFrequencies[term] += 1
          }
          pair += 1
        }
        sentence += 1
      }
    }
    let lists = PostingLists(
      offsets: Column(frequencies), ids: UnsafeBufferPointer(ids),
      counts: UnsafeBufferPointer(counts))
    ids.deallocate()
    counts.deallocate()
    return (lists, Column(articleFrequencies))
  }

  /// For each term, the number of articles among its sentences. Sentence ids rise along a
  /// list, so an article cursor follows each list in one pass.
  func articleFrequencies(firstSentences: Column<UInt32>) -> Column<UInt32> {
    Column.build(count: termCount) { frequencies in
      for term in 0..<termCount {
        // The last article runs to the end of the ids, whatever that is.
        var cursor = ArticleCursor(firstSentences: firstSentences.buffer, sentenceCount: Int.max)
        var distinct: UInt32 = 0
        var previous = -1
        forEachPosting(of: term) { _, id, _ in
          cursor.move(to: Int(id))
          if cursor.article != previous {
            distinct += 1
            previous = cursor.article
          }
        }
        frequencies[term] = distinct
      }
    }
  }

  /// Problems with the structure, for `checkInvariants()`.
  func problems(idLimit: Int, name: String) -> [String] {
    var problems: [String] = []
    if !PostingPacking.blocksAreSound(self) {
      problems.append("\(name) blocks do not fit their bytes")
      return problems
    }
    for term in 0..<termCount {
      let range = range(of: term)
      guard range.lowerBound <= range.upperBound, range.upperBound <= postingCount else {
        problems.append("\(name) offsets out of order")
        break
      }
      var previous: Int64 = -1
      var sound = true
      forEachPosting(of: term) { _, id, count in
        if Int64(id) <= previous || Int64(id) >= idLimit || count == 0 { sound = false }
        previous = Int64(id)
      }
      if !sound {
        problems.append("\(name) postings out of order or beyond the last id")
        return problems
      }
    }
    return problems
  }
}
