import Testing

@testable import NewsdeskCore

/// Words written as one ("Oslo–based", "non-Nordic", "Tarik'ud") stay whole in an answer, and
/// "in what year?" gets the year of a dated event; on invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct JoinedWordSpanTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var question: String
    var sentence: String
    var answer: String
    var testDescription: String { answer }
  }

  static let whole: [Case] = [
    Case(
      question: "Who moved to Tarnby in the 1920s?",
      sentence: "In the 1920s, Port Selwyn–based weavers moved to Tarnby for its cheap rents.",
      answer: "Port Selwyn–based weavers"),
    Case(
      question: "Who were the volvas?",
      sentence:
        "Healers were divided into non-Nordic herbalists called volvas and village priests.",
      answer: "non-Nordic herbalists"),
    Case(
      question: "In what year did the ferry line close?",
      sentence: "The ferry line closed on 4 March 1998 after a storm.",
      answer: "1998"),
  ]

  @Test(arguments: whole) func theAnswerIsWhole(_ test: Case) throws {
    let best = try #require(
      TestSupport.candidates(test.question, in: test.sentence, parse: true).first)
    #expect(best.text == test.answer, "\(best.trace.summary)")
  }

  /// The widening itself: over the joint, and over the name the joined word ends.
  @Test(arguments: [
    ("Port Selwyn–based weavers moved", 2...3, "Port Selwyn–based weavers"),
    ("They hired non-Nordic herbalists", 3...4, "non-Nordic herbalists"),
    ("It was a twin-cylinder engine", 3...3, "twin-cylinder"),
    ("They met the Oslo-based retailer", 3...3, "Oslo"),
  ])
  func theSpanIsWidened(_ sentence: String, _ span: ClosedRange<Int>, _ expected: String) {
    let words = SentenceWords(sentence)
    let repeats = Array(repeating: false, count: words.words.count)
    let widened = ShortAnswerExtractor()
      .widenedOverJoinedWords(span, words, repeats: repeats)
    #expect(words.text(from: widened.lowerBound, through: widened.upperBound) == expected)
  }

  /// A name joined to a description after it stays the name: "Oslo-based" is no place.
  @Test func aNameIsNotWidenedIntoADescription() {
    let all = TestSupport.candidates(
      "Where is the retailer based?", in: "They signed with the Oslo-based retailer Nordvik.")
    #expect(all.contains { $0.text == "Oslo" }, "\(all.prefix(3).map(\.trace.summary))")
    #expect(!all.contains { $0.text.hasPrefix("Oslo-") })
  }

  /// A clitic after an apostrophe is no part of a word; a dash between figures is a range.
  @Test(arguments: [
    ("Tarik'ud", 1, true), ("Tarik's", 1, false), ("don't", 1, false), ("1807–55", 1, false),
    ("twin-cylinder", 1, true), ("New York – based", 2, false),
  ])
  func whatJoinsWords(_ text: String, _ position: Int, _ joins: Bool) {
    #expect(SentenceWords(text).joinsWords(at: position) == joins)
  }

  /// "When?" keeps the whole date; only "what year" takes the year alone.
  @Test func whenKeepsTheWholeDate() throws {
    let best = try #require(
      TestSupport.candidates(
        "When did the ferry line close?", in: "The ferry line closed on 4 March 1998 after a storm."
      ).first)
    #expect(best.text == "4 March 1998", "\(best.trace.summary)")
  }
}
