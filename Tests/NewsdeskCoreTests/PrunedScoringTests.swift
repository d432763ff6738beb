import Foundation
import Testing

@_spi(Benchmarks) @testable import NewsdeskCore

/// Pruned scoring against exhaustive scoring: the same sentences, the same scores to the
/// bit, ties broken the same way, for many queries over a generated archive whose words
/// run from very common to very rare, as a real archive's do.
@Suite struct PrunedScoringTests {
  /// Invented words, all letters, distinct after stemming: two syllables and a suffix.
  static let vocabulary: [String] = {
    let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"]
    let vowels = ["a", "e", "i", "o", "u"]
    var words: [String] = []
    for first in onsets {
      for vowel in vowels {
        for second in onsets {
          words.append(first + vowel + second + vowel + "x")
        }
      }
    }
    return words
  }()

  /// Articles whose words follow Zipf's law over `vocabulary` (the first word commonest),
  /// with some articles repeated word for word, so that equal scores in different articles
  /// have to be ordered by sentence number.
  static func archive(articles: Int, seed: UInt64, everySentence: String? = nil) -> [Article] {
    var random = SeededGenerator(seed: seed)
    let weights = vocabulary.indices.map { 1 / Double($0 + 1) }
    let total = weights.reduce(0, +)
    var cumulative: [Double] = []
    var sum = 0.0
    for weight in weights {
      sum += weight / total
      cumulative.append(sum)
    }
    func word() -> String {
      let point = Double(random.next() % 1_000_000) / 1_000_000
      let rank = cumulative.firstIndex { $0 > point } ?? (vocabulary.count - 1)
      return vocabulary[rank]
    }
    var bodies: [String] = []
    for _ in 0..<articles {
      if bodies.count > 10, random.next() % 20 == 0 {
        bodies.append(bodies[Int(random.next() % UInt64(bodies.count))])
        continue
      }
      let sentences = (0..<(1 + Int(random.next() % 16))).map { _ in
        let length = 2 + Int(random.next() % 20)
        let words = (0..<length).map { _ in word() } + (everySentence.map { [$0] } ?? [])
        return words.joined(separator: " ").capitalizedFirst + "."
      }
      bodies.append(sentences.joined(separator: " "))
    }
    return bodies.enumerated().map { TestSupport.article(id: "z\($0.offset)", body: $0.element) }
  }

  static let index: SentenceIndex = {
    var index = SentenceIndex()
    index.add(archive(articles: 4_500, seed: 5))
    return index
  }()

  /// A query of `size` words: mostly common ones, some rare, now and then a repeat.
  static func query(_ random: inout SeededGenerator, size: Int) -> [String] {
    var analyzer = TermAnalyzer()
    return (0..<size).compactMap { _ in
      let pick = random.next() % 4 == 0 ? random.next() % 700 : random.next() % 40
      return analyzer.term(for: vocabulary[Int(pick) % vocabulary.count])
    }
  }

  @Test func archiveSpansSeveralScoringBlocks() {
    #expect(Self.index.sentenceCount > 2 * ScoringScratch.blockSize)
    #expect(Self.index.checkInvariants().isEmpty)
  }

