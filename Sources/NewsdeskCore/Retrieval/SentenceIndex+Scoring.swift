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
    let focus = allowed.map { $0.filter { $0 >= 0 && $0 < articleCount }.sorted() }
    if let focus, focus.isEmpty { return [] }
    let blocks = scoringBlocks(focus: focus)
    let lists = sentencePostings
    let articleIDFs = query.map { term in
      Self.idf(
        documents: articleCount,
        containing: term.term < articleFrequencies.count ? Int(articleFrequencies[term.term]) : 0)
    }
    return scratch.withScratch { scratch in
      prepareNorms(parameters, in: &scratch)
      prepareOnceTables(query, parameters: parameters, in: &scratch)
      var best = TopK<ScoredSentence>(limit: limit) { lhs, rhs in
        lhs.score != rhs.score ? lhs.score > rhs.score : lhs.sentence < rhs.sentence
      }
      var cursors = query.map { lists.range(of: $0.term).lowerBound }
      for block in blocks {
        scratch.prepareBlock(sentences: block.sentences.count, articles: block.articles.count)
        score(
          block, query: query, articleIDFs: articleIDFs, cursors: &cursors,
          parameters: parameters, scratch: &scratch, into: &best)
      }
      return best.elements
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

  /// Scores one block: every query term's postings in it are added into per-sentence slots
  /// (which stay in cache) and, summed per article as they pass, into article scores; then
  /// each touched sentence is scored, offered to `best` and its slot cleared. A sentence
  /// that could not beat the worst of `best` even with the block's best article score is
  /// dropped without further work.
  private func score(
    _ block: ScoringBlock, query: [QueryTerm], articleIDFs: [Double], cursors: inout [Int],
    parameters: ScoringParameters, scratch: inout ScoringScratch,
    into best: inout TopK<ScoredSentence>
  ) {
    let lists = sentencePostings
    let ids = lists.ids.buffer
    let counts = lists.counts.buffer
    let lengths = lists.lengths.buffer
    let (k1, weight) = (parameters.k1, parameters.articleWeight)
    let base = block.sentences.lowerBound
    let firstArticle = block.articles.lowerBound
    var touchedCount = 0
    let sentenceNormColumn = scratch.sentenceNorms
    let articleNormColumn = scratch.articleNorms
    let onceTables = scratch.onceTables
    let tableSize = ScoringScratch.onceTableSize
    sentenceNormColumn.withUnsafeBufferPointer { sentenceNorms in
      articleNormColumn.withUnsafeBufferPointer { articleNorms in
        onceTables.withUnsafeBufferPointer { onceTables in
          scratch.blockArticleScores.withUnsafeMutableBufferPointer { articleScores in
            scratch.blockScores.withUnsafeMutableBufferPointer { scores in
              scratch.blockOwners.withUnsafeMutableBufferPointer { owners in
                scratch.touchedInBlock.withUnsafeMutableBufferPointer { touched in
                  for (number, term) in query.enumerated() {
                    let end = lists.range(of: term.term).upperBound
                    let idf =
                      Self.idf(
                        documents: sentenceCount, containing: lists.range(of: term.term).count)
                      * term.weight
                    let articleIDF = articleIDFs[number]
                    let once = UnsafeBufferPointer(
                      rebasing: onceTables[(number * tableSize)..<((number + 1) * tableSize)])
                    var position = Self.firstPosition(
                      atLeast: UInt32(base), in: ids, from: cursors[number], to: end)
                    var cursor = ArticleCursor(
                      firstSentences: articleFirstSentence.buffer, sentenceCount: sentenceCount,
                      startingAt: firstArticle)
                    var article = -1
                    var frequencyInArticle = 0
                    func addArticle() {
                      let frequency = Double(frequencyInArticle)
                      let norm = articleNorms[article]
                      articleScores[article - firstArticle] +=
                        articleIDF * frequency * (k1 + 1) / (frequency + norm)
                    }
                    while position < end {
                      let sentence = Int(ids[position])
                      if sentence >= block.sentences.upperBound { break }
                      cursor.move(to: sentence)
                      if cursor.article != article {
                        if article >= 0 { addArticle() }
                        article = cursor.article
                        frequencyInArticle = 0
                      }
                      let count = counts[position]
                      let length = Int(lengths[position])
                      frequencyInArticle += Int(count)
                      let slot = sentence - base
                      if scores[slot] == 0 {
                        touched[touchedCount] = UInt32(slot)
                        owners[slot] = UInt32(article)
                        touchedCount += 1
                      }
                      if count == 1, length < tableSize {
                        scores[slot] += once[length]
                      } else {
                        let frequency = Double(count)
                        let norm = sentenceNorms[length]
                        scores[slot] += idf * frequency * (k1 + 1) / (frequency + norm)
                      }
                      position += 1
                    }
                    if article >= 0 { addArticle() }
                    cursors[number] = position
                  }
                  var bestArticle = 0.0
                  for article in articleScores[..<block.articles.count] {
                    bestArticle = max(bestArticle, article)
                  }
                  for slot in touched[..<touchedCount] {
                    let sentenceScore = scores[Int(slot)]
                    scores[Int(slot)] = 0
                    if best.isFull, let worst = best.elements.last,
                      sentenceScore + weight * bestArticle < worst.score
                    {
                      continue
                    }
                    let sentence = base + Int(slot)
                    let articleScore = articleScores[Int(owners[Int(slot)]) - firstArticle]
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
            // The block's article slots, cleared for the next block.
            UnsafeMutableBufferPointer(rebasing: articleScores[..<block.articles.count]).update(
              repeating: 0)
          }
        }
      }
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
}
