import Testing

@testable import NewsdeskCore

/// Follow-ups read against remembered turns, without articles: the rewrite alone.
@Suite(.needsWordNet) struct FollowUpResolverTests {
  let resolver = FollowUpResolver()

  func memory(_ turns: [(String, String?)]) -> ConversationMemory {
    TestSupport.memory(turns.map { (question: $0.0, answer: $0.1) })
  }

  @Test(arguments: [
    ("who did Rubio meet?", "Daniel Noboa", "When?", "When did Rubio meet Daniel Noboa?"),
    ("who did Rubio meet?", "Daniel Noboa", "and where?", "Where did Rubio meet Daniel Noboa?"),
    (
      "who warned of more US attacks?", "Rubio", "When?",
      "When did Rubio warn of more US attacks?"
    ),
    (
      "when will Rubio meet Noboa?", "Thursday", "Where?", "Where will Rubio meet Noboa?"
    ),
    (
      "how many people did the strike kill?", "11", "When?",
      "When did the strike kill 11 people?"
    ),
    (
      "who is Ecuador's interior minister?", "John Reimberg", "why?",
      "Why is John Reimberg Ecuador's interior minister?"
    ),
    ("Did Rubio meet Noboa?", "yes", "When?", "When did Rubio meet Noboa?"),
    // A wh-phrase behind a preposition is bare too.
    (
      "who bought the mill?", "Carver Ltd", "for how much?",
      "For how much did Carver Ltd buy the mill?"
    ),
    ("what did the rate rise to?", "5%", "since when?", "Since when did the rate rise to 5%?"),
    (
      "whom did the gang attack?", "the guards", "With what?",
      "With what did the gang attack the guards?"
    ),
  ])
  func bareWhWordAsksTheLastQuestionAgain(
    _ example: (String, String, String, String)
  ) {
    let followUp = resolver.resolve(example.2, memory: memory([(example.0, example.1)]))
    #expect(followUp.kind == .rewritten)
    #expect(followUp.question == example.3)
  }

  @Test func previousAbstentionLeavesTheWhPhraseOut() {
    let followUp = resolver.resolve("when?", memory: memory([("who did Rubio meet?", nil)]))
    #expect(followUp.question == "When did Rubio meet?")
  }

  @Test(arguments: [
    ("who did Rubio meet?", "And Reimberg?", "who did Reimberg meet?"),
    (
      "who is Ecuador's interior minister?", "And Venezuela's?",
      "who is Venezuela's interior minister?"
    ),
    (
      "who is the president of the United States?", "What about Ecuador?",
      "who is the president of Ecuador?"
    ),
    (
      "what did Rubio say about the gangs?", "What about China?",
      "what did Rubio say about China?"
    ),
  ])
  func anotherEntitySwapsTheNameOfItsKind(_ example: (String, String, String)) {
    let followUp = resolver.resolve(example.1, memory: memory([(example.0, "someone")]))
    #expect(followUp.kind == .rewritten)
    #expect(followUp.question == example.2)
  }

  @Test func personPronounFollowsTheSubjectOfTheLastExchange() {
    // Rubio asked about by name: "he" is Rubio, not the person he met.
    let named = memory([("who did Rubio meet?", "Daniel Noboa")])
    #expect(resolver.resolve("what did he say?", memory: named).question == "what did Rubio say?")
    // The answer was the subject asked for: "he" is the answer.
    let answered = memory([("who warned of more US attacks?", "Rubio")])
    #expect(
      resolver.resolve("what else did he say?", memory: answered).question
        == "what else did Rubio say?")
    // A person asked for and not named: "he" is the answer.
    let described = memory([("who is Ecuador's president?", "Daniel Noboa")])
    #expect(
      resolver.resolve("what has he deployed?", memory: described).question
        == "what has Daniel Noboa deployed?")
  }

  @Test func possessivesThereAndThen() {
    let people = memory([("who is Ecuador's president?", "Daniel Noboa")])
    #expect(
      resolver.resolve("who is his rival?", memory: people).question
        == "who is Daniel Noboa's rival?")
    let places = memory([("where did Rubio speak on Wednesday?", "Mexico")])
    #expect(
      resolver.resolve("what happened there?", memory: places).question
        == "what happened in Mexico?")
    let times = memory([("when was the base closed?", "2009")])
    #expect(
      resolver.resolve("who was president then?", memory: times).question
        == "who was president in 2009?")
  }

  @Test func itTakesAnOrganisationAnswer() {
    let gangs = memory([("which gang did the boat belong to?", "Tren de Aragua")])
    #expect(
      resolver.resolve("who designated it as a terrorist organization?", memory: gangs).question
        == "who designated Tren de Aragua as a terrorist organization?")
  }

  @Test func existentialThereAndUnclearItStayAsTyped() {
    let places = memory([("where did Rubio speak?", "Mexico")])
    #expect(resolver.resolve("is there a base in Manta?", memory: places).kind == .standalone)
    #expect(
      resolver.resolve("is it true that Rubio spoke?", memory: memory([])).kind == .standalone)
  }

  @Test func whatElseAsksTheLastQuestionForAnotherAnswer() {
    let followUp = resolver.resolve(
      "What else?", memory: memory([("what did Rubio say?", "interdictions did not work")]))
    #expect(followUp.kind == .more)
    #expect(followUp.question == "what did Rubio say?")
  }

  @Test func whoSaidSoAsksForTheSpeakerOfTheLastAnswer() {
    let followUp = resolver.resolve(
      "who said so?", memory: memory([("how much did the strike cost exporters?", "12 million")]))
    #expect(followUp.question == "Who said the strike cost exporters 12 million?")
  }

  @Test func whoSaidSoAfterAQuoteAsksWhoSaidIt() {
    let followUp = resolver.resolve(
      "who said so?", memory: memory([("what did Rubio say?", "“it'll happen again”")]))
    #expect(followUp.question == "Who said it'll happen again?")
  }

  @Test(arguments: [
    "When?", "why?", "and where?", "How many?", "what else?", "And Reimberg?",
    "What about China?", "who said so?", "what did he say?",
  ])
  func aFollowUpWithNothingBeforeItAsksWhatIsMeant(_ question: String) {
    let followUp = resolver.resolve(question, memory: ConversationMemory())
    #expect(followUp.kind == .needsContext)
    #expect(followUp.message?.hasPrefix("What are you asking about?") == true)
  }

  @Test(arguments: [
    "who did Rubio meet?", "when was the base closed?", "what did Noboa say about Rubio?",
    "where is Manta?",
  ])
  func aFullQuestionStandsAlone(_ question: String) {
    let followUp = resolver.resolve(
      question, memory: memory([("who is Ecuador's president?", "Daniel Noboa")]))
    #expect(followUp.kind == .standalone)
    #expect(followUp.question == question)
  }

  @Test func memoryKeepsAFixedNumberOfTurnsOverAThousand() {
    var memory = ConversationMemory()
    let analysis = QuestionAnalyzer().analyze("who did Rubio meet?")
    for turn in 0..<1000 {
      memory.remember(
        ConversationMemory.Turn(
          question: "question \(turn)", analysis: analysis, answer: "answer \(turn)"))
      memory.addGiven("more \(turn)")
    }
    #expect(memory.turns.count == ConversationMemory.capacity)
    #expect(memory.last?.question == "question 999")
    #expect(memory.turns.allSatisfy { $0.given.count <= 20 })
  }
}
