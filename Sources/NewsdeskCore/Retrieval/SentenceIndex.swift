/// An in-memory inverted index over the sentences of the loaded articles, with a second,
/// smaller index over whole articles.
///
/// Sentences are numbered globally in load order; each term owns a contiguous array of
/// postings (integer ids and counts, no per-posting objects). The article-level postings let
/// the sentences of the article that is about the question rank first when many are loaded.
public struct SentenceIndex: Sendable {
  public struct Posting: Sendable, Equatable {
    public var id: UInt32
    public var count: UInt32
  }

  var termIDs: [String: Int32] = [:]
  var sentencePostings: [[Posting]] = []
  var articlePostings: [[Posting]] = []
  var sentenceLengths: [UInt16] = []
  /// The article (index in load order) each global sentence belongs to.
  var sentenceArticle: [Int32] = []
  /// Each article's first global sentence number.
  var articleFirstSentence: [Int32] = []
  var articleLengths: [Int32] = []
  var totalSentenceLength = 0
  var totalArticleLength = 0

  public init() {}

  public var sentenceCount: Int { sentenceLengths.count }
  public var articleCount: Int { articleLengths.count }
  public var termCount: Int { termIDs.count }

  /// Where a global sentence number points: (article, sentence within the article).
  public func location(ofSentence sentence: Int) -> (article: Int, sentence: Int) {
    let article = Int(sentenceArticle[sentence])
    return (article, sentence - Int(articleFirstSentence[article]))
  }

  public func globalSentence(article: Int, sentence: Int) -> Int {
    Int(articleFirstSentence[article]) + sentence
  }

  /// The number of sentences that contain `term`, or 0 if the index has never seen it.
  public func sentenceFrequency(of term: String) -> Int {
    termIDs[term].map { sentencePostings[Int($0)].count } ?? 0
  }

  /// Checks the structure's invariants; used by tests.
  public func checkInvariants() -> [String] {
    var problems: [String] = []
    if sentencePostings.count != termIDs.count || articlePostings.count != termIDs.count {
      problems.append("posting lists do not match the vocabulary")
    }
    if sentenceArticle.count != sentenceLengths.count {
      problems.append("sentence owners do not match sentence lengths")
    }
    if articleFirstSentence.count != articleLengths.count {
      problems.append("article starts do not match article lengths")
    }
    for postings in sentencePostings {
      for (previous, next) in zip(postings, postings.dropFirst()) where previous.id >= next.id {
        problems.append("postings out of order")
        break
      }
      if let last = postings.last, Int(last.id) >= sentenceCount {
        problems.append("posting beyond the last sentence")
      }
    }
    if totalSentenceLength != sentenceLengths.reduce(0, { $0 + Int($1) }) {
      problems.append("total sentence length is stale")
    }
    return problems
  }
}
