/// Step 1 of `PrunedBlockScorer`: the essential terms' postings, window by window.
///
/// A window is a run of whole articles of about `windowSize` sentences, opened at the first
/// essential posting not yet passed (so stretches without one cost nothing). Before its
/// postings are read, the window is bounded: each essential term that occurs in it adds at
/// most what its postings' blocks allow (`PostingBlockBounds`) plus its article part, a term
/// absent from it adds nothing, and the other terms add their whole bounds. When that cannot
/// reach the threshold, no sentence of the window's articles can enter the top, and the
/// window's postings are passed over unread. Windows hold whole articles, so an article's
/// partial scores are either complete (every essential posting read) or never started.
///
/// Bounding a window costs a search in each essential term's postings. On questions of
/// middling words that cost bought nothing (BM25's share of a word saturates in a short
/// sentence, so a block's bound is rarely far below the word's own), so a query stops
/// bounding once it has bounded `windowTrial` windows and passed over fewer than one in
/// `windowYield`: the rest of its blocks are read as one window each, as before block-max.
extension PrunedBlockScorer {
  /// Sentences per window: a few articles, so that a window often holds one essential word
  /// alone, yet few enough windows that bounding them costs little beside reading them.
  static let windowSize = 64
  static let windowTrial = 256
  static let windowYield = 16

  /// Reads the essential terms' postings in the block, leaving out windows that cannot
  /// reach `threshold` (nil while the top is not full); returns how many sentence slots
  /// they touched (listed in `buffers.touched`, their owners in `buffers.owners`).
  func scoreEssential(
    _ query: inout PrunedQuery, threshold: Double?, passed: inout [Int],
    buffers: ScoringScratch.BlockBuffers
  ) -> Int {
    let blockEnd = block.sentences.upperBound
    let essential = query.essential.indices.filter { query.essential[$0] }
    let others = query.boundBelow[query.nonEssentialCount]
    var windowEnds = [Int](repeating: 0, count: query.cursors.count)
    var windows = ArticleCursor(
      firstSentences: firstSentences, sentenceCount: sentenceCount,
      startingAt: block.articles.lowerBound)
    var touchedCount = 0
    while true {
      var next = blockEnd
      for number in essential where passed[number] < query.ends[number] {
        next = min(next, Int(postings.id(number, at: passed[number])))
      }
      if next >= blockEnd { break }
      windows.move(to: next)
      let opening = windows.article
      let start = Int(firstSentences[opening])
      let bounding = threshold != nil && query.boundsWindows
      windows.move(to: bounding ? min(start + Self.windowSize, blockEnd) - 1 : blockEnd - 1)
      let end = windows.end
      var reach = others
      for number in essential {
        let stop = postings.firstPosition(
          number, atLeast: UInt32(end), from: passed[number], to: query.ends[number])
        windowEnds[number] = stop
        if bounding, stop > passed[number] {
          reach += windowBound(number, positions: passed[number]..<stop, query: query, buffers)
        }
      }
      if bounding, let threshold {
        query.windowsBounded += 1
        if SentenceIndex.cannotReach(reach, threshold) {
          query.windowsPassed += 1
          for number in essential { passed[number] = windowEnds[number] }
          continue
        }
      }
      for number in essential {
        read(
          number, positions: passed[number]..<windowEnds[number], from: opening,
          query: query, touchedCount: &touchedCount, buffers: buffers)
        passed[number] = windowEnds[number]
      }
    }
    // Any essential posting past the block is left for the next one.
    return touchedCount
  }

  /// The most term `number` adds to any sentence of a window where it has `positions`:
  /// its postings' blocks' bound, or its own over the whole list if that is lower (a block
  /// at the edge of two terms' postings bounds both), plus its article part.
  @inline(__always)
  private func windowBound(
    _ number: Int, positions: Range<Int>, query: PrunedQuery,
    _ buffers: ScoringScratch.BlockBuffers
  ) -> Double {
    var sentencePart = query.sentenceBounds[number]
    if !blockBounds.isEmpty {
      let packed = PostingBlockBounds.bound(of: positions, in: blockBounds)
      sentencePart = min(
        sentencePart,
        BM25Term.score(
          idf: query.sentenceIDFs[number], frequency: Double(packed >> 16), k1: query.k1,
          norm: buffers.sentenceNorms[Int(packed & 0xFFFF)]))
    }
    return sentencePart + query.articleBounds[number]
  }

  /// Adds term `number`'s postings at `positions` (whole articles of the block) to the
  /// partial sentence and article scores.
  @inline(__always)
  private func read(
    _ number: Int, positions: Range<Int>, from firstArticleOfWindow: Int, query: PrunedQuery,
    touchedCount: inout Int, buffers: ScoringScratch.BlockBuffers
  ) {
    guard !positions.isEmpty else { return }
    let base = block.sentences.lowerBound
    let firstArticle = block.articles.lowerBound
    let tableSize = ScoringScratch.onceTableSize
    let k1 = query.k1
    let idf = query.sentenceIDFs[number]
    let articleIDF = query.articleIDFs[number]
    let once = UnsafeBufferPointer(
      rebasing: buffers.onceTables[(number * tableSize)..<((number + 1) * tableSize)])
    var cursor = ArticleCursor(
      firstSentences: firstSentences, sentenceCount: sentenceCount,
      startingAt: firstArticleOfWindow)
    cursor.move(to: Int(postings.id(number, at: positions.lowerBound)))
    var article = cursor.article
    var frequencyInArticle = 0
    // Each posting's sentence length, gathered a block at a time before the block is scored:
    // the table is read at scattered places (3 MiB at 100,000 articles) and the scoring loop,
    // branching on each length, waited for one miss after another; loads with nothing
    // depending on them between are overlapped by the processor.
    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: PostingBlockBounds.size) { lengths in
      // Block by block of the packed postings, each decoded once, then read as plain arrays.
      var position = positions.lowerBound
      while position < positions.upperBound {
        let block = position >> PostingBlockBounds.shift
        let blockStart = block << PostingBlockBounds.shift
        let (ids, counts) = postings.decoded(number, block: block)
        let stop = min(positions.upperBound, blockStart + PostingBlockBounds.size)
        for place in (position - blockStart)..<(stop - blockStart) {
          lengths[place] = sentenceLengths[Int(ids[place])]
        }
        for place in (position - blockStart)..<(stop - blockStart) {
          let sentence = Int(ids[place])
          if sentence >= cursor.end {
            buffers.articleScores[article - firstArticle] += BM25Term.score(
              idf: articleIDF, frequency: Double(frequencyInArticle), k1: k1,
              norm: buffers.articleNorms[article])
            cursor.move(to: sentence)
            article = cursor.article
            frequencyInArticle = 0
          }
          let count = counts[place]
          frequencyInArticle += Int(count)
          let slot = sentence - base
          if buffers.scores[slot] == 0 {
            buffers.touched[touchedCount] = UInt32(slot)
            buffers.owners[slot] = UInt32(article - firstArticle)
            touchedCount += 1
          }
          buffers.scores[slot] += BM25Term.inSentence(
            count: count, length: Int(lengths[place]), once: once, idf: idf, k1: k1,
            norms: buffers.sentenceNorms)
        }
        position = stop
      }
    }
    buffers.articleScores[article - firstArticle] += BM25Term.score(
      idf: articleIDF, frequency: Double(frequencyInArticle), k1: k1,
      norm: buffers.articleNorms[article])
  }
}
