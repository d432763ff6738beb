import Testing

@testable import NewsdeskCore

/// Follow-ups that need the people of the story's article: a surname or "Ms X" for the full
/// name, "she" for the woman the article calls "Ms", "the minister" for the person the
/// article gives that role, and the person a title-only lead stands for.
@Suite(.needsWordNet) struct FollowUpStoryPeopleTests {
  let resolver = FollowUpResolver()

  /// An invented article: a title-only lead, then the people by role, title and surname.
  static let article = [
    "Brennan Foods buys bakery chain",
    "A senior food industry executive has agreed to buy the bakery chain Lyle Bakeries.",
    "Brennan Foods chief executive Margaret Okafor signed the deal on Monday.",
    "Ms Okafor said the purchase was a good fit.",
    "Transport Minister Alan Tarrant will meet union leader Grace Osei on Friday.",
    "Ms Osei said the union would strike.",
    "Mr Tarrant said talks would go on.",
    "Talks with the port operator Harwick Docks broke down.",
    "Harwick Docks said it could not pay more.",
    "The chain's lawyer Peter Nkemelu said the price was fair.",
  ]

  func turn(
    _ question: String, answer: String?, evidenceSentence: Int? = nil
  ) -> ConversationMemory.Turn {
    ConversationMemory.Turn(
      question: question, analysis: QuestionAnalyzer().analyze(question), answer: answer,
      evidence: evidenceSentence.map { Self.article[$0 - 1] },
      evidenceArticle: evidenceSentence == nil ? nil : 0, evidenceSentence: evidenceSentence,
      storyPeople: resolver.storyPeople(Self.article))
  }

  func memory(_ turns: ConversationMemory.Turn...) -> ConversationMemory {
    var memory = ConversationMemory()
    for turn in turns { memory.remember(turn) }
    return memory
  }

