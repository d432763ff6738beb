import Foundation

/// A sentence found for a query, with its score parts.
public struct ScoredSentence: Sendable, Equatable {
  public var sentence: Int
  public var score: Double
  public var sentenceScore: Double
  public var articleScore: Double
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

  /// The best `limit` sentences for the given index terms, best first. Sentences outside
  /// `articles` (when given) are left out.
  /// `termWeights` scales a term's contribution (default 1): related words found through
  /// the lexicon count for less than the words asked.
  public func search(
    terms: [String], termWeights: [String: Double] = [:], limit: Int,
    articles allowed: Set<Int>? = nil, parameters: ScoringParameters = ScoringParameters()
  ) -> [ScoredSentence] {
    var weights: [String: Double] = [:]
    for term in terms where vocabulary.id(of: term) != nil {
      weights[term] = max(weights[term] ?? 0, termWeights[term] ?? 1)
    }
    // Summed in the order of the terms' names, so a query scores bit for bit the same
    // however the index was built (term numbers depend on load order and threads).
    let query = weights.sorted { $0.key < $1.key }.compactMap { term, weight in
      weight > 0 ? QueryTerm(term: vocabulary.id(of: term)!, weight: weight) : nil
    }
    guard !query.isEmpty, limit > 0, sentenceCount > 0 else { return [] }
    let articleRanges = allowed.map { set in
      set.filter { $0 >= 0 && $0 < articleCount }.sorted().map { UInt32($0)..<UInt32($0 + 1) }
    }
    if let articleRanges, articleRanges.isEmpty { return [] }
    let blocks = sentenceBlocks(ofArticles: articleRanges)
    return scratch.withScratch(articles: articleCount) { scratch in
      let bestArticle = scoreArticles(
        query, in: articleRanges, parameters: parameters, scratch: &scratch)
      var best = TopK<ScoredSentence>(limit: limit) { lhs, rhs in
        lhs.score != rhs.score ? lhs.score > rhs.score : lhs.sentence < rhs.sentence
      }
      scoreSentences(
        query, in: blocks, parameters: parameters, bestArticleScore: bestArticle,
        scratch: &scratch, into: &best)
      return best.elements
    }
  }

  /// The sentence numbers to score, in blocks no larger than the scratch block: all of them,
  /// or those of the allowed articles.
  private func sentenceBlocks(ofArticles articles: [Range<UInt32>]?) -> [Range<Int>] {
    let size = ScoringScratch.blockSize
    guard let articles else {
      return stride(from: 0, to: sentenceCount, by: size).map { $0..<min(sentenceCount, $0 + size) }
    }
    var blocks: [Range<Int>] = []
    for article in articles {
      let start = Int(articleFirstSentence[Int(article.lowerBound)])
      let end = start + sentenceCount(ofArticle: Int(article.lowerBound))
      blocks += stride(from: start, to: end, by: size).map { $0..<min(end, $0 + size) }
    }
    return blocks
  }

  /// Adds every sentence that holds a query term to `best`, block by block: within a block
  /// the postings of all terms are added into slots that stay in cache, and then each
  /// touched slot is scored, offered to `best` and cleared. A sentence that could not beat
  /// the worst of `best` even in the best-scoring article is dropped before its article is
  /// looked up, which saves most of those (random) lookups.
  private func scoreSentences(
    _ query: [QueryTerm], in blocks: [Range<Int>], parameters: ScoringParameters,
    bestArticleScore: Double, scratch: inout ScoringScratch,
    into best: inout TopK<ScoredSentence>
  ) {
    let averageLength = Double(totalSentenceLength) / Double(sentenceCount)
    let lists = sentencePostings
    let ids = lists.ids.buffer
    let counts = lists.counts.buffer
    let lengths = lists.lengths.buffer
    let owners = sentenceArticle.buffer
    let weight = parameters.articleWeight
    let k1 = parameters.k1
    let b = parameters.b
    var cursors = query.map { lists.range(of: $0.term).lowerBound }
    let ends = query.map { lists.range(of: $0.term).upperBound }
    let idfs = query.map { term in
      Self.idf(documents: sentenceCount, containing: lists.range(of: term.term).count) * term.weight
    }
    scratch.articleScores.withUnsafeBufferPointer { articleScores in
      scratch.blockScores.withUnsafeMutableBufferPointer { scores in
        scratch.touchedInBlock.withUnsafeMutableBufferPointer { touched in
          for block in blocks {
            let base = block.lowerBound
            var touchedCount = 0
            for number in query.indices {
              var position = Self.firstPosition(
                atLeast: UInt32(base), in: ids, from: cursors[number], to: ends[number])
              let idf = idfs[number]
              while position < ends[number] {
                let sentence = Int(ids[position])
                if sentence >= block.upperBound { break }
                let frequency = Double(counts[position])
                let length = Double(lengths[position])
                let norm = k1 * (1 - b + b * length / max(averageLength, 1))
                let slot = sentence - base
                if scores[slot] == 0 {
                  touched[touchedCount] = UInt32(slot)
                  touchedCount += 1
                }
                scores[slot] += idf * frequency * (k1 + 1) / (frequency + norm)
                position += 1
              }
              cursors[number] = position
            }
            for slot in touched[..<touchedCount] {
              let sentence = base + Int(slot)
              let sentenceScore = scores[Int(slot)]
              scores[Int(slot)] = 0
              if best.isFull, let worst = best.elements.last,
                sentenceScore + weight * bestArticleScore < worst.score
              {
                continue
              }
              let articleScore = articleScores[Int(owners[sentence])]
              let score = sentenceScore + weight * articleScore
              if best.isFull, let worst = best.elements.last,
                score < worst.score || (score == worst.score && sentence > worst.sentence)
              {
                continue
              }
              best.insert(
                ScoredSentence(
                  sentence: sentence, score: score, sentenceScore: sentenceScore,
                  articleScore: articleScore))
            }
          }
        }
      }
    }
  }

