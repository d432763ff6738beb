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

  /// The best `limit` sentences for the given index terms, best first. Sentences outside
  /// `articles` (when given) are left out.
  /// `termWeights` scales a term's contribution (default 1): related words found through
  /// the lexicon count for less than the words asked.
  public func search(
    terms: [String], termWeights: [String: Double] = [:], limit: Int,
    articles allowed: Set<Int>? = nil, parameters: ScoringParameters = ScoringParameters()
  ) -> [ScoredSentence] {
    var weightByID: [Int32: Double] = [:]
    for term in terms {
      if let id = termIDs[term] { weightByID[id] = max(weightByID[id] ?? 0, termWeights[term] ?? 1) }
    }
    // Sorted, so scores are summed in the same order every run and ties break the same way.
    let ids = weightByID.keys.sorted()
    guard !ids.isEmpty, limit > 0, sentenceCount > 0 else { return [] }
    let articleScores = scoreArticles(ids, parameters: parameters)
    var scores = [Double](repeating: 0, count: sentenceCount)
    var touched: [Int] = []
    let averageLength = Double(totalSentenceLength) / Double(sentenceCount)
    for id in ids {
      let postings = sentencePostings[Int(id)]
      let idf = Self.idf(documents: sentenceCount, containing: postings.count) * weightByID[id, default: 1]
      for posting in postings {
        let sentence = Int(posting.id)
        let frequency = Double(posting.count)
        let length = Double(sentenceLengths[sentence])
        let norm = parameters.k1 * (1 - parameters.b + parameters.b * length / max(averageLength, 1))
        if scores[sentence] == 0 { touched.append(sentence) }
        scores[sentence] += idf * frequency * (parameters.k1 + 1) / (frequency + norm)
      }
    }
    var best = TopK<ScoredSentence>(limit: limit) { lhs, rhs in
      lhs.score != rhs.score ? lhs.score > rhs.score : lhs.sentence < rhs.sentence
    }
    for sentence in touched {
      let article = Int(sentenceArticle[sentence])
      if let allowed, !allowed.contains(article) { continue }
      let articleScore = articleScores[article] ?? 0
      best.insert(
        ScoredSentence(
          sentence: sentence, score: scores[sentence] + parameters.articleWeight * articleScore,
          sentenceScore: scores[sentence], articleScore: articleScore))
    }
    return best.elements
  }

  private func scoreArticles(_ ids: [Int32], parameters: ScoringParameters) -> [Int: Double] {
    var scores: [Int: Double] = [:]
    let averageLength = Double(totalArticleLength) / Double(max(articleCount, 1))
    for id in ids {
      let postings = articlePostings[Int(id)]
      let idf = Self.idf(documents: articleCount, containing: postings.count)
      for posting in postings {
        let article = Int(posting.id)
        let frequency = Double(posting.count)
        let length = Double(articleLengths[article])
        let norm = parameters.k1 * (1 - parameters.b + parameters.b * length / max(averageLength, 1))
        scores[article, default: 0] += idf * frequency * (parameters.k1 + 1) / (frequency + norm)
      }
    }
    return scores
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

  mutating func insert(_ element: Element) {
    if elements.count == limit, let worst = elements.last, !isBetter(element, worst) { return }
    var position = elements.count
    while position > 0, isBetter(element, elements[position - 1]) { position -= 1 }
    elements.insert(element, at: position)
    if elements.count > limit { elements.removeLast() }
  }
}
