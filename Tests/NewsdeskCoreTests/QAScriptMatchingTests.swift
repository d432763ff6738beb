import Foundation
import Testing

@testable import NewsdeskCore

/// Expectations against answers built by hand, so each row states exactly what came back.
@Suite struct QAScriptMatchingTests {
  static let library: ArticleLibrary = {
    var library = ArticleLibrary()
    library.add(
      text: "Rubio will meet Daniel Noboa. The base was closed in 2009.", id: "seed",
      path: "corpus/seed.txt")
    library.add(text: "The port installed four scanners.", id: "port", path: "corpus/port.txt")
    return library
  }()

  /// An answer citing sentence `sentence` of article `articleNumber`.
  static func answer(
    _ short: String?, abstained: Bool = false, articleNumber: Int? = 0, sentence: Int = 2
  ) -> Answer {
    var session = NewsdeskSession()
    var answer = session.ask("who did Rubio meet?")
    answer.shortAnswer = short
    answer.abstained = abstained
    answer.evidence = articleNumber.map { number in
      let article = library.articles[number]
      return Evidence(
        article: ArticleCitation(article), articleNumber: number, sentenceNumber: sentence,
        sentence: "A sentence.", score: 1, highlight: nil)
    }
    return answer
  }

  static func expectation(_ line: String) throws -> QAExpectation {
    let script = try QAScriptParser().parse("who?\n\(line)\n", path: "t.qa").get()
    return try #require(script.cases.first?.expectations.first)
  }

  @Test(arguments: [
    ("= Noboa", "Daniel Noboa", true),
    ("= noboa.", "Daniel Noboa", true),
    ("= Daniel Noboa", "President Daniel Noboa", true),
    ("= Noboa Daniel", "Daniel Noboa", false),
    ("= Nob", "Daniel Noboa", false),
    ("= 11", "2011", false),
    ("= 11", "11 people", true),
    ("= the United States", "United States", true),
    ("= $8 million", "8 million", true),
    ("== Daniel Noboa", "Daniel Noboa", true),
    ("== daniel noboa!", "Daniel Noboa", true),
    ("== Noboa", "Daniel Noboa", false),
    ("== a boat", "the boat", true),
    ("~ /^20\\d\\d$/", "2009", true),
    ("~ /^20\\d\\d$/", "in 2009", false),
    ("~ /noboa/", "Daniel Noboa", false),
    ("~ /noboa/i", "Daniel Noboa", true),
  ])
  func textExpectations(_ line: String, _ shortAnswer: String, _ met: Bool) throws {
    let expectation = try Self.expectation(line)
    #expect(expectation.isMet(by: Self.answer(shortAnswer), in: Self.library) == met)
  }

  @Test(arguments: ["= Noboa", "== Noboa", "~ /./", "!!"])
  func textExpectationsFailWhenNewsdeskAbstains(_ line: String) throws {
    let expectation = try Self.expectation(line)
    #expect(!expectation.isMet(by: Self.answer(nil, abstained: true), in: Self.library))
  }

  @Test func abstentionExpectations() throws {
    let mustAbstain = try Self.expectation("!")
    let mustAnswer = try Self.expectation("!!")
    #expect(mustAbstain.isMet(by: Self.answer(nil, abstained: true), in: Self.library))
    #expect(!mustAbstain.isMet(by: Self.answer("Noboa"), in: Self.library))
    // Answering without a short answer is still answering.
    #expect(mustAnswer.isMet(by: Self.answer(nil), in: Self.library))
    #expect(!mustAbstain.isMet(by: Self.answer(nil), in: Self.library))
  }

  @Test(arguments: [
    ("@ seed#2", 0, 2, true),
    ("@ seed#3", 0, 2, false),
    ("@ seed", 0, 7, true),
    ("@ seed.txt#2", 0, 2, true),
    ("@ corpus/seed.txt", 0, 2, true),
    ("@ 1#2", 0, 2, true),
    ("@ port#2", 0, 2, false),
    ("@ port", 1, 1, true),
    ("@ #2", 1, 2, true),
    ("@ #2", 1, 1, false),
    ("@ nowhere#2", 0, 2, false),
  ])
  func citationExpectations(_ line: String, _ article: Int, _ sentence: Int, _ met: Bool) throws {
    let expectation = try Self.expectation(line)
    let answer = Self.answer("Noboa", articleNumber: article, sentence: sentence)
    #expect(expectation.isMet(by: answer, in: Self.library) == met)
  }

  @Test func citationFailsWhenNothingIsCited() throws {
    let expectation = try Self.expectation("@ #1")
    #expect(
      !expectation.isMet(
        by: Self.answer(nil, abstained: true, articleNumber: nil), in: Self.library))
  }

  @Test func sourceRoundTripsThroughTheParser() throws {
    for line in [
      "= Noboa", "== Daniel Noboa", "~ /noboa/i", "!", "!!", "@ seed#2", "@ seed", "@ #4",
    ] {
      #expect(try Self.expectation(line).source == line)
    }
  }

  @Test func failureWordsNameExpectationAnswerAndSentence() throws {
    let testCase = QACase(
      line: 1, question: "who?", expectations: [try Self.expectation("= Correa")])
    let result = QACaseResult(
      path: "t.qa", testCase: testCase, answer: Self.answer("Daniel Noboa"),
      unmet: testCase.expectations)
    #expect(result.status == .failed)
    #expect(result.location == "t.qa:1")
    #expect(result.failureSummary == "expected = Correa, got \"Daniel Noboa\"")
    #expect(result.failureDetails.first == "expected = Correa (line 2)")
    #expect(result.failureDetails.contains { $0.hasPrefix("got      \"Daniel Noboa\" (") })
    #expect(result.failureDetails.last == "cited    seed#2 “A sentence.”")
  }

  @Test func tallyLineMentionsSkippedOnlyWhenThereAreAny() {
    #expect(QATally(passed: 3, failed: 1).line == "3 passed, 1 failed")
    #expect(QATally(passed: 0, failed: 0, skipped: 2).line == "0 passed, 0 failed, 2 skipped")
    #expect(
      QATally([.passed, .failed, .skipped, .passed]) == QATally(passed: 2, failed: 1, skipped: 1))
  }
}