  @Test(arguments: [1, 3, 10, 40])
  func prunedEqualsExhaustive(limit: Int) {
    var random = SeededGenerator(seed: UInt64(limit))
    var differing: [String] = []
    for number in 0..<120 {
      let terms = Self.query(&random, size: 1 + number % 7)
      let pruned = Self.index.search(terms: terms, limit: limit)
      let exhaustive = Self.index.exhaustiveSearch(terms: terms, limit: limit)
      if pruned != exhaustive || pruned.isEmpty { differing.append(terms.joined(separator: " ")) }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  @Test func weightedAndFocusedQueriesAgree() {
    var random = SeededGenerator(seed: 99)
    for number in 0..<60 {
      let terms = Self.query(&random, size: 2 + number % 5)
      var weights: [String: Double] = [:]
      for term in terms where random.next() % 3 == 0 { weights[term] = 0.5 }
      if number % 10 == 0, let first = terms.first { weights[first] = 0 }
      let focus: Set<Int>? =
        number % 2 == 0
        ? nil : Set((0..<25).map { _ in Int(random.next() % UInt64(Self.index.articleCount)) })
      let pruned = Self.index.search(
        terms: terms, termWeights: weights, limit: 8, articles: focus)
      let exhaustive = Self.index.exhaustiveSearch(
        terms: terms, termWeights: weights, limit: 8, articles: focus)
      #expect(pruned == exhaustive, "\(terms) \(weights)")
    }
  }

  /// The bad inputs the issue names: a query of 200 distinct words, a word in nearly every
  /// sentence, a stop word alone, and parameters under which the bounds do not hold.
  @Test func oddQueriesAgree() {
    var analyzer = TermAnalyzer()
    let all = Self.vocabulary.prefix(200).compactMap { analyzer.term(for: $0) }
    #expect(all.count == 200)
    #expect(
      Self.index.search(terms: all, limit: 10) == Self.index.exhaustiveSearch(terms: all, limit: 10)
    )
    let commonest = [all[0]]
    #expect(Self.index.sentenceFrequency(of: all[0]) > Self.index.sentenceCount / 4)
    #expect(
      Self.index.search(terms: commonest, limit: 10)
        == Self.index.exhaustiveSearch(terms: commonest, limit: 10))
    #expect(Self.index.search(terms: analyzer.terms(in: "the"), limit: 10).isEmpty)
    var loose = SentenceIndex.ScoringParameters()
    loose.b = 1.5
    let terms = [all[3], all[70]]
    #expect(
      Self.index.search(terms: terms, limit: 10, parameters: loose)
        == Self.index.exhaustiveSearch(terms: terms, limit: 10, parameters: loose))
  }

  /// A word in every sentence of the archive: its IDF is the smallest there is, its postings
  /// the longest, alone or beside rarer words.
  @Test func wordInEverySentenceAgrees() {
    var index = SentenceIndex()
    index.add(Self.archive(articles: 1_500, seed: 11, everySentence: "quoqux"))
    var analyzer = TermAnalyzer()
    let everywhere = analyzer.term(for: "quoqux")!
    #expect(index.sentenceFrequency(of: everywhere) == index.sentenceCount)
    var random = SeededGenerator(seed: 12)
    var queries = [[everywhere]]
    for size in 1...6 { queries.append([everywhere] + Self.query(&random, size: size)) }
    for terms in queries {
      let pruned = index.search(terms: terms, limit: 10)
      #expect(!pruned.isEmpty)
      #expect(pruned == index.exhaustiveSearch(terms: terms, limit: 10), "\(terms)")
    }
  }

  /// One article longer than a scoring block (its block then holds it alone) and than many
  /// windows of the essential pass, among ordinary ones: the bounded-input case of a huge
  /// article, at a size a debug test build reads in a moment.
  @Test func anArticleLongerThanAScoringBlockAgrees() {
    var articles = Self.archive(articles: 400, seed: 31)
    let sentences = Self.archive(articles: 2_600, seed: 32).map(\.body)
    articles.insert(
      TestSupport.article(id: "huge", body: sentences.joined(separator: " ")), at: 150)
    var index = SentenceIndex()
    index.add(articles)
    #expect(index.sentenceCount(ofArticle: 150) > ScoringScratch.blockSize)
    var random = SeededGenerator(seed: 33)
    var differing: [String] = []
    for number in 0..<80 {
      let terms = Self.query(&random, size: 1 + number % 6)
      let pruned = index.search(terms: terms, limit: 10)
      if pruned != index.exhaustiveSearch(terms: terms, limit: 10) || pruned.isEmpty {
        differing.append(terms.joined(separator: " "))
      }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5))")
  }

  /// A word in one long sentence of every article, and in a three-word sentence of each of
  /// the first few: the short ones fill the top ten and set the word's bound over its whole
  /// list, while the blocks of its other postings, all in long sentences, are bounded far
  /// lower. Over two scoring blocks, so the second is read with the top already full.
  static func archiveWithShortSentencesFirst(word: String) -> [Article] {
    var random = SeededGenerator(seed: 41)
    let filler = vocabulary.prefix(120).filter { $0 != word }
    func words(_ count: Int) -> String {
      (0..<count).map { _ in filler[Int(random.next() % UInt64(filler.count))] }
        .joined(separator: " ")
    }
    return (0..<4_500).map { number in
      var sentences = (0..<3).map { _ in words(20).capitalizedFirst + "." }
      sentences.append(words(19).capitalizedFirst + " \(word).")
      if number < 12 { sentences.append("\(word.capitalizedFirst) \(words(2)).") }
      return TestSupport.article(id: "s\(number)", body: sentences.joined(separator: " "))
    }
  }

  /// There, block-max pruning passes over the windows of the second block unread, and the
  /// ranking is still the exhaustive one.
  @Test func windowsPassedOverChangeNothing() {
    let word = Self.vocabulary[300]
    var index = SentenceIndex()
    index.add(Self.archiveWithShortSentencesFirst(word: word))
    #expect(index.sentenceCount > ScoringScratch.blockSize)
    var analyzer = TermAnalyzer()
    let term = analyzer.term(for: word)!
    #expect(index.windowCounts(terms: [term], limit: 10).passed > 0)
    for limit in [1, 10, 12] {
      #expect(
        index.search(terms: [term], limit: limit)
          == index.exhaustiveSearch(terms: [term], limit: limit))
    }
    let filler = analyzer.term(for: Self.vocabulary[7])!
    #expect(
      index.search(terms: [term, filler], limit: 10)
        == index.exhaustiveSearch(terms: [term, filler], limit: 10))
  }

  /// Block bounds are counted wherever postings are built, and each bounds its block:
  /// no posting in a block has a higher count or a shorter sentence.
  @Test func blockBoundsCoverTheirPostings() {
    let index = Self.index
    let lists = index.sentencePostings
    #expect(index.blockBounds.count == PostingBlockBounds.count(postings: lists.postingCount))
    var loose = 0
    var seen = 0
    lists.forEachPosting { position, id, count in
      let packed = index.blockBounds[position >> PostingBlockBounds.shift]
      let length = index.sentenceLengths[Int(id)]
      if UInt32(count) > packed >> 16 || UInt32(length) < packed & 0xFFFF {
        loose += 1
      }
      seen += 1
    }
    #expect(seen == lists.postingCount)
    #expect(loose == 0)
  }

  /// The bounds counted with the postings hold through every way an index is put together:
  /// built at once, appended to, and assembled with articles dropped.
  @Test func termBoundsFollowEveryBuild() {
    let articles = Self.archive(articles: 300, seed: 21)
    var whole = SentenceIndex()
    whole.add(articles)
    var appended = SentenceIndex()
    appended.add(Array(articles[..<120]))
    appended.add(Array(articles[120...]))
    // Every third article dropped, the others numbered on in order.
    let kept: [UInt32] = (0..<300).map { (article: Int) -> UInt32 in
      article % 3 == 0 ? PostingLists.IDMap.dropped : UInt32(article - article / 3 - 1)
    }
    let assembled = SentenceIndex.assembled(
      from: [.init(index: whole, articles: kept)], articleCount: 200)
    for index in [whole, appended, assembled] {
      #expect(index.termBounds.count == index.sentencePostings.termCount)
      #expect(index.checkInvariants().isEmpty, "\(index.checkInvariants())")
    }
  }

  /// Equal scores in different articles (the repeated articles) come out earliest sentence
  /// first, as the exhaustive ranking orders them.
  @Test func tiesAreBrokenBySentenceNumber() {
    var random = SeededGenerator(seed: 4)
    var ties = 0
    for _ in 0..<150 {
      let terms = Self.query(&random, size: 3)
      let hits = Self.index.search(terms: terms, limit: 30)
      for (first, second) in zip(hits, hits.dropFirst()) where first.score == second.score {
        ties += 1
        #expect(first.sentence < second.sentence)
      }
    }
    #expect(ties > 0)
  }
}
