import Testing

@testable import NewsdeskCore

@Suite struct PostingListsTests {
  /// Sentences as lists of term numbers, inverted.
  func lists(_ sentences: [[UInt32]], termCount: Int) -> PostingLists {
    var forward = ForwardPostings()
    for sentence in sentences {
      var counts: [UInt32: Int] = [:]
      for term in sentence { counts[term, default: 0] += 1 }
      for (term, count) in counts.sorted(by: { $0.key < $1.key }) {
        forward.terms.append(term)
        forward.counts.append(UInt8(clamping: count))
      }
      forward.sentenceEnds.append(UInt32(forward.terms.count))
    }
    var batches = [forward]
    let lengths = Column(sentences.map { UInt16($0.count) })
    // One sentence an article: the article counts are checked in SentenceIndex tests.
    return PostingLists.inverting(
      &batches, termCount: termCount, sentenceLengths: lengths,
      firstSentences: Column((0..<sentences.count).map { UInt32($0) })
    ).lists
  }

  func postings(_ lists: PostingLists, _ term: Int) -> [UInt32] {
    lists.ids(of: term)
  }

  @Test func invertingListsEachTermsSentencesInOrder() {
    let inverted = lists([[0, 1], [1, 1, 2], [], [0, 2]], termCount: 4)
    #expect(postings(inverted, 0) == [0, 3])
    #expect(postings(inverted, 1) == [0, 1])
    #expect(postings(inverted, 2) == [1, 3])
    #expect(postings(inverted, 3) == [])
    #expect(postings(inverted, 99) == [])
    #expect(inverted.posting(at: inverted.range(of: 1).lowerBound + 1).count == 2)
    // Bounds read the sentences' lengths from the table by sentence: term 1 occurs twice
    // in sentence 1 and its shortest sentence is 0 (two words); term 2 at most once.
    let sentenceLengths = Column<UInt16>([2, 3, 0, 2])
    withExtendedLifetime(sentenceLengths) {
      let bounds = inverted.termBounds(sentenceLengths: sentenceLengths.buffer)
      #expect(bounds[1] == 2 << 16 | 2)
      #expect(bounds[2] == 1 << 16 | 2)
    }
    #expect(inverted.problems(idLimit: 4, name: "test").isEmpty)
  }

  @Test func articleFrequenciesCountArticlesNotSentences() {
    let inverted = lists([[0, 0], [0, 1], [1], [0]], termCount: 2)
    // Sentences 0–1 are article 0, 2–3 article 1; an empty article 2 sits between.
    let frequencies = inverted.articleFrequencies(firstSentences: Column([0, 2, 2]))
    #expect(Array(frequencies.buffer) == [2, 2])
    let one = inverted.articleFrequencies(firstSentences: Column([0]))
    #expect(Array(one.buffer) == [1, 1])
  }

  @Test func articleCursorFindsArticlesPastEmptyOnes() {
    let starts: [UInt32] = [0, 3, 3, 3, 10, 11]
    starts.withUnsafeBufferPointer { buffer in
      var cursor = ArticleCursor(firstSentences: buffer, sentenceCount: 20)
      var found: [Int] = []
      for sentence in [0, 2, 3, 9, 10, 11, 19] {
        cursor.move(to: sentence)
        found.append(cursor.article)
        #expect(
          ArticleCursor.article(containing: sentence, firstSentences: buffer) == cursor.article)
      }
      #expect(found == [0, 0, 3, 3, 4, 5, 5])
    }
  }

  @Test func countsSaturateInsteadOfWrapping() {
    let inverted = lists([Array(repeating: 0, count: 300)], termCount: 1)
    #expect(inverted.posting(at: 0).count == 255)
  }

  @Test func mergingDropsAndInterleavesByTheMaps() {
    // Old: sentences 0, 1, 2; sentence 1 is dropped and a re-read one takes its place.
    let old = lists([[0], [0, 1], [1]], termCount: 2)
    let new = lists([[1, 2]], termCount: 3)
    let merged = PostingLists.merging(
      [
        .init(lists: old, terms: nil, ids: .table(Column([0, PostingLists.IDMap.dropped, 2]))),
        .init(lists: new, terms: nil, ids: .table(Column([1]))),
      ], termCount: 3)
    #expect(postings(merged, 0) == [0])
    #expect(postings(merged, 1) == [1, 2])
    #expect(postings(merged, 2) == [1])
    #expect(merged.postingCount == 4)
    #expect(merged.problems(idLimit: 3, name: "merged").isEmpty)
  }

  @Test func mergingMatchesTermsByTheTermMap() {
    let first = lists([[0]], termCount: 1)
    let second = lists([[0], [1]], termCount: 2)
    // The second part's term 0 is merged term 1 and its term 1 is merged term 0.
    let merged = PostingLists.merging(
      [
        .init(lists: first, terms: nil, ids: .offset(0)),
        .init(lists: second, terms: [1, 0], ids: .offset(1)),
      ], termCount: 2)
    #expect(postings(merged, 0) == [0, 2])
    #expect(postings(merged, 1) == [1])
  }

  @Test func wordTableRemembersWordsThroughGrowth() {
    var table = WordTermTable()
    // Short and long words, so both comparisons and the table of recent words are used.
    let words = (0..<20_000).map { $0 % 3 == 0 ? "a-rather-long-word-number-\($0)" : "word\($0)" }
    for (number, word) in words.enumerated() {
      var bytes = Array(word.utf8)
      bytes.withUnsafeMutableBufferPointer { buffer in
        let view = UnsafeBufferPointer(buffer)
        let entry: WordTermTable.Entry = number % 7 == 0 ? .stopWord : .term(UInt32(number))
        table.store(entry, for: view)
      }
    }
    #expect(table.count == words.count)
    // Twice: the second time most short words come from the table of recent words.
    for _ in 0..<2 {
      for (number, word) in words.enumerated() {
        var bytes = Array(word.utf8)
        let entry = bytes.withUnsafeMutableBufferPointer { buffer in
          let view = UnsafeBufferPointer(buffer)
          return table.entry(for: view)
        }
        #expect(entry == (number % 7 == 0 ? .stopWord : .term(UInt32(number))))
      }
    }
    var missing = Array("word20000".utf8)
    missing.withUnsafeMutableBufferPointer { buffer in
      let view = UnsafeBufferPointer(buffer)
      #expect(table.entry(for: view) == nil)
    }
  }

  @Test func analyzerCountsLikeTheQueryPath() {
    let text = "Ecuador's U.S. envoy met Señora Noboa; the envoy met her again. 1.5 billion."
    let article = TestSupport.article(id: "x", body: text)
    var batch = SentenceIndex.AnalysedBatch()
    var analyzer = SentenceAnalyzer(vocabulary: SharedVocabulary())
    article.withBodyBytes { batch.append(article.sentences, body: $0, analyzer: &analyzer) }
    var index = SentenceIndex()
    index.add([article])
    var terms = TermAnalyzer()
    for word in WordTokenizer.words(in: text) {
      guard let term = terms.term(for: word) else { continue }
      #expect(index.sentenceFrequency(of: term) >= 1, "\(word) → \(term)")
    }
    #expect(
      batch.sentenceLengths.map(Int.init)
        == article.sentences.indices.map {
          WordTokenizer.words(in: article.sentence($0)).count
        })
  }
}
