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
      blockArticleScores = [Double](repeating: 0, count: max(articles, Self.blockSize))
    }
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
