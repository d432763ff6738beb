/// Follows rising sentence numbers to their articles: a posting list is sorted by sentence,
/// so the article of the next posting is this one or a later one, found by galloping from
/// here. Each step looks at a few neighbouring entries of a small table (four bytes an
/// article) instead of a per-sentence table, which would miss the cache on every posting.
struct ArticleCursor {
  let firstSentences: UnsafeBufferPointer<UInt32>
  let sentenceCount: Int
  /// The current article, and the sentence number just past it.
  private(set) var article: Int
  private(set) var end: Int

  init(firstSentences: UnsafeBufferPointer<UInt32>, sentenceCount: Int, startingAt article: Int = 0)
  {
    self.firstSentences = firstSentences
    self.sentenceCount = sentenceCount
    self.article = article
    end = 0
    end = endOfArticle(article)
  }

  /// Moves to the article of `sentence`, which must not lie before the current article.
  @inline(__always)
  mutating func move(to sentence: Int) {
    if sentence < end { return }
    let count = firstSentences.count
    // Most steps are to the next article or one after it: look there first.
    var low = article
    for _ in 0..<4 {
      guard low + 1 < count, Int(firstSentences[low + 1]) <= sentence else {
        article = low
        end = endOfArticle(low)
        return
      }
      low += 1
    }
    // Gallop: the last article starting at or before `sentence` lies within `step`.
    var step = 1
    while low + step < count, Int(firstSentences[low + step]) <= sentence {
      low += step
      step *= 2
    }
    var high = min(count, low + step)  // first article known to start after, or the end
    while high - low > 1 {
      let middle = (low + high) / 2
      if Int(firstSentences[middle]) <= sentence { low = middle } else { high = middle }
    }
    article = low
    end = endOfArticle(low)
  }

  @inline(__always)
  private func endOfArticle(_ article: Int) -> Int {
    article + 1 < firstSentences.count ? Int(firstSentences[article + 1]) : sentenceCount
  }

  /// The article holding `sentence`, by binary search over the whole table.
  static func article(
    containing sentence: Int, firstSentences: UnsafeBufferPointer<UInt32>
  ) -> Int {
    var low = 0
    var high = firstSentences.count
    while low < high {
      let middle = (low + high) / 2
      if Int(firstSentences[middle]) <= sentence { low = middle + 1 } else { high = middle }
    }
    return max(0, low - 1)
  }
}
