/// Building the index: articles are analysed on all cores in chunks, each with its own
/// stemmer and local vocabulary, and the chunks are then merged in order, so posting lists
/// stay sorted by sentence number without a sort.
extension SentenceIndex {
  /// Adds articles after those already indexed. Their sentences are numbered after the
  /// existing ones, in the order given.
  public mutating func add(_ articles: [Article]) {
    let chunkSize = 64
    let chunks = stride(from: 0, to: articles.count, by: chunkSize).map {
      ArticleChunk(articles: Array(articles[$0..<min(articles.count, $0 + chunkSize)]))
    }
    let built = chunks.parallelMap(makeContext: { TermAnalyzer() }) { analyzer, chunk in
      ChunkIndex(chunk.articles, analyzer: &analyzer)
    }
    for chunk in built { merge(chunk) }
  }

  private mutating func merge(_ chunk: ChunkIndex) {
    let sentenceOffset = UInt32(sentenceCount)
    let articleOffset = UInt32(articleCount)
    for (localID, term) in chunk.terms.enumerated() {
      let globalID: Int
      if let existing = termIDs[term] {
        globalID = Int(existing)
      } else {
        globalID = sentencePostings.count
        termIDs[term] = Int32(globalID)
        sentencePostings.append([])
        articlePostings.append([])
      }
      sentencePostings[globalID].append(
        contentsOf: chunk.sentencePostings[localID].lazy.map {
          Posting(id: $0.id + sentenceOffset, count: $0.count)
        })
      articlePostings[globalID].append(
        contentsOf: chunk.articlePostings[localID].lazy.map {
          Posting(id: $0.id + articleOffset, count: $0.count)
        })
    }
    for length in chunk.articleSentenceCounts {
      articleFirstSentence.append(Int32(sentenceCount))
      sentenceArticle.append(
        contentsOf: repeatElement(Int32(articleCount), count: length))
      articleLengths.append(0)
      sentenceLengths.append(contentsOf: repeatElement(0, count: length))
    }
    // The loop above reserved the slots; fill in the lengths.
    let firstNewSentence = Int(sentenceOffset)
    for (offset, length) in chunk.sentenceLengths.enumerated() {
      sentenceLengths[firstNewSentence + offset] = length
      totalSentenceLength += Int(length)
    }
    let firstNewArticle = Int(articleOffset)
    for (offset, length) in chunk.articleLengths.enumerated() {
      articleLengths[firstNewArticle + offset] = length
      totalArticleLength += Int(length)
    }
  }
}

private struct ArticleChunk: Sendable {
  var articles: [Article]
}

/// The index of one chunk of articles, with chunk-local term, sentence and article numbers.
private struct ChunkIndex: Sendable {
  var terms: [String] = []
  var sentencePostings: [[SentenceIndex.Posting]] = []
  var articlePostings: [[SentenceIndex.Posting]] = []
  var sentenceLengths: [UInt16] = []
  var articleLengths: [Int32] = []
  var articleSentenceCounts: [Int] = []

  init(_ articles: [Article], analyzer: inout TermAnalyzer) {
    var localIDs: [String: Int] = [:]
    var sentenceCounts: [Int: UInt32] = [:]
    var articleCounts: [Int: UInt32] = [:]
    for (articleNumber, article) in articles.enumerated() {
      articleCounts.removeAll(keepingCapacity: true)
      var articleLength: Int32 = 0
      var body = article.body
      body.withUTF8 { bytes in
        for location in article.sentences {
          sentenceCounts.removeAll(keepingCapacity: true)
          var length = 0
          let slice = UnsafeBufferPointer(
            rebasing: bytes[Int(location.start)..<Int(location.end)])
          WordTokenizer.scan(slice) { word, _ in
            length += 1
            guard let term = analyzer.term(for: word) else { return }
            let id: Int
            if let known = localIDs[term] {
              id = known
            } else {
              id = terms.count
              localIDs[term] = id
              terms.append(term)
              sentencePostings.append([])
              articlePostings.append([])
            }
            sentenceCounts[id, default: 0] += 1
          }
          let sentenceID = UInt32(sentenceLengths.count)
          sentenceLengths.append(UInt16(clamping: length))
          articleLength += Int32(clamping: length)
          for (id, count) in sentenceCounts {
            sentencePostings[id].append(SentenceIndex.Posting(id: sentenceID, count: count))
            articleCounts[id, default: 0] += count
          }
        }
      }
      for (id, count) in articleCounts {
        articlePostings[id].append(SentenceIndex.Posting(id: UInt32(articleNumber), count: count))
      }
      articleLengths.append(articleLength)
      articleSentenceCounts.append(article.sentences.count)
    }
  }
}
