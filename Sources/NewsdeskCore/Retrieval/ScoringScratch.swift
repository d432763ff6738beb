import Foundation

/// Score accumulators for one query, all zero between queries: a slot per sentence and
/// per article of one block of sentences at a time.
///
/// A query touches a small share of 1.6 million sentences, spread over all of them. One
/// slot per sentence (13 MB) made nearly every posting a cache miss; a dictionary costs a
/// hash per posting. Scoring block by block keeps the slots it adds into in the core's own
/// cache, and the buffers are kept from query to query.
struct ScoringScratch {
  /// Sentences per block: 128 KB of scores, which stay in a core's L2 cache. A block holds
  /// whole articles, so it can be longer by one article.
  static let blockSize = 1 << 14

  var blockScores: [Double] = []
  /// The article of each touched slot.
  var blockOwners: [UInt32] = []
  /// Offsets within the block of the sentences touched so far.
  var touchedInBlock: [UInt32] = []
  /// Scores of the block's articles, by article number less the block's first.
  var blockArticleScores: [Double] = []
  /// Pruned scoring: the best partial score of a sentence of each of the block's articles,
  /// and the articles (less the block's first) that hold any of the query's rarer terms.
  var blockArticleBest: [Double] = []
  /// Pruned scoring: the most any sentence of each of the block's articles could score from
  /// the terms left out, by its length, added to its partial score.
  var blockArticleReach: [Double] = []
  var candidateArticles: [UInt32] = []
  /// Length normalisations by sentence length and by article, for the parameters and
  /// averages in `normKey`.
  var sentenceNorms: [Double] = []
  var articleNorms: [Double] = []
  var normKey: [Double] = []
  /// Per query term, the score for holding it once, by sentence length below
  /// `onceTableSize`.
  var onceTables: [Double] = []
  static let onceTableSize = 256

  mutating func prepareBlock(sentences: Int, articles: Int) {
    if blockScores.count < sentences {
      let grown = max(sentences, Self.blockSize)
      blockScores = [Double](repeating: 0, count: grown)
      blockOwners = [UInt32](repeating: 0, count: grown)
      touchedInBlock = [UInt32](repeating: 0, count: grown)
    }
    if blockArticleScores.count < articles {
      let grown = max(articles, Self.blockSize)
      blockArticleScores = [Double](repeating: 0, count: grown)
      blockArticleBest = [Double](repeating: 0, count: grown)
      blockArticleReach = [Double](repeating: 0, count: grown)
      candidateArticles = [UInt32](repeating: 0, count: grown)
    }
  }

  /// The block buffers and the query's tables, borrowed together for the length of `body`.
  mutating func withBlockBuffers<Result>(_ body: (BlockBuffers) -> Result) -> Result {
    let (sentenceNorms, articleNorms, onceTables) = (
      self.sentenceNorms, self.articleNorms, self.onceTables
    )
    return sentenceNorms.withUnsafeBufferPointer { sentenceNorms in
      articleNorms.withUnsafeBufferPointer { articleNorms in
        onceTables.withUnsafeBufferPointer { onceTables in
          blockScores.withUnsafeMutableBufferPointer { scores in
            blockOwners.withUnsafeMutableBufferPointer { owners in
              touchedInBlock.withUnsafeMutableBufferPointer { touched in
                blockArticleScores.withUnsafeMutableBufferPointer { articleScores in
                  blockArticleBest.withUnsafeMutableBufferPointer { articleBest in
                    blockArticleReach.withUnsafeMutableBufferPointer { articleReach in
                      candidateArticles.withUnsafeMutableBufferPointer { candidates in
                        body(
                          BlockBuffers(
                            scores: scores, owners: owners, touched: touched,
                            articleScores: articleScores, articleBest: articleBest,
                            articleReach: articleReach,
                            candidates: candidates, sentenceNorms: sentenceNorms,
                            articleNorms: articleNorms, onceTables: onceTables))
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// `ScoringScratch`'s block buffers, all zero (scores, article scores and bests) between
  /// blocks.
  struct BlockBuffers {
    var scores: UnsafeMutableBufferPointer<Double>
    var owners: UnsafeMutableBufferPointer<UInt32>
    var touched: UnsafeMutableBufferPointer<UInt32>
    var articleScores: UnsafeMutableBufferPointer<Double>
    var articleBest: UnsafeMutableBufferPointer<Double>
    var articleReach: UnsafeMutableBufferPointer<Double>
    var candidates: UnsafeMutableBufferPointer<UInt32>
    var sentenceNorms: UnsafeBufferPointer<Double>
    var articleNorms: UnsafeBufferPointer<Double>
    var onceTables: UnsafeBufferPointer<Double>
  }
}

/// Scratch buffers kept between queries. A query borrows one and gives it back; queries on
/// several threads at once each get their own.
final class ScoringScratchPool: @unchecked Sendable {
  // Unchecked: `idle` is only touched while holding `lock`.
  private let lock = NSLock()
  private var idle: [ScoringScratch] = []

  init() {}

  func withScratch<Result>(_ body: (inout ScoringScratch) -> Result) -> Result {
    lock.lock()
    var scratch = idle.popLast() ?? ScoringScratch()
    lock.unlock()
    let result = body(&scratch)
    lock.lock()
    idle.append(scratch)
    lock.unlock()
    return result
  }
}

/// Tables a query's scoring reads instead of dividing, kept in the scratch.
extension SentenceIndex {
  /// BM25's length normalisation, `k1·(1 − b + b·length/average)`, for every sentence
  /// length and every article, kept in the scratch until the parameters or the averages
  /// change: computed per posting it was a division on the hottest path.
  func prepareNorms(_ parameters: ScoringParameters, in scratch: inout ScoringScratch) {
    let sentenceAverage = max(Double(totalSentenceLength) / Double(sentenceCount), 1)
    let articleAverage = max(Double(totalArticleLength) / Double(max(articleCount, 1)), 1)
    let key = [parameters.k1, parameters.b, sentenceAverage, articleAverage, Double(articleCount)]
    guard scratch.normKey != key else { return }
    let (k1, b) = (parameters.k1, parameters.b)
    scratch.normKey = key
    scratch.sentenceNorms = (0...Int(UInt16.max)).map { length in
      k1 * (1 - b + b * Double(length) / sentenceAverage)
    }
    scratch.articleNorms = articleLengths.buffer.map { length in
      k1 * (1 - b + b * Double(length) / articleAverage)
    }
  }

  /// For each query term, the score a sentence of each short length gets for holding the
  /// term once, the commonest posting by far: a table read instead of a division per
  /// posting, with the very same arithmetic, so scores do not change by a bit.
  func prepareOnceTables(
    _ query: [QueryTerm], parameters: ScoringParameters, in scratch: inout ScoringScratch
  ) {
    let size = ScoringScratch.onceTableSize
    let k1 = parameters.k1
    let frequency = 1.0
    scratch.onceTables.removeAll(keepingCapacity: true)
    for term in query {
      let idf =
        Self.idf(documents: sentenceCount, containing: sentencePostings.frequency(of: term.term))
        * term.weight
      for length in 0..<size {
        let norm = scratch.sentenceNorms[length]
        scratch.onceTables.append(
          BM25Term.score(idf: idf, frequency: frequency, k1: k1, norm: norm))
      }
    }
  }
}
