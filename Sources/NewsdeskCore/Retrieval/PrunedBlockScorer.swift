/// Scores one block of whole articles for `SentenceIndex.prunedSearch`.
///
/// 1. The essential terms' postings in the block are read, a window of a few articles at a
///    time (see `scoreEssential`), leaving out windows where the query's words at their most
///    there (block-max bounds) cannot reach the threshold: partial sentence scores, whose
///    best per article bounds that article's sentence part, and partial article scores.
///    (Summed in any order: they are only ever bounds.)
/// 2. Each article they touched, in order, is bounded by those partials plus the most the
///    other terms could add (first for each sentence's own length, then for the shortest),
///    and skipped if the bound cannot reach the current threshold. While it can, the other
///    terms are read in that article one at a time, the likeliest to add most first, each
///    replacing its bound with what it really adds (MaxScore's probing).
/// 3. The articles left are scored exactly, every term in the query's order, their
///    postings found by galloping from where the last article's ended.
///
/// An article no essential term touches is never looked at: all its terms together cannot
/// reach the threshold (that is what made them non-essential).
struct PrunedBlockScorer {
  /// The query terms' postings, in the query's order, decoded a block at a time.
  let postings: PostingReader
  let firstSentences: UnsafeBufferPointer<UInt32>
  let sentenceLengths: UnsafeBufferPointer<UInt16>
  let sentenceCount: Int
  /// Per block of 128 postings, the highest count and shortest sentence (empty when the
  /// index has none: the terms' own bounds are used).
  let blockBounds: UnsafeBufferPointer<UInt32>
  let block: SentenceIndex.ScoringBlock

  init(index: SentenceIndex, postings: PostingReader, block: SentenceIndex.ScoringBlock) {
    self.postings = postings
    firstSentences = index.articleFirstSentence.buffer
    sentenceLengths = index.sentenceLengths.buffer
    sentenceCount = index.sentenceCount
    blockBounds =
      index.blockBounds.count
        == PostingBlockBounds.count(postings: index.sentencePostings.postingCount)
      ? index.blockBounds.buffer : UnsafeBufferPointer(start: nil, count: 0)
    self.block = block
  }

  func score(
    _ query: inout PrunedQuery, buffers: ScoringScratch.BlockBuffers,
    into best: inout TopK<ScoredSentence>
  ) {
    let base = block.sentences.lowerBound
    for number in query.cursors.indices {
      query.cursors[number] = postings.firstPosition(
        number, atLeast: UInt32(base), from: query.cursors[number], to: query.ends[number])
    }
    var passed = query.cursors
    let threshold = best.isFull ? best.elements.last?.score : nil
    let touchedCount = scoreEssential(
      &query, threshold: threshold, passed: &passed, buffers: buffers)
    let candidateCount = gatherCandidates(touchedCount, query: query, buffers: buffers)
    var probed = query.cursors
    var evaluated = query.cursors
    for candidate in buffers.candidates[..<candidateCount] {
      let article = block.articles.lowerBound + Int(candidate)
      var articlePart = buffers.articleScores[Int(candidate)]
      var top = buffers.articleBest[Int(candidate)]
      let reach = buffers.articleReach[Int(candidate)]
      buffers.articleScores[Int(candidate)] = 0
      buffers.articleBest[Int(candidate)] = 0
      buffers.articleReach[Int(candidate)] = 0
      while query.seededPosition < query.seeded.count, query.seeded[query.seededPosition] < article
      {
        query.seededPosition += 1
      }
      if query.seededPosition < query.seeded.count, query.seeded[query.seededPosition] == article {
        continue  // scored already, ahead of the pass
      }
      if let worst = best.isFull ? best.elements.last?.score : nil {
        // First by each sentence's own length: a typical sentence is far from the shortest.
        let k = query.nonEssentialCount
        let bySentence = max(reach, query.sentenceBoundBelow[k])
        if SentenceIndex.cannotReach(
          bySentence + query.weight * articlePart + query.articleBoundBelow[k], worst)
        {
          continue
        }
        // The other terms, likeliest to add most first, until the article cannot win.
        var rising = query.nonEssentialCount
        var reachable = true
        while true {
          let bound = top + query.weight * articlePart + query.boundBelow[rising]
          if SentenceIndex.cannotReach(bound, worst) {
            reachable = false
            break
          }
          if rising == 0 { break }
          rising -= 1
          let number = query.byBound[rising]
          let (sentencePart, articleTerm) = probe(
            number, article: article, query: query, cursors: &probed, buffers: buffers)
          top += sentencePart
          articlePart += articleTerm
        }
        if !reachable { continue }
      }
      scoreExactly(
        article: article, query: query, cursors: &evaluated, buffers: buffers, into: &best)
    }
    for number in query.cursors.indices {
      query.cursors[number] = max(passed[number], evaluated[number], probed[number])
    }
  }

  private func end(of article: Int) -> Int {
    article + 1 < firstSentences.count ? Int(firstSentences[article + 1]) : sentenceCount
  }

