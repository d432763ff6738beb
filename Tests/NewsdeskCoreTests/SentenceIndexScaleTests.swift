import Foundation
import Testing

@testable import NewsdeskCore

/// The compact index against a plain reference: BM25 computed from each sentence's words with
/// dictionaries, the way the first index did it. Scaling work must not change answers.
@Suite struct SentenceIndexScaleTests {
  /// A deterministic archive from a small vocabulary, so terms repeat across many sentences.
  static func archive(articles: Int, sentencesEach: Int, seed: UInt64) -> [Article] {
    var random = SeededGenerator(seed: seed)
    let words = [
      "harbour", "strike", "minister", "rubio", "noboa", "quito", "budget", "vote", "storm",
      "engine", "steam", "coal", "river", "bridge", "council", "police", "court", "market",
      "price", "oil", "election", "union", "workers", "ships", "port", "school", "hospital",
      "the", "a", "of", "in", "and", "was", "said", "Ecuador's", "Señora", "U.S.", "1.5",
    ]
    return (0..<articles).map { number in
      let sentences = (0..<(1 + Int(random.next() % UInt64(sentencesEach)))).map { _ in
        let length = 3 + Int(random.next() % 14)
        let body = (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] }
        return body.joined(separator: " ").capitalizedFirst + "."
      }
      return TestSupport.article(id: "a\(number)", body: sentences.joined(separator: " "))
    }
  }

  /// Reference BM25 with an article component, from scratch, with dictionaries.
  struct Reference {
    var sentenceTerms: [[String: Int]] = []
    var sentenceLengths: [Int] = []
    var owners: [Int] = []
    var articleTerms: [[String: Int]]
    var articleLengths: [Int]

    init(_ articles: [Article]) {
      var analyzer = TermAnalyzer()
      articleTerms = Array(repeating: [:], count: articles.count)
      articleLengths = Array(repeating: 0, count: articles.count)
      for (number, article) in articles.enumerated() {
        for index in article.sentences.indices {
          let words = WordTokenizer.words(in: article.sentence(index))
          var counts: [String: Int] = [:]
          for word in words {
            if let term = analyzer.term(for: word) { counts[term, default: 0] += 1 }
          }
          for (term, count) in counts { articleTerms[number][term, default: 0] += count }
          sentenceTerms.append(counts)
          sentenceLengths.append(words.count)
          articleLengths[number] += words.count
          owners.append(number)
        }
      }
    }

    func search(_ query: [String], limit: Int, allowed: Set<Int>? = nil) -> [(
      sentence: Int, score: Double
    )] {
      let parameters = SentenceIndex.ScoringParameters()
      func bm25(_ frequency: Int, _ length: Int, _ average: Double, _ idf: Double) -> Double {
        let norm =
          parameters.k1 * (1 - parameters.b + parameters.b * Double(length) / max(average, 1))
        return idf * Double(frequency) * (parameters.k1 + 1) / (Double(frequency) + norm)
      }
      let sentenceAverage = Double(sentenceLengths.reduce(0, +)) / Double(sentenceLengths.count)
      let articleAverage = Double(articleLengths.reduce(0, +)) / Double(articleLengths.count)
      var articleScores = [Double](repeating: 0, count: articleLengths.count)
      var sentenceScores = [Double](repeating: 0, count: sentenceTerms.count)
      for term in Set(query).sorted() {
        let inArticles = articleTerms.filter { $0[term] != nil }.count
        let articleIDF = SentenceIndex.idf(documents: articleLengths.count, containing: inArticles)
        for (number, counts) in articleTerms.enumerated() {
          guard let count = counts[term] else { continue }
          articleScores[number] += bm25(count, articleLengths[number], articleAverage, articleIDF)
        }
        let inSentences = sentenceTerms.filter { $0[term] != nil }.count
        let idf = SentenceIndex.idf(documents: sentenceTerms.count, containing: inSentences)
        for (sentence, counts) in sentenceTerms.enumerated() {
          guard let count = counts[term] else { continue }
          sentenceScores[sentence] += bm25(count, sentenceLengths[sentence], sentenceAverage, idf)
        }
      }
      return sentenceScores.indices
        .filter { sentenceScores[$0] > 0 && (allowed?.contains(owners[$0]) ?? true) }
        .map { ($0, sentenceScores[$0] + parameters.articleWeight * articleScores[owners[$0]]) }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        .prefix(limit).map { (sentence: $0.0, score: $0.1) }
    }
  }

  static func matches(_ hits: [ScoredSentence], _ expected: [(sentence: Int, score: Double)])
    -> Bool
  {
    guard hits.count == expected.count else { return false }
    return zip(hits, expected).allSatisfy { hit, want in
      abs(hit.score - want.score) < 1e-9 * max(1, want.score)
        && (hit.sentence == want.sentence || abs(hit.score - want.score) < 1e-9)
    }
  }

  static let queries = [
    "harbour strike workers", "rubio noboa quito", "steam engine coal", "the budget vote",
    "señora ecuador", "us 1.5 market price", "zebra", "storm river bridge council police",
  ]

  @Test func searchAgreesWithTheReferenceAcrossScoringBlocks() {
    // More sentences than one scoring block, so block edges are crossed.
    let articles = Self.archive(articles: 4_000, sentencesEach: 16, seed: 7)
    var index = SentenceIndex()
    index.add(articles)
    #expect(index.sentenceCount > ScoringScratch.blockSize)
    #expect(index.checkInvariants().isEmpty)
    let reference = Reference(articles)
    var analyzer = TermAnalyzer()
    for query in Self.queries {
      let terms = analyzer.terms(in: query)
      let hits = index.search(terms: terms, limit: 10)
      #expect(Self.matches(hits, reference.search(terms, limit: 10)), "\(query)")
      let allowed: Set<Int> = [3, 1_999, 3_998]
      let focused = index.search(terms: terms, limit: 10, articles: allowed)
      #expect(
        Self.matches(focused, reference.search(terms, limit: 10, allowed: allowed)),
        "\(query) focused")
    }
  }

  @Test func addingInPiecesMatchesAddingAtOnce() {
    let articles = Self.archive(articles: 300, sentencesEach: 8, seed: 11)
    var whole = SentenceIndex()
    whole.add(articles)
    var pieces = SentenceIndex()
    for start in stride(from: 0, to: articles.count, by: 70) {
      pieces.add(Array(articles[start..<min(articles.count, start + 70)]))
    }
    #expect(pieces.checkInvariants().isEmpty)
    #expect(pieces.sentenceCount == whole.sentenceCount)
    var analyzer = TermAnalyzer()
    for query in Self.queries {
      let terms = analyzer.terms(in: query)
      #expect(pieces.search(terms: terms, limit: 20) == whole.search(terms: terms, limit: 20))
      #expect(
        pieces.sentenceFrequency(of: terms.first ?? "")
          == whole.sentenceFrequency(of: terms.first ?? ""))
    }
  }

  @Test func queriesOnManyThreadsAgree() {
    var index = SentenceIndex()
    index.add(Self.archive(articles: 500, sentencesEach: 10, seed: 3))
    var analyzer = TermAnalyzer()
    let queries = Self.queries.map { analyzer.terms(in: $0) }
    let expected = queries.map { index.search(terms: $0, limit: 10) }
    let frozen = index
    let results = Parallel.map(count: 64, workers: 4, makeContext: { () }) { _, number in
      frozen.search(terms: queries[number % queries.count], limit: 10)
        == expected[number % queries.count]
    }
    #expect(results.allSatisfy { $0 })
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
