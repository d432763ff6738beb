/// An inverted index over the sentences of the loaded articles, which also scores whole
/// articles.
///
/// Sentences are numbered globally in load order, an article's sentences one after another.
/// Postings sit in flat columns (see `PostingLists`): sentence ids and counts packed per
/// block, no per-posting objects, no array per term. An article's count of a
/// term is the sum over its sentences, so article scores (which let the sentences of the
/// article that is about the question rank first when many are loaded) come from the same
/// postings, read once; only each term's article frequency is kept besides. Built in
/// memory, or mapped from a saved index.
public struct SentenceIndex: Sendable {
  var vocabulary = Vocabulary()
  var sentencePostings = PostingLists()
  /// For each term, how many articles hold it.
  var articleFrequencies = Column<UInt32>()
  /// Each sentence's length in words, stop words included.
  var sentenceLengths = Column<UInt16>()
  /// Each article's first global sentence number.
  var articleFirstSentence = Column<UInt32>()
  var articleLengths = Column<UInt32>()
  /// Per term, the highest count of the term in one sentence (high 16 bits) and the shortest
  /// sentence holding it (low 16), 0 for a term without postings: the bounds pruned scoring
  /// starts from. Counted wherever postings are built (inverted, appended, assembled) and
  /// saved with the index, so a query reads one number per term instead of every count and
  /// length of its terms (an index built in memory used to scan them on every query).
  var termBounds = Column<UInt32>()
  /// The same bounds per block of 128 postings (`PostingBlockBounds`), so pruned scoring
  /// can bound a stretch of sentences by what its words reach there, not anywhere.
  var blockBounds = Column<UInt32>()
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
    let article = ArticleCursor.article(
      containing: sentence, firstSentences: articleFirstSentence.buffer)
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

  /// Counts the block bounds of the postings as they now are: wherever postings are built.
  mutating func countBlockBounds() {
    blockBounds = PostingBlockBounds.build(
      lists: sentencePostings, sentenceLengths: sentenceLengths.buffer)
  }

  /// Checks the structure's invariants; used by tests.
  public func checkInvariants() -> [String] {
    var problems: [String] = []
    if sentencePostings.termCount > vocabulary.count {
      problems.append("posting lists do not match the vocabulary")
    }
    if articleFrequencies.count != sentencePostings.termCount {
      problems.append("article frequencies do not match the posting lists")
    }
    if articleFirstSentence.count != articleLengths.count {
      problems.append("article starts do not match article lengths")
    }
    let starts = articleFirstSentence.buffer
    if zip(starts, starts.dropFirst()).contains(where: { $0 > $1 })
      || starts.last.map({ Int($0) > sentenceCount }) ?? false
    {
      problems.append("article starts out of order")
    }
    problems += sentencePostings.problems(idLimit: sentenceCount, name: "sentence")
    let frequencies = sentencePostings.articleFrequencies(firstSentences: articleFirstSentence)
    // Kept alive while compared, as below: `buffer` is only a pointer into it.
    withExtendedLifetime(frequencies) {
      if !articleFrequencies.buffer.elementsEqual(frequencies.buffer) {
        problems.append("article frequencies are stale")
      }
    }
    if termBounds.count != sentencePostings.termCount {
      problems.append("term bounds do not match the posting lists")
    } else {
      let recounted = sentencePostings.termBounds(sentenceLengths: sentenceLengths.buffer)
      // Kept alive while compared: `buffer` is only a pointer into it.
      withExtendedLifetime(recounted) {
        if !termBounds.buffer.elementsEqual(recounted.buffer) {
          problems.append("term bounds are stale")
        }
      }
    }
    let blocks = PostingBlockBounds.build(
      lists: sentencePostings, sentenceLengths: sentenceLengths.buffer)
    // Kept alive while compared: `buffer` is only a pointer into it.
    withExtendedLifetime(blocks) {
      if !blockBounds.buffer.elementsEqual(blocks.buffer) {
        problems.append("block bounds are stale")
      }
    }
    if totalSentenceLength != sentenceLengths.buffer.reduce(0, { $0 + Int($1) }) {
      problems.append("total sentence length is stale")
    }
    if totalArticleLength != articleLengths.buffer.reduce(0, { $0 + Int($1) }) {
      problems.append("total article length is stale")
    }
    return problems
  }
}
