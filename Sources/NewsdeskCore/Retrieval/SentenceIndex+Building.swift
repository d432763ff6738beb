/// Building the index: articles are analysed on all cores into forward postings, which are
/// then inverted once into flat posting lists, so no per-chunk index is ever merged.
extension SentenceIndex {
  /// The analysed form of a run of articles: what one loading worker hands back per batch.
  struct AnalysedBatch: Sendable {
    var postings = ForwardPostings()
    var sentenceLengths: [UInt16] = []
    var articleSentenceCounts: [UInt32] = []
    var articleLengths: [UInt32] = []
  }

  /// Adds articles after those already indexed. Their sentences are numbered after the
  /// existing ones, in the order given, their terms read with `lexicon`.
  public mutating func add(_ articles: [Article], lexicon: Lexicon) {
    guard !articles.isEmpty else { return }
    let vocabulary = SharedVocabulary(self.vocabulary)
    let batchSize = 64
    let batchCount = (articles.count + batchSize - 1) / batchSize
    var batches = Parallel.map(
      count: batchCount, makeContext: { SentenceAnalyzer(vocabulary: vocabulary, lexicon: lexicon) }
    ) { analyzer, number in
      var batch = AnalysedBatch()
      for article in articles[(number * batchSize)..<min(articles.count, (number + 1) * batchSize)]
      {
        article.withBodyBytes { body in
          batch.append(article.sentences, body: body, analyzer: &analyzer)
        }
      }
      return batch
    }
    let added = SentenceIndex(vocabulary: vocabulary.snapshot, batches: &batches)
    self = isEmpty ? added : appending(added)
  }

  var isEmpty: Bool { articleCount == 0 && vocabulary.count == 0 }

  /// An index over analysed articles, numbered from 0 in batch order. Consumes the batches.
  init(vocabulary: Vocabulary, batches: inout [AnalysedBatch]) {
    self.vocabulary = vocabulary
    var lengths: [UInt16] = []
    var articleLengths: [UInt32] = []
    var firstSentences: [UInt32] = []
    var postings: [ForwardPostings] = []
    lengths.reserveCapacity(batches.reduce(0) { $0 + $1.sentenceLengths.count })
    for number in batches.indices {
      let batch = batches[number]
      batches[number] = AnalysedBatch()
      // This batch's sentences are numbered on from those already counted.
      var next = UInt32(lengths.count)
      for count in batch.articleSentenceCounts {
        firstSentences.append(next)
        next += count
      }
      lengths += batch.sentenceLengths
      articleLengths += batch.articleLengths
      postings.append(batch.postings)
    }
    sentenceLengths = Column(lengths)
    self.articleLengths = Column(articleLengths)
    articleFirstSentence = Column(firstSentences)
    totalSentenceLength = lengths.reduce(0) { $0 + Int($1) }
    totalArticleLength = articleLengths.reduce(0) { $0 + Int($1) }
    (sentencePostings, articleFrequencies) = PostingLists.inverting(
      &postings, termCount: vocabulary.count, sentenceLengths: sentenceLengths,
      firstSentences: articleFirstSentence)
    termBounds = sentencePostings.termBounds(sentenceLengths: sentenceLengths.buffer)
    countBlockBounds()
  }

  /// This index followed by `other`: its articles and sentences numbered after these, its
  /// terms matched to these by name.
  func appending(_ other: SentenceIndex) -> SentenceIndex {
    var merged = SentenceIndex()
    merged.vocabulary = vocabulary
    var otherTerms: [Int32] = Array(repeating: -1, count: vocabulary.count)
    for (id, term) in other.vocabulary.terms.enumerated() {
      let mergedID = Int(merged.vocabulary.insert(term))
      if mergedID >= otherTerms.count { otherTerms.append(-1) }
      otherTerms[mergedID] = Int32(id)
    }
    let termCount = merged.vocabulary.count
    merged.sentencePostings = PostingLists.merging(
      [
        .init(lists: sentencePostings, terms: nil, ids: .offset(0)),
        .init(
          lists: other.sentencePostings, terms: otherTerms, ids: .offset(UInt32(sentenceCount))),
      ], termCount: termCount)
    // The two indexes share no article, so a term's article counts add up.
    merged.articleFrequencies = Column.build(count: termCount) { frequencies in
      for term in 0..<termCount {
        let own = term < articleFrequencies.count ? articleFrequencies[term] : 0
        let theirTerm = Int(otherTerms[term])
        let theirs =
          theirTerm >= 0 && theirTerm < other.articleFrequencies.count
          ? other.articleFrequencies[theirTerm] : 0
        frequencies[term] = own + theirs
      }
    }
    // Neither index loses a posting, so a term's bounds are the wider of the two.
    merged.termBounds = Column.build(count: termCount) { bounds in
      for term in 0..<termCount {
        let own = term < termBounds.count ? termBounds[term] : 0
        let theirTerm = Int(otherTerms[term])
        let theirs =
          theirTerm >= 0 && theirTerm < other.termBounds.count ? other.termBounds[theirTerm] : 0
        bounds[term] = PostingLists.widerBound(own, theirs)
      }
    }
    merged.sentenceLengths = sentenceLengths.appending(other.sentenceLengths)
    merged.articleLengths = articleLengths.appending(other.articleLengths)
    let shift = UInt32(sentenceCount)
    merged.articleFirstSentence = articleFirstSentence.appending(
      Column(other.articleFirstSentence.buffer.lazy.map { $0 + shift }))
    merged.totalSentenceLength = totalSentenceLength + other.totalSentenceLength
    merged.totalArticleLength = totalArticleLength + other.totalArticleLength
    // Blocks are cut at fixed positions, which the merge moves: counted afresh.
    merged.countBlockBounds()
    return merged
  }
}

extension SentenceIndex.AnalysedBatch {
  /// Analyses one article into the batch.
  mutating func append(
    _ sentences: [SentenceLocation], body: UnsafeBufferPointer<UInt8>,
    analyzer: inout SentenceAnalyzer
  ) {
    let length = analyzer.analyze(
      body: body, sentences: sentences, into: &postings, lengths: &sentenceLengths)
    articleSentenceCounts.append(UInt32(sentences.count))
    articleLengths.append(length)
  }
}