  @Test func peopleAreThoseTheArticleMarksWithTheirFullNamesAndGender() {
    let people = resolver.storyPeople(Self.article)
    #expect(
      people.map(\.name) == ["Margaret Okafor", "Alan Tarrant", "Grace Osei", "Peter Nkemelu"])
    #expect(people.map(\.gender) == [.female, .male, .female, nil])
    #expect(people[1].role?.hasSuffix("minister") == true)
    // A firm's name with no mark of a person is none of them.
    #expect(!people.contains { $0.name.contains("Lyle") })
    // Nor one the article once calls a firm, though "Harwick Docks said" elsewhere.
    #expect(!people.contains { $0.name.contains("Harwick") })
  }

  /// A name set beside a role noun by apposition is a person's, with that role, before or
  /// after the name; a relative clause after a firm's name marks nothing.
  @Test func aNameInAppositionToARoleIsAPerson() {
    let people = resolver.storyPeople([
      "The local MP, Gareth Holloway, called the closure a disgrace.",
      "Their leader, Joan Whitaker, a retired nurse, said 8,000 people had signed.",
      "Westfield, whose chief executive resigned, said profits fell.",
    ])
    #expect(people.map(\.name) == ["Gareth Holloway", "Joan Whitaker"])
    #expect(people.first?.role == "mp")
    #expect(people.last?.role == "leader")
  }

  /// One role test on both sides of the name: a role too short for the WordNet test ("MP")
  /// marks the name after it as well as before it.
  @Test(arguments: [
    "Gareth Holloway, the MP, called the closure a disgrace.",
    "Gareth Holloway, the local MP, called the closure a disgrace.",
    "The MP, Gareth Holloway, called the closure a disgrace.",
  ])
  func aShortRoleAfterTheNameMarksItToo(_ sentence: String) {
    let people = resolver.storyPeople([sentence])
    #expect(people.map(\.name) == ["Gareth Holloway"])
    #expect(people.first?.role == "mp")
  }

  @Test(arguments: [
    ("what did Ms Okafor say?", "what did Margaret Okafor say?"),
    ("what did Okafor sign?", "what did Margaret Okafor sign?"),
    ("when will Mr Tarrant meet Ms Osei?", "when will Alan Tarrant meet Grace Osei?"),
  ])
  func aSurnameIsThePersonTheStoryNamedInFull(_ example: (String, String)) {
    let followUp = resolver.resolve(
      example.0, memory: memory(turn("who signed the deal?", answer: "Okafor", evidenceSentence: 3))
    )
    #expect(followUp.kind == .rewritten)
    #expect(followUp.question == example.1)
  }

  @Test func aFullNameOrAnUnknownSurnameStaysAsTyped() {
    let memory = memory(turn("who signed the deal?", answer: "Okafor", evidenceSentence: 3))
    #expect(resolver.resolve("what did Grace Osei say?", memory: memory).kind == .standalone)
    #expect(resolver.resolve("what did Mr Smith say?", memory: memory).kind == .standalone)
  }

  @Test func sheSkipsAManTheArticleCallsMr() {
    let memory = memory(
      turn("who will Alan Tarrant meet?", answer: "Grace Osei", evidenceSentence: 5),
      turn("what did Tarrant say?", answer: "talks would go on", evidenceSentence: 7))
    let followUp = resolver.resolve("what did she say?", memory: memory)
    #expect(followUp.question == "what did Grace Osei say?")
  }

  @Test func theMinisterIsThePersonTheStoryGivesThatRole() {
    let memory = memory(turn("where will the talks be?", answer: "Dover", evidenceSentence: 5))
    let followUp = resolver.resolve("what did the minister say?", memory: memory)
    #expect(followUp.question == "what did Alan Tarrant say?")
  }

  @Test func aPossessiveRoleIsTheOnePersonTheStoryGivesIt() {
    let memory = memory(
      turn("what did Lyle Bakeries agree to?", answer: "sale", evidenceSentence: 2))
    let followUp = resolver.resolve("what did its lawyer say?", memory: memory)
    #expect(followUp.question == "what did Peter Nkemelu say?")
    #expect(followUp.readings.first?.typed == "its lawyer")
    // Asked who holds the role, the role is what is asked.
    #expect(!resolver.resolve("who is its lawyer?", memory: memory).question.contains("Nkemelu"))
  }

  @Test func aTitleAnsweredIsThePersonTheNextSentenceNames() {
    let memory = memory(
      turn(
        "who agreed to buy Lyle Bakeries?", answer: "senior food industry executive",
        evidenceSentence: 2))
    let followUp = resolver.resolve("what did she say?", memory: memory)
    #expect(followUp.question == "what did Margaret Okafor say?")
    #expect(followUp.readings.first?.readAs == "Margaret Okafor")
  }

  @Test func sheWithNoOneInTheConversationStillAsksBack() {
    // The story's people are no guess for "she" when the conversation named no one.
    let memory = memory(turn("when was the deal signed?", answer: "Monday", evidenceSentence: 3))
    #expect(resolver.resolve("what did she say?", memory: memory).kind == .needsContext)
  }

  @Test func aFirmAnsweredThatTheStoryNeverMarksAsAPersonIsIt() {
    let memory = memory(
      turn("who agreed to buy the chain?", answer: "Lyle Bakeries", evidenceSentence: 2))
    #expect(
      resolver.resolve("what did it say?", memory: memory).question == "what did Lyle Bakeries say?"
    )
  }

}

/// "He" or "she" read off the pronouns an article uses of a person it names.
@Suite struct StoryPronounGenderTests {
  @Test func aPronounAfterTheOnlyPersonOfASentenceGivesTheirGender() {
    let sentences = [
      "The operator's managing director, Paul Ferris, called the strike disappointing.",
      "He said the company could not afford more.",
      "The minister, Dilys Arnott, said she would meet both sides.",
      "Ana Bell and Tom Reed met, and she spoke first.",
    ].map(SentenceWords.init)
    let genders = FollowUpResolver.pronounGenders(
      sentences, people: [("Ferris", 1), ("Arnott", 3), ("Bell", 4), ("Reed", 4)])
    #expect(genders["Ferris"] == .male)
    #expect(genders["Arnott"] == .female)
    // Two people in the sentence: the pronoun could be either's.
    #expect(genders["Bell"] == nil)
    #expect(genders["Reed"] == nil)
  }

  @Test func aPersonShownBothWaysGetsNeither() {
    let sentences = [
      "Sam Okoro said she would stay.", "Sam Okoro said he would go.",
    ].map(SentenceWords.init)
    let genders = FollowUpResolver.pronounGenders(sentences, people: [("Okoro", 1), ("Okoro", 2)])
    #expect(genders["Okoro"] == nil)
  }
}
