/// Pruned scoring: MaxScore (Turtle and Flood, 1995; what Lucene and tantivy do), with the
/// article component folded in.
///
/// No query term can add more to a sentence's score than `(k1 + 1)` times its sentence IDF,
/// plus the article weight times `(k1 + 1)` times its article IDF (BM25's term-frequency
/// part approaches `k1 + 1` and never reaches it). Once the best `limit` sentences found so
/// far all score above what the commonest terms could add together, a sentence holding only
/// those terms, in an article holding only those terms, cannot enter the top: the common
/// terms are read only inside the articles where a rarer ("essential") term occurs, and only
/// for those whose best possible sentence could still enter. Each such article is then scored
/// exactly as the exhaustive scorer scores it, term by term in the same order, so the scores
/// and the ranking are the exhaustive ones bit for bit.
extension SentenceIndex {
  func prunedSearch(
    _ plan: SearchPlan, limit: Int, parameters: ScoringParameters
  ) -> [ScoredSentence] {
    prunedSearchCountingWindows(plan, limit: limit, parameters: parameters).sentences
  }

  /// `prunedSearch`, with how many windows of the essential pass it bounded and passed over
  /// unread (for tests: that block-max pruning happens, and changes nothing).
  func prunedSearchCountingWindows(
    _ plan: SearchPlan, limit: Int, parameters: ScoringParameters
  ) -> (sentences: [ScoredSentence], windowsBounded: Int, windowsPassed: Int) {
    let query = plan.query
    let lists = sentencePostings
    let articleIDFs = articleIDFs(of: query)
    let sentenceIDFs = query.map { term in
      Self.idf(documents: sentenceCount, containing: lists.range(of: term.term).count)
        * term.weight
    }
    return scratch.withScratch { scratch in
      prepareNorms(parameters, in: &scratch)
      prepareOnceTables(query, parameters: parameters, in: &scratch)
      let highest = query.map { highestCount(of: $0.term) }
      let sentenceBounds = query.indices.map { number in
        let frequency = highest[number].count
        return sentenceIDFs[number] * frequency * (parameters.k1 + 1)
          / (frequency + scratch.sentenceNorms[highest[number].shortest])
      }
      let articleBounds = query.indices.map { number in
        parameters.articleWeight * articleIDFs[number] * (parameters.k1 + 1)
      }
      let bounds = query.indices.map { sentenceBounds[$0] + articleBounds[$0] }
      // The terms in the order they stop being essential as the threshold rises.
      let byBound = query.indices.sorted { bounds[$0] < bounds[$1] }
      var best = TopK<ScoredSentence>(limit: limit)
      let postings = PostingReader(lists: lists, terms: query.map(\.term))
      var state = PrunedQuery(
        sentenceIDFs: sentenceIDFs, articleIDFs: articleIDFs,
        ends: query.map { lists.range(of: $0.term).upperBound },
        cursors: query.map { lists.range(of: $0.term).lowerBound },
        essential: Array(repeating: true, count: query.count), k1: parameters.k1,
        weight: parameters.articleWeight)
      state.sentenceBounds = sentenceBounds
      state.articleBounds = articleBounds
      state.seeded = seedArticles(
        plan, state: state, postings: postings, scratch: &scratch, into: &best)
      var below = 0.0
      state.boundBelow =
        [0]
        + byBound.map { number in
          below += bounds[number]
          return below
        }
      state.byBound = byBound
      below = 0
      state.sentenceBoundBelow =
        [0]
        + byBound.map { number in
          below += sentenceBounds[number]
          return below
        }
      below = 0
      state.articleBoundBelow =
        [0]
        + byBound.map { number in
          below += articleBounds[number]
          return below
        }
      state.lengthBounds = Array(repeating: 0, count: ScoringScratch.onceTableSize)
      for block in plan.blocks {
        if best.isFull, let worst = best.elements.last {
          while state.nonEssentialCount < query.count,
            Self.cannotReach(state.boundBelow[state.nonEssentialCount + 1], worst.score)
          {
            let number = byBound[state.nonEssentialCount]
            state.essential[number] = false
            state.nonEssentialCount += 1
            let frequency = highest[number].count
            for length in state.lengthBounds.indices {
              state.lengthBounds[length] +=
                sentenceIDFs[number] * frequency * (parameters.k1 + 1)
                / (frequency + scratch.sentenceNorms[length])
            }
          }
          // Not even every term at its most could reach the top: nothing left can.
          if state.nonEssentialCount == query.count { break }
        }
        scratch.prepareBlock(sentences: block.sentences.count, articles: block.articles.count)
        let scorer = PrunedBlockScorer(index: self, postings: postings, block: block)
        scratch.withBlockBuffers { buffers in
          scorer.score(&state, buffers: buffers, into: &best)
        }
      }
      return (best.elements, state.windowsBounded, state.windowsPassed)
    }
  }

