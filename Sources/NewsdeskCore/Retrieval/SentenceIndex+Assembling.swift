/// Assembling an index from parts of others without re-reading any text: the saved index
/// with the articles that changed or vanished left out, and the re-read articles put back in
/// their places. A linear pass over the postings.
extension SentenceIndex {
  /// One source of articles for `assembled`.
  struct AssemblyPart {
    var index: SentenceIndex
    /// For each of the part's articles, its number in the result, or `IDMap.dropped`.
    /// Kept articles must keep their order.
    var articles: [UInt32]
  }

  /// An index of `articleCount` articles, each taken from exactly one part.
  static func assembled(from parts: [AssemblyPart], articleCount: Int) -> SentenceIndex {
    var result = SentenceIndex()
    for part in parts {
      for term in part.index.vocabulary.terms { _ = result.vocabulary.insert(term) }
    }
    // Where each result article comes from, to lay out sentences in result order.
    var source = [(part: Int, article: Int)](repeating: (-1, -1), count: articleCount)
    for (number, part) in parts.enumerated() {
      for (article, target) in part.articles.enumerated() where target != PostingLists.IDMap.dropped
      {
        source[Int(target)] = (number, article)
      }
    }
    precondition(source.allSatisfy { $0.part >= 0 }, "every article must come from a part")
    var firstSentences: [UInt32] = []
    var lengths: [UInt16] = []
    var articleLengths: [UInt32] = []
    firstSentences.reserveCapacity(articleCount)
    articleLengths.reserveCapacity(articleCount)
    for (part, article) in source {
      let index = parts[part].index
      let start = Int(index.articleFirstSentence[article])
      firstSentences.append(UInt32(lengths.count))
      lengths +=
        index.sentenceLengths.buffer[start..<(start + index.sentenceCount(ofArticle: article))]
      articleLengths.append(index.articleLengths[article])
    }
    result.sentenceLengths = Column(lengths)
    result.articleLengths = Column(articleLengths)
    result.articleFirstSentence = Column(firstSentences)
    result.totalSentenceLength = lengths.reduce(0) { $0 + Int($1) }
    result.totalArticleLength = articleLengths.reduce(0) { $0 + Int($1) }

    var sentenceParts: [PostingLists.MergePart] = []
    for part in parts {
      let terms = termMap(from: part.index.vocabulary, to: result.vocabulary)
      let sentenceMap = Column.build(count: part.index.sentenceCount) { map in
        for article in 0..<part.index.articleCount {
          let start = Int(part.index.articleFirstSentence[article])
          let count = part.index.sentenceCount(ofArticle: article)
          let target = part.articles[article]
          for offset in 0..<count {
            map[start + offset] =
              target == PostingLists.IDMap.dropped
              ? PostingLists.IDMap.dropped : firstSentences[Int(target)] + UInt32(offset)
          }
        }
      }
      sentenceParts.append(
        .init(lists: part.index.sentencePostings, terms: terms, ids: .table(sentenceMap)))
    }
    result.sentencePostings = PostingLists.merging(
      sentenceParts, termCount: result.vocabulary.count)
    result.articleFrequencies = result.sentencePostings.articleFrequencies(
      firstSentences: result.articleFirstSentence)
    // Recounted: a dropped article may have held a term's highest count or shortest sentence.
    result.termBounds = result.sentencePostings.termBounds(
      sentenceLengths: result.sentenceLengths.buffer)
    result.countBlockBounds()
    return result
  }

  /// For each term of `target`, its number in `source` or -1; nil when `source` numbers its
  /// terms as `target` does (it is a prefix of it), the usual case.
  static func termMap(from source: Vocabulary, to target: Vocabulary) -> [Int32]? {
    let isPrefix =
      source.count <= target.count
      && source.terms.indices.allSatisfy { source.terms[$0] == target.terms[$0] }
    if isPrefix { return nil }
    return target.terms.map { term in source.id(of: term).map { Int32($0) } ?? -1 }
  }
}
