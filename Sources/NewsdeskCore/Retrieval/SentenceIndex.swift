/// An inverted index over the sentences of the loaded articles, with a second, smaller index
/// over whole articles.
///
/// Sentences are numbered globally in load order. Postings sit in flat columns (see
/// `PostingLists`): integer ids and one-byte counts, no per-posting objects, no array per
/// term. The article-level postings let the sentences of the article that is about the
/// question rank first when many are loaded. Built in memory, or mapped from a saved index.
public struct SentenceIndex: Sendable {
  var vocabulary = Vocabulary()
  var sentencePostings = PostingLists()
  var articlePostings = PostingLists()
  /// Each sentence's length in words, stop words included.
  var sentenceLengths = Column<UInt16>()
  /// The article (index in load order) each global sentence belongs to.
  var sentenceArticle = Column<UInt32>()
  /// Each article's first global sentence number.
  var articleFirstSentence = Column<UInt32>()
  var articleLengths = Column<UInt32>()
  var totalSentenceLength = 0
  var totalArticleLength = 0
  /// Score buffers reused from query to query; shared by copies, safe across threads.
  let scratch = ScoringScratchPool()

  public init() {}

  public var sentenceCount: Int { sentenceLengths.count }
  public var articleCount: Int { articleLengths.count }
  public var termCount: Int { vocabulary.count }

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
    vocabulary.id(of: term).map { sentencePostings.frequency(of: $0) } ?? 0
  }

  /// The number of sentences of each article, in load order.
  func sentenceCount(ofArticle article: Int) -> Int {
    let next = article + 1 < articleCount ? Int(articleFirstSentence[article + 1]) : sentenceCount
    return next - Int(articleFirstSentence[article])
  }

  /// Checks the structure's invariants; used by tests.
  public func checkInvariants() -> [String] {
    var problems: [String] = []
    if sentencePostings.termCount > vocabulary.count || articlePostings.termCount > vocabulary.count
    {
      problems.append("posting lists do not match the vocabulary")
    }
    if sentenceArticle.count != sentenceLengths.count {
      problems.append("sentence owners do not match sentence lengths")
    }
    if articleFirstSentence.count != articleLengths.count {
      problems.append("article starts do not match article lengths")
    }
    for sentence in 0..<sentenceArticle.count {
      let article = Int(sentenceArticle[sentence])
      if article >= articleCount || Int(articleFirstSentence[article]) > sentence {
        problems.append("sentence \(sentence) points at the wrong article")
        break
      }
    }
    problems += sentencePostings.problems(idLimit: sentenceCount, name: "sentence")
    problems += articlePostings.problems(idLimit: articleCount, name: "article")
    if totalSentenceLength != sentenceLengths.buffer.reduce(0, { $0 + Int($1) }) {
      problems.append("total sentence length is stale")
    }
    if totalArticleLength != articleLengths.buffer.reduce(0, { $0 + Int($1) }) {
      problems.append("total article length is stale")
    }
    return problems
  }
}