  /// The highest count of `term` in a sentence and the shortest sentence holding it: BM25's
  /// term-frequency part rises with the one and falls with the other, so the two bound what
  /// the term adds to any sentence. Counted with the postings (`termBounds`); the passes over
  /// the postings below only serve an index that lacks them.
  private func highestCount(of term: Int) -> (count: Double, shortest: Int) {
    let packed: UInt32
    if term < termBounds.count {
      packed = termBounds[term]
    } else {
      packed = sentencePostings.bound(of: term, sentenceLengths: sentenceLengths.buffer)
    }
    return (Double(packed >> 16), Int(packed & 0xFFFF))
  }

  /// Scores exactly, ahead of the pass over all articles, some of those holding the query's
  /// rarest term, where the best sentences usually are: the threshold starts near its final
  /// height instead of rising block by block, so the pass prunes from its first block.
  /// Returns the articles scored, in order, for the pass to leave out.
  private func seedArticles(
    _ plan: SearchPlan, state: PrunedQuery, postings: PostingReader, scratch: inout ScoringScratch,
    into best: inout TopK<ScoredSentence>
  ) -> [Int] {
    let lists = sentencePostings
    guard plan.query.count > 1,
      let rarest = plan.query.indices.min(by: {
        lists.range(of: plan.query[$0].term).count < lists.range(of: plan.query[$1].term).count
      })
    else { return [] }
    let focus = plan.focused ? plan.blocks : nil
    var articles: [Int] = []
    var cursor = ArticleCursor(
      firstSentences: articleFirstSentence.buffer, sentenceCount: sentenceCount)
    var focusPosition = 0
    for position in lists.range(of: plan.query[rarest].term) {
      cursor.move(to: Int(postings.id(rarest, at: position)))
      guard articles.last != cursor.article else { continue }
      if let focus {
        // Only focused articles: the blocks list them in order.
        while focusPosition < focus.count, focus[focusPosition].articles.lowerBound < cursor.article
        {
          focusPosition += 1
        }
        guard focusPosition < focus.count,
          focus[focusPosition].articles.lowerBound == cursor.article
        else { continue }
      }
      articles.append(cursor.article)
      if articles.count == Self.seedArticleLimit { break }
    }
    var cursors = state.cursors
    for article in articles {
      let start = Int(articleFirstSentence[article])
      let block = ScoringBlock(
        sentences: start..<(start + sentenceCount(ofArticle: article)),
        articles: article..<(article + 1))
      scratch.prepareBlock(sentences: block.sentences.count, articles: 1)
      let scorer = PrunedBlockScorer(index: self, postings: postings, block: block)
      scratch.withBlockBuffers { buffers in
        scorer.scoreExactly(
          article: article, query: state, cursors: &cursors, buffers: buffers, into: &best)
      }
    }
    return articles
  }

  /// Enough articles to fill the top with good sentences, few enough to cost little.
  static let seedArticleLimit = 256

  /// Whether a score of at most `bound` certainly ranks below `threshold`. The margin is far
  /// wider than the rounding of the few additions behind either number, so no sentence that
  /// could tie or win is ever skipped.
  @inline(__always)
  static func cannotReach(_ bound: Double, _ threshold: Double) -> Bool {
    bound * (1 + 1e-9) + 1e-12 < threshold
  }
}

/// A pruned query's state from block to block.
struct PrunedQuery {
  /// Per query term (in the query's order): its IDFs, times its weight for sentences.
  let sentenceIDFs: [Double]
  let articleIDFs: [Double]
  /// Where each term's postings end, and how far they have been passed.
  let ends: [Int]
  var cursors: [Int]
  /// Which terms are read in full in the current block.
  var essential: [Bool]
  /// The articles scored ahead of the pass, in order, and how many of them it has passed.
  var seeded: [Int] = []
  var seededPosition = 0
  /// The terms by their bound, least first; the first `nonEssentialCount` are not essential.
  var byBound: [Int] = []
  var nonEssentialCount = 0
  /// `boundBelow[n]`: the sum of the bounds of the first `n` terms in `byBound`; and of
  /// their sentence and article parts alone.
  var boundBelow: [Double] = []
  var sentenceBoundBelow: [Double] = []
  var articleBoundBelow: [Double] = []
  /// Per query term, the most it adds to a sentence's part and to an article's.
  var sentenceBounds: [Double] = []
  var articleBounds: [Double] = []
  /// How many windows of the essential pass were bounded, and passed over unread.
  var windowsBounded = 0
  var windowsPassed = 0
  /// Whether bounding windows still pays (see `PrunedBlockScorer.scoreEssential`).
  var boundsWindows: Bool {
    windowsBounded < PrunedBlockScorer.windowTrial
      || windowsPassed * PrunedBlockScorer.windowYield >= windowsBounded
  }
  /// The most the terms that are not essential add to a sentence of each length (the last
  /// entry standing for every longer one: the bound falls as sentences lengthen).
  var lengthBounds: [Double] = []
  let k1: Double
  let weight: Double
}
