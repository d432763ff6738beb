import Foundation

/// Dense score accumulators for one query, all zero between queries: a slot per article,
/// and a slot per sentence of one block of sentences at a time.
///
/// A query touches a small share of 1.6 million sentences, spread over all of them. One
/// slot per sentence (13 MB) made nearly every posting a cache miss; a dictionary costs a
/// hash per posting. Scoring block by block keeps the slots it adds into in the core's own
/// cache, and resets only the slots a query touched.
struct ScoringScratch {
  /// Sentences per block: 256 KB of scores, which stay in a core's L2 cache.
  static let blockSize = 1 << 15

  var blockScores = [Double](repeating: 0, count: blockSize)
  /// Offsets within the block of the sentences touched so far; `touchedCount` are in use.
  var touchedInBlock = [UInt32](repeating: 0, count: blockSize)
  var articleScores: [Double] = []
  var touchedArticles: [UInt32] = []

  mutating func prepare(articles: Int) {
    if articleScores.count < articles {
      articleScores += repeatElement(0, count: articles - articleScores.count)
    }
  }

  /// Zeroes the article slots the last query touched; block slots are zeroed as each block
  /// is read.
  mutating func reset() {
    articleScores.withUnsafeMutableBufferPointer { scores in
      for article in touchedArticles { scores[Int(article)] = 0 }
    }
    touchedArticles.removeAll(keepingCapacity: true)
  }
}

/// Scratch buffers kept between queries. A query borrows one and gives it back; queries on
/// several threads at once each get their own.
final class ScoringScratchPool: @unchecked Sendable {
  // Unchecked: `idle` is only touched while holding `lock`.
  private let lock = NSLock()
  private var idle: [ScoringScratch] = []

  init() {}

  func withScratch<Result>(articles: Int, _ body: (inout ScoringScratch) -> Result) -> Result {
    lock.lock()
    var scratch = idle.popLast() ?? ScoringScratch()
    lock.unlock()
    scratch.prepare(articles: articles)
    let result = body(&scratch)
    scratch.reset()
    lock.lock()
    idle.append(scratch)
    lock.unlock()
    return result
  }
}
