import Testing

@testable import NewsdeskCore

/// What a follow-up carries over from the last turn: an answer that cannot be right is not
/// filled in, "who said so?" after a reason asks who gave it, and the noun of a "how big a
/// stake" question stays for the next ellipsis.
@Suite(.needsWordNet) struct FollowUpCarriedAnswerTests {
  let resolver = FollowUpResolver()

  func memory(_ question: String, _ answer: String?) -> ConversationMemory {
    TestSupport.memory([(question: question, answer: answer)])
  }

  @Test(arguments: [
    // A place or a date is no one who buys: the rewrite leaves it out.
    ("who is buying the gaming business?", "Ecuador"),
    ("who has taken over the club?", "March 2004"),
  ])
  func anAnswerThatNamesNoOneIsNotFilledIn(_ example: (String, String)) {
    let followUp = resolver.resolve("for how much?", memory: memory(example.0, example.1))
    #expect(followUp.kind == .rewritten)
    #expect(!followUp.question.contains(example.1))
  }

  @Test func aWhoAnswerItsSentencePutsAfterInIsNotFilledIn() {
    var memory = ConversationMemory()
    let question = "who is buying the gaming business?"
    memory.remember(
      ConversationMemory.Turn(
        question: question, analysis: QuestionAnalyzer().analyze(question),
        answer: "Rhode Island",
        evidence: "The gaming business has operations in Rhode Island and Colorado."))
    #expect(!resolver.resolve("for how much?", memory: memory).question.contains("Rhode"))
  }

  @Test func aPersonAnsweredIsStillFilledIn() {
    let followUp = resolver.resolve(
      "for how much?", memory: memory("who is buying the gaming business?", "BLB Investors"))
    #expect(followUp.question.contains("BLB Investors"))
  }

  @Test(arguments: [
    (
      "why was the bakery deal agreed?", "the owners wanted to retire",
      "Who said the owners wanted to retire?"
    ),
    (
      "when did the port strike begin?", "21 September",
      "Who said the port strike begin on 21 September?"
    ),
  ])
  func whoSaidSoAfterAReasonOrTimeAsksWhoGaveIt(_ example: (String, String, String)) {
    let followUp = resolver.resolve("who said so?", memory: memory(example.0, example.1))
    #expect(followUp.shape == .attribution)
    #expect(followUp.question == example.2)
  }

  @Test func theNounOfAHowBigQuestionStaysForTheNextEllipsis() {
    let followUp = resolver.resolve(
      "for how much?", memory: memory("How big a stake did Bates buy?", "50%"))
    #expect(followUp.question == "For how much did Bates buy a stake?")
  }

  @Test(arguments: [
    // A score after the name is no part of who was beaten.
    (
      "who did Selby Albion beat?", "Marston Rangers 2-0", "where?",
      "Where did Selby Albion beat Marston Rangers?"
    ),
    // The verb the analysis gives as a lemma is still found in its inflected form.
    (
      "by how many votes was the motion passed?", "41", "when?",
      "When was the motion passed by 41 votes?"
    ),
  ])
  func theAnswerGoesWhereTheOldWhPhraseStood(_ example: (String, String, String, String)) {
    let followUp = resolver.resolve(example.2, memory: memory(example.0, example.1))
    #expect(followUp.question == example.3)
  }

  @Test func aNameBeforeAFigureIsTheName() {
    #expect(FollowUpResolver.nameBeforeFigure("Marston Rangers 2-0") == "Marston Rangers")
    #expect(FollowUpResolver.nameBeforeFigure("Marston Rangers") == nil)
    #expect(FollowUpResolver.nameBeforeFigure("2-0") == nil)
    #expect(FollowUpResolver.nameBeforeFigure("the club 2-0") == nil)
  }

  @Test func anEllipsisSearchesOnlyTheStorysArticle() {
    let ellipsis = FollowUp(kind: .rewritten, question: "When did X buy Y?", shape: .ellipsis)
    let reference = FollowUp(kind: .rewritten, question: "What did X say?", shape: .reference)
    #expect(StoryUse(ellipsis) == .confines)
    #expect(StoryUse(reference) == .continues)
  }
}
