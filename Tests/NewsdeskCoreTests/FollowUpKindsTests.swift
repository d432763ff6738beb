import Testing

@testable import NewsdeskCore

/// Follow-ups by kind: ellipsis with a new wh-phrase, pronouns and descriptions by the kind
/// of thing they stand for, swaps of a constraint of the same kind, and "what else?".
@Suite(.needsWordNet) struct FollowUpKindsTests {
  let resolver = FollowUpResolver()

  struct Said {
    var question: String
    var answer: String?
    var evidence: String? = nil
    var isEllipsis = false
  }

  func memory(_ turns: [Said]) -> ConversationMemory {
    var memory = ConversationMemory()
    for turn in turns {
      memory.remember(
        ConversationMemory.Turn(
          question: turn.question, analysis: QuestionAnalyzer().analyze(turn.question),
          answer: turn.answer, given: turn.answer.map { [$0] } ?? [], evidence: turn.evidence,
          isEllipsis: turn.isEllipsis))
    }
    return memory
  }

  func read(_ typed: String, after turns: [Said]) -> FollowUp {
    resolver.resolve(typed, memory: memory(turns))
  }

  // MARK: Ellipsis

  @Test(arguments: [
    (
      "who bought a stake in Kestrel Media?", "Harlow Group", "How big a stake?",
      "How big a stake did Harlow Group buy in Kestrel Media?"
    ),
    (
      "who did the club sign from Rovers?", "Dan Okafor", "for how much?",
      "For how much did the club sign Dan Okafor from Rovers?"
    ),
    (
      "which bakery in Leeds is closing?", "Marsh Bakery", "why?",
      "Why is Marsh Bakery closing?"
    ),
    // An answer that is no name keeps the noun, whose words are still to be searched.
    (
      "which bakery in Leeds is closing?", "the biggest one", "why?",
      "Why is the biggest one bakery in Leeds closing?"
    ),
    (
      "whose goal was ruled out at Ashby Park?", "Tom Reyes", "From how far?",
      "From how far was Tom Reyes' goal ruled out at Ashby Park?"
    ),
    (
      "how much did the council hope to raise?", "£2m", "where exactly?",
      "Where did the council hope to raise £2m?"
    ),
  ])
  func ellipsisPutsTheNewWhPhraseInTheSlotOfTheOld(_ example: (String, String, String, String)) {
    let followUp = read(example.2, after: [Said(question: example.0, answer: example.1)])
    #expect(followUp.kind == .rewritten)
    #expect(followUp.shape == .ellipsis)
    #expect(followUp.question == example.3)
  }

  @Test func anEllipsisAfterAnEllipsisGoesBackToTheFullQuestion() {
    let followUp = read(
      "When?",
      after: [
        Said(question: "who bought the mill?", answer: "Carver Ltd"),
        Said(
          question: "For how much did Carver Ltd buy the mill?", answer: "£4m", isEllipsis: true),
      ])
    #expect(followUp.question == "When did Carver Ltd buy the mill?")
  }

  @Test(arguments: ["for how much?", "how many?", "by how much?"])
  func aQuantityAfterAWhoIsQuestionAsksWhatItRefersTo(_ typed: String) {
    let followUp = read(typed, after: [Said(question: "who is Maria Lind?", answer: "the mayor")])
    #expect(followUp.kind == .needsContext)
    #expect(followUp.message?.hasPrefix("What does") == true)
    #expect(followUp.message?.contains("who is Maria Lind") == true)
  }

  // MARK: Pronouns and descriptions

  @Test func heIsNeverAnOrganisation() {
    // The question names a firm and the answer is a person: "he" is the person.
    let followUp = read(
      "what did he say?",
      after: [Said(question: "who is the chief executive of Carver Ltd?", answer: "Alan Pryce")])
    #expect(followUp.question == "what did Alan Pryce say?")
    #expect(followUp.readings == [FollowUp.Reading(typed: "he", readAs: "Alan Pryce")])
    // Only a firm to go on: "he" stays as typed rather than become the firm.
    let firmOnly = read(
      "what did he say?", after: [Said(question: "how much did BP earn?", answer: "£9bn")])
    #expect(firmOnly.question == "what did he say?")
  }

  @Test func heIsThePersonTheAnswersSentenceNamesBesideATitle() {
    let followUp = read(
      "what did he say?",
      after: [
        Said(
          question: "who criticised the ministry?", answer: "Labour MP",
          evidence: "Labour MP Gareth Blyth criticised the ministry on Monday.")
      ])
    #expect(followUp.question == "what did Gareth Blyth say?")
  }