  /// Reads one term's postings in `article`: returns the most it adds to any of the
  /// article's sentences, and its exact part of the article score.
  private func probe(
    _ number: Int, article: Int, query: PrunedQuery, cursors: inout [Int],
    buffers: ScoringScratch.BlockBuffers
  ) -> (sentence: Double, article: Double) {
    let last = end(of: article)
    let idf = query.sentenceIDFs[number]
    let k1 = query.k1
    var position = postings.firstPosition(
      number, atLeast: firstSentences[article], from: cursors[number], to: query.ends[number])
    var frequencyInArticle = 0
    var most = 0.0
    let stop = query.ends[number]
    // A piece of the block at a time, read from the decoded values.
    reading: while position < stop {
      let pieceEnd = postings.pieceEnd(from: position, limit: stop)
      let blockStart = position & ~(PostingBlockBounds.size - 1)
      let (ids, counts) = postings.decoded(
        number, block: position >> PostingBlockBounds.shift, through: pieceEnd - 1 - blockStart)
      while position < pieceEnd {
        let sentence = Int(ids[position - blockStart])
        if sentence >= last { break reading }
        let count = counts[position - blockStart]
        frequencyInArticle += Int(count)
        most = max(
          most,
          BM25Term.score(
            idf: idf, frequency: Double(count), k1: k1,
            norm: buffers.sentenceNorms[Int(sentenceLengths[sentence])]))
        position += 1
      }
    }
    cursors[number] = position
    guard frequencyInArticle > 0 else { return (0, 0) }
    return (
      most,
      BM25Term.score(
        idf: query.articleIDFs[number], frequency: Double(frequencyInArticle), k1: k1,
        norm: buffers.articleNorms[article])
    )
  }

  /// Step 2's list: the articles (less the block's first) the essential terms touched, in
  /// order, each with its best partial sentence score; the sentence slots are cleared.
  private func gatherCandidates(
    _ touchedCount: Int, query: PrunedQuery, buffers: ScoringScratch.BlockBuffers
  ) -> Int {
    let base = block.sentences.lowerBound
    let lastLength = query.lengthBounds.count - 1
    var candidateCount = 0
    for slot in buffers.touched[..<touchedCount] {
      let article = Int(buffers.owners[Int(slot)])
      let partial = buffers.scores[Int(slot)]
      buffers.scores[Int(slot)] = 0
      if buffers.articleBest[article] == 0 {
        buffers.candidates[candidateCount] = UInt32(article)
        candidateCount += 1
      }
      buffers.articleBest[article] = max(buffers.articleBest[article], partial)
      let length = min(Int(sentenceLengths[base + Int(slot)]), lastLength)
      buffers.articleReach[article] = max(
        buffers.articleReach[article], partial + query.lengthBounds[length])
    }
    Self.putInOrder(buffers.candidates, count: candidateCount, below: block.articles.count)
    return candidateCount
  }

  /// Sorts the first `count` of `values`, distinct numbers below `limit` (a block's
  /// articles, a few thousand at most), through a bitmap: set a bit for each, read the bits
  /// back in order. A comparison sort of the candidates took a quarter of a search.
  static func putInOrder(_ values: UnsafeMutableBufferPointer<UInt32>, count: Int, below limit: Int)
  {
    let wordCount = (limit + 63) / 64
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(wordCount, 1)) { words in
      words.initialize(repeating: 0)
      for value in values[..<count] {
        words[Int(value) >> 6] |= 1 << UInt64(value & 63)
      }
      var position = 0
      for (index, word) in words[..<wordCount].enumerated() {
        var remaining = word
        while remaining != 0 {
          values[position] = UInt32(index << 6 + remaining.trailingZeroBitCount)
          position += 1
          remaining &= remaining - 1
        }
      }
    }
  }

  /// Step 3: one article scored as the exhaustive scorer scores it (the same arithmetic in
  /// the same order), its sentences offered to `best`.
  func scoreExactly(
    article: Int, query: PrunedQuery, cursors: inout [Int], buffers: ScoringScratch.BlockBuffers,
    into best: inout TopK<ScoredSentence>
  ) {
    let base = block.sentences.lowerBound
    let start = Int(firstSentences[article])
    let end = article + 1 < firstSentences.count ? Int(firstSentences[article + 1]) : sentenceCount
    let tableSize = ScoringScratch.onceTableSize
    let k1 = query.k1
    var touchedCount = 0
    var articleScore = 0.0
    for number in cursors.indices {
      let once = UnsafeBufferPointer(
        rebasing: buffers.onceTables[(number * tableSize)..<((number + 1) * tableSize)])
      let idf = query.sentenceIDFs[number]
      var position = postings.firstPosition(
        number, atLeast: UInt32(start), from: cursors[number], to: query.ends[number])
      var frequencyInArticle = 0
      let stop = query.ends[number]
      // A piece of the block at a time, read from the decoded values.
      reading: while position < stop {
        let pieceEnd = postings.pieceEnd(from: position, limit: stop)
        let blockStart = position & ~(PostingBlockBounds.size - 1)
        let (ids, counts) = postings.decoded(
          number, block: position >> PostingBlockBounds.shift, through: pieceEnd - 1 - blockStart)
        while position < pieceEnd {
          let sentence = Int(ids[position - blockStart])
          if sentence >= end { break reading }
          let count = counts[position - blockStart]
          let length = Int(sentenceLengths[sentence])
          frequencyInArticle += Int(count)
          let slot = sentence - base
          if buffers.scores[slot] == 0 {
            buffers.touched[touchedCount] = UInt32(slot)
            touchedCount += 1
          }
          buffers.scores[slot] += BM25Term.inSentence(
            count: count, length: length, once: once, idf: idf, k1: k1,
            norms: buffers.sentenceNorms)
          position += 1
        }
      }
      cursors[number] = position
      if frequencyInArticle > 0 {
        articleScore += BM25Term.score(
          idf: query.articleIDFs[number], frequency: Double(frequencyInArticle), k1: k1,
          norm: buffers.articleNorms[article])
      }
    }
    for slot in buffers.touched[..<touchedCount] {
      let sentenceScore = buffers.scores[Int(slot)]
      buffers.scores[Int(slot)] = 0
      let score = sentenceScore + query.weight * articleScore
      best.insert(
        ScoredSentence(
          sentence: base + Int(slot), score: score, sentenceScore: sentenceScore,
          articleScore: articleScore))
    }
  }
}
