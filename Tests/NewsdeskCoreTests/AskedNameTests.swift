import Testing

@testable import NewsdeskCore

/// The name a "who/what is NAME …?" question asks about, read once by the question analyser
/// for every stage that answers such a question.
@Suite struct AskedNameTests {
  static func asked(_ question: String) -> AskedName? {
    QuestionAnalyzer().analyze(question).askedName
  }

  /// "Who is NAME?" and "what is NAME?" with the name alone after the verb ask who or what
  /// the name is.
  @Test(arguments: [
    ("who is Vera Lindqvist?", ["vera", "lindqvist"], true),
    ("who was Berg?", ["berg"], true),
    ("who is Petra Voss?", ["petra", "voss"], true),
    ("What is Meridian Freight?", ["meridian", "freight"], false),
    ("who was Okoro?", ["okoro"], true),
    ("who were otachi?", ["otachi"], false),
  ])
  func identityQuestionsNameWhatTheyAsk(_ question: String, _ name: [String], _ person: Bool) {
    #expect(
      Self.asked(question) == AskedName(words: name, asksIdentity: true, asksForPerson: person))
  }

  /// A question that goes on after the name still asks about it, but not who it is.
  @Test func aQuestionThatGoesOnNamesTheCapitalisedRun() {
    #expect(
      Self.asked("what was Noboa before he came to power?")
        == AskedName(words: ["noboa"], asksIdentity: false))
  }

  @Test(arguments: [
    "who is the president of Ecuador?", "who is Ecuador's president?", "who met Berg?",
    "who is the chief executive?", "what is the capital?", "who met Voss?",
    "what is happening in Halden?", "what did Noboa say?",
  ])
  func otherQuestionsAskNoIdentity(_ question: String) {
    #expect(Self.asked(question)?.asksIdentity != true)
  }

  @Test(arguments: ["what did Noboa say?", "who met Berg?", "what is the capital?"])
  func questionsWithoutACopulaAndNameAskAboutNoName(_ question: String) {
    #expect(Self.asked(question) == nil)
  }
}