  @Test func heIsARoleTheQuestionDescribed() {
    let followUp = read(
      "who is he?",
      after: [Said(question: "what did Harlow Group's chairman say?", answer: "“a good day”")])
    #expect(followUp.question == "who is Harlow Group's chairman?")
  }

  @Test func itIsTheOrganisationAndTheyThePluralPhrase() {
    let firm = read(
      "when did it buy them?",
      after: [Said(question: "how many mills does Carver Ltd own?", answer: "six")])
    #expect(firm.question == "when did Carver Ltd buy mills?")
    let plural = read(
      "how much did they get?",
      after: [Said(question: "how much did farmers hope to get from the fund?", answer: "£9m")])
    #expect(plural.question == "how much did farmers get?")
    let phrase = read(
      "who built them?",
      after: [Said(question: "where are the city's oldest bridges?", answer: "Ashby")])
    #expect(phrase.question == "who built the city's oldest bridges?")
  }

  @Test func theCompanyAndTheChiefExecutivePointBack() {
    let company = read(
      "what did the company say?",
      after: [Said(question: "who bought Carver Ltd?", answer: "Harlow Group")])
    #expect(company.question == "what did Harlow Group say?")
    let role = read(
      "what did the chief executive say?",
      after: [Said(question: "how much profit did BP make?", answer: "£9bn")])
    #expect(role.question == "what did BP's chief executive say?")
    // "the president of Ecuador" says whose president it is.
    let whose = read(
      "who is the president of Ecuador?",
      after: [Said(question: "who bought Carver Ltd?", answer: "Harlow Group")])
    #expect(whose.kind == .standalone)
  }

  @Test func heAndSheFollowWhatTheTurnShowsOfEachPerson() {
    let turns = [
      Said(
        question: "who did Mrs Lind meet?", answer: "Tom Reyes",
        evidence: "Tom Reyes said he met Mrs Lind on Monday.")
    ]
    #expect(read("what did she say?", after: turns).question == "what did Mrs Lind say?")
    #expect(read("what did he say?", after: turns).question == "what did Tom Reyes say?")
  }

  @Test func theWinnerIsWhoWon() {
    let winner = read(
      "where will the winner play next?",
      after: [Said(question: "who won the Ashby Open?", answer: "Ana Ruiz")])
    #expect(winner.question == "where will Ana Ruiz play next?")
    let buyer = read(
      "what did the buyer say?",
      after: [Said(question: "who bought the mill?", answer: "Carver Ltd")])
    #expect(buyer.question == "what did Carver Ltd say?")
  }

  // MARK: Swaps

  @Test(arguments: [
    ("who came second in the race?", "And third?", "who came third in the race?"),
    (
      "how much profit did BP make in 2004?", "same for 2005?",
      "how much profit did BP make in 2005?"
    ),
    ("how much profit did BP make?", "and in Japan?", "How much profit did BP make in Japan?"),
    (
      "how many jobs will Carver Ltd cut?", "What about Harlow Group?",
      "how many jobs will Harlow Group cut?"
    ),
    (
      "what did the minister say?", "what about the budget?",
      "What did the minister say about the budget?"
    ),
  ])
  func aSwapReplacesTheConstraintOfItsKind(_ example: (String, String, String)) {
    let followUp = read(example.1, after: [Said(question: example.0, answer: "something")])
    #expect(followUp.kind == .rewritten)
    #expect(followUp.shape == .swap)
    #expect(followUp.question == example.2)
  }

  @Test func anotherRankCannotBeTheSameAnswer() {
    let followUp = read(
      "and third?", after: [Said(question: "who came second?", answer: "Ana Ruiz")])
    #expect(followUp.excluding == ["Ana Ruiz"])
  }

  @Test func aSwapReachesBackToTheQuestionThatHadSuchAConstraint() {
    let followUp = read(
      "and what about Harlow Group?",
      after: [
        Said(question: "how much profit did Carver Ltd make?", answer: "£4m"),
        Said(question: "by how much did it rise?", answer: "10%"),
      ])
    #expect(followUp.question == "how much profit did Harlow Group make?")
  }

  // MARK: More

  @Test(arguments: ["more?", "anything else?", "what else?", "and what else?", "any more?"])
  func moreRequestsAskTheLastQuestionAgain(_ typed: String) {
    let followUp = read(typed, after: [Said(question: "what did Ana Ruiz say?", answer: "“fine”")])
    #expect(followUp.kind == .more)
    #expect(followUp.question == "what did Ana Ruiz say?")
  }
}
