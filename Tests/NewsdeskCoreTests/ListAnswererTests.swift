import Testing

@testable import NewsdeskCore

/// List questions read against invented sentences through the trained parser.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct ListAnswererTests {
  static func list(_ question: String, _ sentence: String) throws -> [String] {
    let annotator = try #require(SentenceAnnotator.standard)
    let analysis = QuestionAnalyzer().analyze(question)
    let request = AnswerComposer().listRequest(analysis, annotator: annotator)
    let reading = ListAnswerer(lexicon: TestSupport.lexicon.wordNet)
      .reading(of: annotator.annotate(sentence), for: request)
    return reading?.members.map(\.text) ?? []
  }

  @Test(arguments: [
    (
      "Which countries signed the treaty?",
      "The treaty was signed by Peru, Chile, Bolivia and Ecuador.",
      ["Peru", "Chile", "Bolivia", "Ecuador"]
    ),
    (
      "Which companies joined the project?",
      "Acme and Zenith, as well as Orbis, joined the project last year.",
      ["Acme", "Zenith", "Orbis"]
    ),
    (
      "Which players scored for Rovers?",
      "Goals from Mateo Ríos, Lucas Paredes and Tomás Vega won the game.",
      ["Mateo Ríos", "Lucas Paredes", "Tomás Vega"]
    ),
    (
      "which teams did Rovers knock out on the way to the final?",
      "Rovers had knocked out Santa Fe, Monte Verde and Ciudad Norte on the way to the final.",
      ["Santa Fe", "Monte Verde", "Ciudad Norte"]
    ),
    (
      "Which cities have factories?",
      "The company has factories in Arequipa and Cusco and a depot in Lima.",
      ["Arequipa", "Cusco"]
    ),
    // "years" asks for dates: the years in the list are its members.
    (
      "In which years did Velmora win the award?",
      "Velmora won the award in 2021 and 2023.",
      ["2021", "2023"]
    ),
  ])
  func everyMember(question: String, sentence: String, members: [String]) throws {
    #expect(try Self.list(question, sentence) == members)
  }

  @Test func membersNamedInTheQuestionAreLeftOut() throws {
    let members = try Self.list(
      "Which bands other than Oasis played at the festival?",
      "Oasis, Keane, Travis and Suede played at the festival.")
    #expect(members == ["Keane", "Travis", "Suede"])
  }

  @Test func noListOfTheKindAsked() throws {
    #expect(
      try Self.list("Which countries signed the treaty?", "The treaty was signed on Monday.")
        .isEmpty)
    #expect(try Self.list("Which people resigned?", "Sales and profits fell last year.").isEmpty)
  }

  @Test(arguments: [
    ([String](), ""), (["Peru"], "Peru"), (["Peru", "Chile"], "Peru and Chile"),
    (["Peru", "Chile", "Bolivia"], "Peru, Chile and Bolivia"),
  ])
  func joined(members: [String], text: String) {
    #expect(ListAnswerer.joined(members) == text)
  }
}
