/// The loaded articles, numbered from 0 in load order: runs of articles read in place from a
/// saved index (`StoredArticles`, one per warm load) and of articles held as values (files
/// read, text added). Reading one from a saved index makes a small view that reads its fields
/// when asked, so a warm start of 100,000 articles makes no value per article.
public struct ArticleList: RandomAccessCollection, Sendable {
  private enum Part: Sendable {
    case stored(StoredArticles)
    case held([Article])

    var count: Int {
      switch self {
      case .stored(let articles): articles.count
      case .held(let articles): articles.count
      }
    }
  }

  private var parts: [Part] = []
  /// The number of each part's first article.
  private var starts: [Int] = []
  public private(set) var endIndex = 0

  public init() {}

  public var startIndex: Int { 0 }

  public subscript(position: Int) -> Article {
    precondition(position >= 0 && position < endIndex, "article number out of range")
    let part = parts.count == 1 ? 0 : self.part(holding: position)
    switch parts[part] {
    case .stored(let articles): return Article(stored: articles, number: position - starts[part])
    case .held(let articles): return articles[position - starts[part]]
    }
  }

  /// The part that holds article `position`: the last one starting at or before it.
  private func part(holding position: Int) -> Int {
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle] <= position { low = middle } else { high = middle }
    }
    return low
  }

  mutating func append(_ article: Article) {
    if case .held(var articles) = parts.last {
      // Taken out first so the array is not copied to grow.
      parts[parts.count - 1] = .held([])
      articles.append(article)
      parts[parts.count - 1] = .held(articles)
    } else {
      starts.append(endIndex)
      parts.append(.held([article]))
    }
    endIndex += 1
  }

  mutating func append(contentsOf articles: [Article]) {
    guard !articles.isEmpty else { return }
    starts.append(endIndex)
    parts.append(.held(articles))
    endIndex += articles.count
  }

  /// Appends every article of a saved index, read in place.
  mutating func append(stored articles: StoredArticles) {
    guard articles.count > 0 else { return }
    starts.append(endIndex)
    parts.append(.stored(articles))
    endIndex += articles.count
  }

  /// Whether any article is read in place from a saved index.
  var hasStoredArticles: Bool {
    parts.contains {
      if case .stored = $0 { return true }
      return false
    }
  }
}
