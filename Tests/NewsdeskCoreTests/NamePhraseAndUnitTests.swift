import Testing

@testable import NewsdeskCore

/// Names written with small words inside them ("the Office for Coastal Transport") are
/// offered whole, and their pieces marked down; a measure keeps its unit. Invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct NamePhraseAndUnitTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var question: String
    var sentence: String
    var answer: String
    var testDescription: String { question }
  }

  static let wholeNames: [Case] = [
    Case(
      question: "What festival opened the season?",
      sentence: "In Maribel the Feast of the Silver Lanterns opened the season with a parade.",
      answer: "Feast of the Silver Lanterns"),
    Case(
      question: "Which agency regulates the ferries?",
      sentence: "The ferries are regulated by the Office for Coastal Transport, a small body.",
      answer: "Office for Coastal Transport"),
    Case(
      question: "Which department runs the clinics?",
      sentence: "The clinics are run by the Department of Rivers and Coastal Health in Dunmore.",
      answer: "Department of Rivers and Coastal Health"),
  ]

  @Test(arguments: wholeNames) func theWholeNameAnswers(_ test: Case) throws {
    let all = TestSupport.candidates(test.question, in: test.sentence, parse: true)
    let best = try #require(all.first)
    #expect(best.text == test.answer, "\(all.prefix(3).map(\.trace.summary))")
  }

  /// The piece of the whole name is the one the rule marks down.
  @Test func aPieceOfTheNameIsMarkedDown() throws {
    let all = TestSupport.candidates(
      "What festival opened the season?",
      in: "In Maribel the Feast of the Silver Lanterns opened the season with a parade.",
      parse: true)
    let piece = try #require(all.first { $0.text == "Silver Lanterns" })
    #expect(piece.firings.contains { $0.rule == "partOfLongerName" })
  }

  /// Two names side by side are no one name: "and" joins names only after "of", "for" none
  /// before "the", and a run of names that the parse reads as a list stays two.
  @Test(arguments: [
    "The storm hit Dunmore and Kelvale overnight.",
    "Harbour Games for the Vexa console sold well.",
  ])
  func namesSideBySideStayApart(_ sentence: String) throws {
    let annotated = try #require(SentenceAnnotator.standard?.annotate(sentence))
    let words = SentenceWords(sentence)
    let spans = ShortAnswerExtractor().namePhraseSpans(
      ParsedWords(sentence: annotated, words: words), words: words)
    #expect(spans.isEmpty, "\(spans)")
  }

  /// A measure keeps its unit though the question says the word elsewhere ("the Ten Days
  /// Festival"), so that "four days" outranks a count of something else ("two storms").
  @Test func aMeasureKeepsItsUnit() throws {
    let all = TestSupport.candidates(
      "How long did the Ten Days Festival last?",
      in: "After two storms the Ten Days Festival lasted only four days this year.", parse: true)
    #expect(all.first?.text == "four days", "\(all.prefix(3).map(\.trace.summary))")
  }

  /// Asked "in minutes", the bare number answers: the unit goes without saying.
  @Test(arguments: [
    ("How long is the walk in minutes?", true), ("How far is the port in miles?", true),
    ("How long did the festival last?", false), ("How many days did it last?", false),
  ])
  func theUnitAskedIn(_ question: String, asksInUnit: Bool) {
    #expect(ShortAnswerExtractor.asksInUnit(question) == asksInUnit)
  }
}
