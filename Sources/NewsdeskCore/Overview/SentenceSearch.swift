/// A search box's answer: the sentences that hold the words typed, grouped by article,
/// the articles with the best sentence first, each word found marked.
public struct SearchResult: Sendable, Equatable {
  public struct Hit: Sendable, Equatable {
    /// From 1, as `:show` numbers sentences.
    public var sentenceNumber: Int
    public var sentence: String
    public var score: Double
    /// Where the words searched for are in `sentence`, as UTF-8 offsets, in order.
    public var highlights: [Range<Int>]
  }

  public struct Group: Sendable, Equatable {
    /// The article's number in load order, from 0.
    public var articleNumber: Int
    public var article: ArticleCitation
    public var hits: [Hit]
  }

  public var query: String
  public var terms: [String]
  public var groups: [Group]
  /// Matching sentences beyond those shown.
  public var moreSentences: Int
}

/// Finds the sentences for a search: BM25 over the words typed (stop words dropped, the
/// rest stemmed as the index is), so "fuel prices" finds "price of fuel".
public struct SentenceSearch: Sendable {
  public var articleLimit = 5
  public var sentencesPerArticle = 3
  /// How many sentences retrieval returns before they are grouped.
  public var retrieved = 60

  public init() {}

  public func search(
    _ query: String, in library: ArticleLibrary, articles allowed: Set<Int>? = nil
  ) -> SearchResult {
    var analyzer = TermAnalyzer(lexicon: library.lexicon)
    let terms = analyzer.terms(in: query)
    let scored = library.index.search(terms: terms, limit: retrieved, articles: allowed)
    var order: [Int] = []
    var byArticle: [Int: [ScoredSentence]] = [:]
    for sentence in scored {
      let article = library.index.location(ofSentence: sentence.sentence).article
      if byArticle[article] == nil { order.append(article) }
      byArticle[article, default: []].append(sentence)
    }
    var groups: [SearchResult.Group] = []
    var shown = 0
    let wanted = Set(terms)
    for articleNumber in order.prefix(articleLimit) {
      let article = library.articles[articleNumber]
      let hits = (byArticle[articleNumber] ?? []).prefix(sentencesPerArticle).map { scored in
        let number = library.index.location(ofSentence: scored.sentence).sentence
        let text = article.sentence(number)
        return SearchResult.Hit(
          sentenceNumber: number + 1, sentence: text, score: scored.score,
          highlights: Self.highlights(of: wanted, in: text, analyzer: &analyzer))
      }
      shown += hits.count
      groups.append(
        SearchResult.Group(
          articleNumber: articleNumber, article: ArticleCitation(article), hits: Array(hits)))
    }
    return SearchResult(
      query: query, terms: terms, groups: groups, moreSentences: scored.count - shown)
  }

  /// The words of `text` whose index term is one of `terms`.
  static func highlights(
    of terms: Set<String>, in text: String, analyzer: inout TermAnalyzer
  ) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    WordTokenizer.forEachWord(in: text) { word, range in
      if let term = analyzer.term(for: word), terms.contains(term) { ranges.append(range) }
    }
    return ranges
  }
}