  /// Scores the articles that hold a query term; returns the best article score.
  private func scoreArticles(
    _ query: [QueryTerm], in ranges: [Range<UInt32>]?, parameters: ScoringParameters,
    scratch: inout ScoringScratch
  ) -> Double {
    let averageLength = Double(totalArticleLength) / Double(max(articleCount, 1))
    let lists = articlePostings
    var touched = scratch.touchedArticles
    scratch.articleScores.withUnsafeMutableBufferPointer { scores in
      for term in query {
        let postings = lists.range(of: term.term)
        let idf = Self.idf(documents: articleCount, containing: postings.count)
        for span in Self.spans(of: postings, ids: lists.ids, within: ranges) {
          for position in span {
            let article = Int(lists.ids[position])
            let frequency = Double(lists.counts[position])
            let length = Double(articleLengths[article])
            let norm =
              parameters.k1 * (1 - parameters.b + parameters.b * length / max(averageLength, 1))
            if scores[article] == 0 { touched.append(UInt32(article)) }
            scores[article] += idf * frequency * (parameters.k1 + 1) / (frequency + norm)
          }
        }
      }
    }
    scratch.touchedArticles = touched
    return scratch.articleScores.withUnsafeBufferPointer { scores in
      touched.reduce(0) { max($0, scores[Int($1)]) }
    }
  }

  /// The first position in `ids[start..<end]` whose id is at least `id`. Cursors move
  /// forward block by block, so this is usually the first look; `:focus` skips by halving.
  @inline(__always)
  static func firstPosition(
    atLeast id: UInt32, in ids: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int
  ) -> Int {
    if start >= end || ids[start] >= id { return start }
    var low = start
    var high = end
    while low < high {
      let middle = (low + high) / 2
      if ids[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The parts of a posting list whose ids fall in `ranges` (all of it when nil), found by
  /// binary search: `:focus` on one article reads a few postings, not the whole list.
  static func spans(
    of postings: Range<Int>, ids: Column<UInt32>, within ranges: [Range<UInt32>]?
  ) -> [Range<Int>] {
    guard let ranges else { return [postings] }
    var spans: [Range<Int>] = []
    var start = postings.lowerBound
    for range in ranges {
      let lower = firstPosition(
        atLeast: range.lowerBound, in: ids.buffer, from: start, to: postings.upperBound)
      let upper = firstPosition(
        atLeast: range.upperBound, in: ids.buffer, from: lower, to: postings.upperBound)
      if lower < upper { spans.append(lower..<upper) }
      start = upper
    }
    return spans
  }
}

/// Keeps the best `limit` elements seen, in order; cheap when most elements lose.
struct TopK<Element> {
  let limit: Int
  let isBetter: (Element, Element) -> Bool
  private(set) var elements: [Element] = []

  init(limit: Int, isBetter: @escaping (Element, Element) -> Bool) {
    self.limit = limit
    self.isBetter = isBetter
    elements.reserveCapacity(limit + 1)
  }

  var isFull: Bool { elements.count >= limit }

  mutating func insert(_ element: Element) {
    if elements.count == limit, let worst = elements.last, !isBetter(element, worst) { return }
    var position = elements.count
    while position > 0, isBetter(element, elements[position - 1]) { position -= 1 }
    elements.insert(element, at: position)
    if elements.count > limit { elements.removeLast() }
  }
}
