import Testing

@testable import NewsdeskCore

/// Each candidate carries the rules that fired for it; on invented sentences, the rule that
/// should decide the answer is the one the trace names.
@Suite struct AnswerTraceTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var question: String
    var sentence: String
    var answer: String
    var rule: String
    var testDescription: String { rule }
  }

  static let cases: [Case] = [
    Case(
      question: "Which journal published the study?",
      sentence: "The study appeared in the journal Cellview on Monday.",
      answer: "Cellview", rule: "apposition"),
    Case(
      question: "Who was Arvo Lind's mentor?",
      sentence: "Arvo Lind thanked his mentor Tomas Reinholt at the ceremony.",
      answer: "Tomas Reinholt", rule: "titleAsked"),
    Case(
      question: "What did the divers search for?",
      sentence: "The divers searched for wreckage near the northern pier.",
      answer: "wreckage", rule: "strandedPreposition"),
    // A fronted preposition asks for its phrase too; the other phrases lose.
    Case(
      question: "With what did the crowd pelt the minister?",
      sentence: "On Friday the crowd pelted the minister with eggs outside the town hall.",
      answer: "eggs", rule: "strandedPreposition"),
    Case(
      question: "Against whom did Rovers play on Saturday?",
      sentence: "On Saturday Rovers played a friendly against Kelton City at Brook Lane.",
      answer: "Kelton City", rule: "strandedPreposition"),
    // A name set off after the phrase in the slot renames it.
    Case(
      question: "With whom did the mayor visit Oslo?",
      sentence:
        "In May the mayor visited Oslo with an old friend, architect Lena Dahl, for a week.",
      answer: "Lena Dahl", rule: "strandedPreposition"),
    Case(
      question: "What was the name of the new ferry?",
      sentence: "The council launched a new ferry named Blue Heron on the river.",
      answer: "Blue Heron", rule: "cue"),
    Case(
      question: "Who bought the brewery?",
      sentence: "Anna Berg, the Danish investor, bought the brewery in March.",
      answer: "Anna Berg", rule: "verbRole"),
    Case(
      question: "Which city will host the summit?",
      sentence: "The summit will be held in the port of Valmora next spring.",
      answer: "Valmora", rule: "namedPlace"),
    Case(
      question: "Who said the mill would close?",
      sentence: "“The mill will close in June,” Greta Voss told reporters on Friday.",
      answer: "Greta Voss", rule: "speakerOfSaying"),
  ]

  @Test(arguments: cases) func theDecidingRuleFires(_ test: Case) throws {
    let best = try #require(Self.candidates(test.question, in: test.sentence).first)
    #expect(best.text == test.answer, "\(best.trace.summary)")
    #expect(best.firings.contains { $0.rule == test.rule }, "\(best.trace.summary)")
  }

  /// The trace takes the score apart: its factors multiply back to the score.
  @Test func factorsMultiplyToTheScore() throws {
    for test in Self.cases {
      for candidate in Self.candidates(test.question, in: test.sentence) {
        let product = candidate.firings.map(\.factor).reduce(1, *)
        #expect(abs(product - candidate.score) <= 1e-9 * max(1, candidate.score))
        #expect(candidate.firings.prefix(3).map(\.rule) == ["spanFit", "nearness", "length"])
      }
    }
  }

  /// A rule left out by name no longer fires, and the answer may change with it.
  @Test func aDisabledRuleDoesNotFire() throws {
    let test = Self.cases[0]
    let without = Self.candidates(test.question, in: test.sentence, without: ["apposition"])
    #expect(
      !without.contains { candidate in candidate.firings.contains { $0.rule == "apposition" } })
  }

  static func candidates(_ question: String, in sentence: String, without: Set<String> = [])
    -> [ShortAnswerExtractor.Candidate]
  {
    TestSupport.candidates(question, in: sentence, without: without)
  }
}
