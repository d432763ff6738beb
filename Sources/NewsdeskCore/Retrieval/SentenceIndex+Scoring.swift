import Foundation

/// A sentence found for a query, with its score parts.
public struct ScoredSentence: Sendable, Equatable, Ranked {
  public var sentence: Int
  public var score: Double
  public var sentenceScore: Double
  public var articleScore: Double

  /// The ranking: the higher score first, and of two equal scores the earlier sentence.
  static func ranksAbove(_ lhs: ScoredSentence, _ rhs: ScoredSentence) -> Bool {
    lhs.score != rhs.score ? lhs.score > rhs.score : lhs.sentence < rhs.sentence
  }
}

/// BM25 over sentences, plus a weighted BM25 score of the sentence's whole article.
extension SentenceIndex {
  public struct ScoringParameters: Sendable {
    public var k1 = 1.2
    public var b = 0.75
    /// How much the article's own relevance adds to each of its sentences. Small, so that
    /// the best sentence still wins inside an article, but enough to lift the right article
    /// above stray matches when thousands are loaded.
    public var articleWeight = 0.3
    public init() {}

    /// Whether no term can add more than `(k1 + 1)·idf` to a sentence or an article, which
    /// is what lets pruned scoring skip postings: true for the usual parameters (k1 ≥ 0,
    /// 0 ≤ b ≤ 1), where BM25's length norm is never negative.
    var boundsHold: Bool {
      k1.isFinite && k1 >= 0 && b.isFinite && b >= 0 && b <= 1 && articleWeight.isFinite
        && articleWeight >= 0
    }
  }

  /// Inverse document frequency, BM25's smoothed form that is never negative.
  static func idf(documents: Int, containing: Int) -> Double {
    log(1 + (Double(documents) - Double(containing) + 0.5) / (Double(containing) + 0.5))
  }

  /// The IDF of a term over sentences; a term never seen counts as the rarest possible.
  public func sentenceIDF(of term: String) -> Double {
    Self.idf(documents: max(sentenceCount, 1), containing: sentenceFrequency(of: term))
  }

  /// A query term the index knows, with its weight.
  struct QueryTerm {
    var term: Int
    var weight: Double
  }

  /// The best `limit` sentences for the given index terms, best first; ties go to the
  /// earlier sentence. Sentences outside `articles` (when given) are left out.
  /// `termWeights` scales a term's contribution (default 1): related words found through
  /// the lexicon count for less than the words asked.
  ///
  /// Pruned (see `SentenceIndex+PrunedScoring`): the result is the exhaustive ranking's, bit
  /// for bit, without reading most postings of the query's common words.
  public func search(
    terms: [String], termWeights: [String: Double] = [:], limit: Int,
    articles allowed: Set<Int>? = nil, parameters: ScoringParameters = ScoringParameters()
  ) -> [ScoredSentence] {
    guard let plan = plan(terms: terms, termWeights: termWeights, limit: limit, articles: allowed)
    else { return [] }
    if parameters.boundsHold && plan.query.allSatisfy({ $0.weight.isFinite }) {
      return prunedSearch(plan, limit: limit, parameters: parameters)
    }
    return exhaustiveSearch(plan, limit: limit, parameters: parameters)
  }

  /// Every sentence scored, the way the index always ranked: the reference that pruned
  /// scoring must equal, and the path for parameters whose bounds do not hold. Open to the
  /// speed benchmark, which times both and checks they agree on a whole archive.
  @_spi(Benchmarks) public func exhaustiveSearch(
    terms: [String], termWeights: [String: Double] = [:], limit: Int,
    articles allowed: Set<Int>? = nil, parameters: ScoringParameters = ScoringParameters()
  ) -> [ScoredSentence] {
    guard let plan = plan(terms: terms, termWeights: termWeights, limit: limit, articles: allowed)
    else { return [] }
    return exhaustiveSearch(plan, limit: limit, parameters: parameters)
  }

  /// The pruned search's count of windows bounded and passed over unread, for tests.
  func windowCounts(terms: [String], limit: Int) -> (bounded: Int, passed: Int) {
    guard let plan = plan(terms: terms, termWeights: [:], limit: limit, articles: nil) else {
      return (0, 0)
    }
    let counted = prunedSearchCountingWindows(
      plan, limit: limit, parameters: ScoringParameters())
    return (counted.windowsBounded, counted.windowsPassed)
  }

  /// A query's known terms and the articles to read, or nil when nothing can match.
  struct SearchPlan {
    /// In the order of the terms' names, so a query scores bit for bit the same however the
    /// index was built (term numbers depend on load order and threads).
    var query: [QueryTerm]
    var blocks: [ScoringBlock]
    /// Whether the blocks are focused articles, one each, rather than every article.
    var focused: Bool
  }

  private func plan(
    terms: [String], termWeights: [String: Double], limit: Int, articles allowed: Set<Int>?
  ) -> SearchPlan? {
    var weights: [String: Double] = [:]
    for term in terms where vocabulary.id(of: term) != nil {
      weights[term] = max(weights[term] ?? 0, termWeights[term] ?? 1)
    }
    let query = weights.sorted { $0.key < $1.key }.compactMap { term, weight in
      weight > 0 ? QueryTerm(term: vocabulary.id(of: term)!, weight: weight) : nil
    }
    guard !query.isEmpty, limit > 0, sentenceCount > 0 else { return nil }
    let focus = allowed.map { $0.filter { $0 >= 0 && $0 < articleCount }.sorted() }
    if let focus, focus.isEmpty { return nil }
    return SearchPlan(query: query, blocks: scoringBlocks(focus: focus), focused: focus != nil)
  }

  /// Each query term's IDF over articles.
  func articleIDFs(of query: [QueryTerm]) -> [Double] {
    query.map { term in
      Self.idf(
        documents: articleCount,
        containing: term.term < articleFrequencies.count ? Int(articleFrequencies[term.term]) : 0)
    }
  }

  /// A run of whole articles scored together; articles never straddle blocks, so an
  /// article's score is complete when its block has been read.
  struct ScoringBlock {
    var sentences: Range<Int>
    var articles: Range<Int>
  }

  /// All articles in blocks of about `ScoringScratch.blockSize` sentences, or each focused
  /// article on its own.
  private func scoringBlocks(focus: [Int]?) -> [ScoringBlock] {
    let starts = articleFirstSentence.buffer
    if let focus {
      return focus.map { article in
        let start = Int(starts[article])
        return ScoringBlock(
          sentences: start..<(start + sentenceCount(ofArticle: article)),
          articles: article..<(article + 1))
      }
    }
    var blocks: [ScoringBlock] = []
    var article = 0
    while article < articleCount {
      let start = Int(starts[article])
      // The first article starting at or past the block's target size ends the block.
      let target = start + ScoringScratch.blockSize
      let next = max(
        article + 1, ArticleCursor.article(containing: target - 1, firstSentences: starts) + 1)
      let end = next < articleCount ? Int(starts[next]) : sentenceCount
      blocks.append(ScoringBlock(sentences: start..<end, articles: article..<next))
      article = next
    }
    return blocks
  }
}
