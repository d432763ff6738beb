import Testing

@testable import NewsdeskCore

/// An abstention says why, in one line, from the rule that held the answer unsupported.
@Suite struct AbstentionReasonTests {
  static func ask(_ question: String) throws -> Answer {
    var session = NewsdeskSession()
    _ = try session.load(paths: [TestSupport.seedArticlePath])
    return session.ask(question)
  }

  @Test func aNameNoArticleMentionsIsNamed() throws {
    let answer = try Self.ask("what did Putin say?")
    #expect(answer.abstained)
    #expect(answer.abstentionReason == .unknownName(["Putin"]))
    #expect(answer.abstentionReason?.text == "No loaded article mentions Putin.")
  }

  @Test func aWordNoArticleUsesIsQuoted() throws {
    let answer = try Self.ask("who is Ecuador's defence minister?")
    #expect(answer.abstained)
    #expect(answer.abstentionReason == .unknownWords(["defence"]))
  }

  @Test func aDateAskedAndNoneGivenSaysSo() throws {
    let answer = try Self.ask("when will US forces return to Ecuador?")
    #expect(answer.abstained)
    #expect(answer.abstentionReason == .noAnswerOfKind(.date))
    #expect(answer.abstentionReason?.text == "The nearest sentence gives no date.")
  }

  @Test func anAnswerGivenHasNoReason() throws {
    let answer = try Self.ask("who did Rubio meet?")
    #expect(!answer.abstained)
    #expect(answer.abstentionReason == nil)
    #expect(answer.json(includeCandidates: false).serialized().contains("\"why\"") == false)
  }

  @Test(arguments: [
    (
      AbstentionReason.missingNames(["Mexico", "Peru"]),
      "The nearest sentence does not mention Mexico or Peru."
    ),
    (.unknownWords(["a", "b", "c"]), "No loaded article uses the words “a”, “b” or “c”."),
    (.noAnswerOfKind(.person), "The nearest sentence names no person."),
    (
      .unsure(confidence: 0.123, threshold: 0.19),
      "The best answer found is too unsure to give (confidence 0.12, below 0.19)."
    ),
  ])
  func reasonsReadAsOneLine(reason: AbstentionReason, text: String) {
    #expect(reason.text == text)
    #expect(!reason.text.contains("\n"))
  }

  @Test func theMostSpecificReasonIsTold() {
    let reasons: [AbstentionReason] = [
      .unsure(confidence: 0.1, threshold: 0.2), .missingHead("capital"), .unknownName(["Peru"]),
    ]
    #expect(AbstentionReason.mostSpecific(reasons) == .unknownName(["Peru"]))
  }
}
