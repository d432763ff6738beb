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

  static func ask(_ question: String, over text: String) -> Answer {
    var session = NewsdeskSession()
    session.addArticle(text: text, id: "invented")
    return session.ask(question)
  }

  @Test(.needsWordNet) func anOppositeStatedIsNamed() {
    let answer = Self.ask(
      "what is the smallest city in Peru?",
      over: "Lima is the largest city in Peru, with ten million people.")
    #expect(answer.abstained)
    #expect(answer.abstentionReason == .oppositeStated(asked: "smallest", stated: "largest"))
  }

  @Test func anotherYearThanTheOneAskedIsNamed() {
    let answer = Self.ask(
      "who won the election in 1998?", over: "Smith won the election in 2003, beating Jones.")
    #expect(answer.abstained)
    #expect(answer.abstentionReason == .otherYear("1998"))
  }

  @Test(arguments: [
    (
      AbstentionReason.oppositeStated(asked: "lost", stated: "won"),
      "The nearest sentence says “won”, not “lost”."
    ),
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
    (
      .unsure(confidence: 0.123, threshold: 0.19, lacking: ["launched", "North America"]),
      "The nearest sentence does not say “launched” or “North America”; the best answer found"
        + " is too unsure to give (confidence 0.12, below 0.19)."
    ),
    (
      .otherActor(
        FrameContrast(
          asked: "Sam Mendes", stated: "John Logan", verb: "written", lemma: "write",
          isSwapped: false, isAgent: true)),
      "In the nearest sentence John Logan, not Sam Mendes, is the one to “write”."
    ),
    (
      .otherActor(
        FrameContrast(
          asked: "the Trust", stated: "Ashgrove Mills", verb: "acquired", lemma: "acquire",
          isSwapped: true, isAgent: true)),
      "The nearest sentence has it the other way round: Ashgrove Mills “acquired” the Trust."
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
