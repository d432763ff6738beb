import Foundation
import Testing

@testable import NewsdeskCore

/// The whole pipeline over the real seed article: load, retrieve, answer.
@Suite struct NewsdeskSessionTests {
  func seedSession() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    let report = try session.load(paths: [TestSupport.seedArticlePath])
    #expect(report.articlesAdded == 1)
    return session
  }

  @Test func whoDidRubioMeetCitesTheNoboaSentence() throws {
    var session = try seedSession()
    let answer = session.ask("who did Rubio meet?")
    let evidence = try #require(answer.evidence)
    #expect(evidence.sentence.contains("Noboa"))
    #expect(evidence.sentence.contains("meet"))
    #expect(answer.shortAnswer != "Rubio")
    #expect(!answer.abstained)
    #expect(answer.analysis.answerType == .person)
    #expect(evidence.article.date?.iso == "2025-09-04")
    #expect(evidence.article.id == "2025-09-04-rubio-ecuador-security-visit")
    #expect(evidence.sentenceNumber == 2)
    #expect((0...1).contains(answer.confidence))
  }

  /// A PERSON question must get a person: "Daniel Noboa", not the country in "Ecuador's President".
  @Test func whoDidRubioMeetAnswersWithAPerson() throws {
    var session = try seedSession()
    let answer = session.ask("who did Rubio meet?")
    let short = try #require(answer.shortAnswer)
    #expect(short.contains("Noboa"))
  }

  @Test func highlightPointsAtTheShortAnswer() throws {
    var session = try seedSession()
    let answer = session.ask("when was the base closed?")
    let evidence = try #require(answer.evidence)
    let range = try #require(evidence.highlight)
    let bytes = Array(evidence.sentence.utf8)
    #expect(String(decoding: bytes[range], as: UTF8.self) == answer.shortAnswer)
  }

  @Test func whenWasTheBaseClosed() throws {
    var session = try seedSession()
    let answer = session.ask("when was the base closed?")
    #expect(answer.shortAnswer?.contains("2009") == true)
    #expect(answer.evidence?.sentence.contains("closed in 2009") == true)
    #expect(answer.analysis.answerType == .date)
    #expect(!answer.abstained)
  }

  @Test func whatPercentageOfCocaine() throws {
    var session = try seedSession()
    let answer = session.ask("what percentage of the world's cocaine departs from Ecuador?")
    #expect(answer.evidence?.sentence.contains("70 percent") == true)
    #expect(answer.analysis.answerType == .percent)
  }

  @Test func somethingTheArticleDoesNotSayAbstainsButShowsTheNearestSentence() throws {
    var session = try seedSession()
    let answer = session.ask("what did Putin say about Ukraine?")
    #expect(answer.abstained)
    #expect(answer.shortAnswer == nil)
    #expect(answer.evidence != nil)
    #expect(answer.evidence?.highlight == nil)
    #expect(answer.confidence < session.composer.options.threshold)
  }

  @Test func questionWithNoKnownWordHasNoEvidence() throws {
    var session = try seedSession()
    let answer = session.ask("zebra xylophone?")
    #expect(answer.abstained)
    #expect(answer.evidence == nil)
    #expect(answer.candidates.isEmpty)
    #expect(answer.confidence == 0)
  }

  @Test(arguments: ["", "?!?", "🎉", "من التقى روبيو؟", "את מי פגש רוביו?", "\u{07}\u{1B}[2J"])
  func oddQuestionsGetAReply(_ question: String) throws {
    var session = try seedSession()
    let answer = session.ask(question)
    #expect((0...1).contains(answer.confidence))
    #expect(answer.abstained || answer.evidence != nil)
    let json = answer.json(includeCandidates: true).serialized()
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
  }

  @Test func aHugeQuestionIsCutAndStillAnswered() throws {
    var session = try seedSession()
    let question = "when was the base closed? " + String(repeating: "blah ", count: 20_000)
    let answer = session.ask(question)
    #expect(answer.analysis.notice != nil)
    #expect(answer.question.utf8.count < question.utf8.count)
  }

  @Test func candidatesAreBestFirstAndLimitedByTop() throws {
    var session = try seedSession()
    session.top = 3
    let answer = session.ask("what did Rubio say about the United States attack?")
    #expect(answer.candidates.count == 3)
    for (previous, next) in zip(answer.candidates, answer.candidates.dropFirst()) {
      #expect(previous.score >= next.score)
    }
    session.top = 1
    #expect(session.ask("what did Rubio say about the United States attack?").candidates.count == 1)
  }

  static let contractKeys = [
    "question", "answer", "abstained", "sentence", "article", "sentenceIndex", "confidence",
    "answerType",
  ]

  @Test func jsonHasTheContractKeysInOrder() throws {
    var session = try seedSession()
    let answer = session.ask("when was the base closed?")
    guard case .object(let members) = answer.json(includeCandidates: false) else {
      Issue.record("the answer's JSON is not an object")
      return
    }
    #expect(Array(members.map(\.0).prefix(Self.contractKeys.count)) == Self.contractKeys)
    #expect(!members.contains { $0.0 == "candidates" })
    let text = answer.json(includeCandidates: false).serialized()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["question"] as? String == "when was the base closed?")
    #expect(object["answer"] as? String == "2009")
    #expect(object["sentenceIndex"] as? Int == answer.evidence?.sentenceNumber)
    #expect(object["answerType"] as? String == "DATE")
    let article = try #require(object["article"] as? [String: Any])
    #expect(Set(article.keys) == ["id", "title", "date", "path", "format", "url"])
    #expect(article["format"] as? String == "text")
    #expect(article["date"] as? String == "2025-09-04")
    #expect(article["path"] as? String == TestSupport.seedArticlePath)
    #expect(!text.contains("\n"))
  }

  @Test func jsonWithCandidates() throws {
    var session = try seedSession()
    session.top = 5
    let answer = session.ask("who did Rubio meet?")
    guard case .object(let members) = answer.json(includeCandidates: true) else {
      Issue.record("the answer's JSON is not an object")
      return
    }
    #expect(members.last?.0 == "candidates")
    guard case .array(let candidates)? = members.last?.1 else {
      Issue.record("candidates is not an array")
      return
    }
    #expect(candidates.count == 5)
    for candidate in candidates {
      guard case .object(let fields) = candidate else {
        Issue.record("a candidate is not an object")
        continue
      }
      #expect(fields.map(\.0) == ["sentence", "article", "sentenceIndex", "score"])
    }
  }

  @Test func abstentionJSONHasNullsWhereTheContractAllowsThem() throws {
    var session = try seedSession()
    let text = session.ask("zebra xylophone?").json(includeCandidates: true).serialized()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["abstained"] as? Bool == true)
    #expect(object["answer"] is NSNull)
    #expect(object["sentence"] is NSNull)
    #expect(object["candidates"] as? [Any] != nil)
    for key in Self.contractKeys { #expect(object[key] != nil, "missing \(key)") }
  }

  @Test func resetClearsTheLastAnswer() throws {
    var session = try seedSession()
    #expect(session.lastAnswer == nil)
    let answer = session.ask("who did Rubio meet?")
    #expect(session.lastAnswer == answer)
    session.reset()
    #expect(session.lastAnswer == nil)
    #expect(session.library.articles.count == 1)
    #expect(session.ask("when was the base closed?").shortAnswer == "2009")
  }

  @Test func focusRestrictsToOneArticle() throws {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.seedArticlePath, TestSupport.fixtureArticlesPath])
    #expect(session.library.articles.count == 4)
    let quito = try #require(session.library.article(named: "quito-water-plan"))
    let everywhere = session.ask("how many workers joined the strike?")
    #expect(everywhere.evidence?.article.id == "callao-dockworkers-strike")
    #expect(everywhere.evidence?.sentence.contains("2,500") == true)

    session.focus = quito
    let focused = session.ask("how many workers joined the strike?")
    #expect(focused.candidates.allSatisfy { $0.article.id == "quito-water-plan" })
    #expect(focused.evidence.map { $0.article.id == "quito-water-plan" } ?? true)
    let rubio = session.ask("who did Rubio meet?")
    #expect(rubio.evidence == nil || rubio.evidence?.articleNumber == quito)

    session.focus = nil
    #expect(
      session.ask("who did Rubio meet?").evidence?.article.id
        == "2025-09-04-rubio-ecuador-security-visit")
  }

  @Test func answersFromTheFixtureArticles() throws {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.seedArticlePath, TestSupport.fixtureArticlesPath])
    let cost = session.ask("how much would the plan cost over five years?")
    #expect(cost.evidence?.article.id == "quito-water-plan")
    #expect(cost.shortAnswer?.contains("120 million") == true)
    let festival = session.ask("when was the Valparaíso festival first held?")
    #expect(festival.evidence?.article.id == "valparaiso-harbour-festival")
    #expect(festival.shortAnswer?.contains("1998") == true)
  }

  /// Names with accents come back whole: the short answer is cut from the sentence by the
  /// tokenizer's UTF-8 ranges.
  @Test func shortAnswerKeepsNonASCIILetters() throws {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.fixtureArticlesPath])
    let answer = session.ask("who said the plan would cost $120 million?")
    #expect(answer.evidence?.article.id == "quito-water-plan")
    let short = try #require(answer.shortAnswer)
    #expect(!short.contains("\u{FFFD}"))
    #expect(short == "Pabel Muñoz")
  }

  @Test func loadingAMissingPathThrows() {
    var session = NewsdeskSession()
    #expect(throws: NewsdeskError.noSuchPath("/no/such/corpus")) {
      try session.load(paths: ["/no/such/corpus"])
    }
  }

  @Test func askingWithNothingLoadedAbstains() {
    var session = NewsdeskSession()
    let answer = session.ask("who did Rubio meet?")
    #expect(answer.abstained)
    #expect(answer.evidence == nil)
  }
}
