import Testing

@testable import NewsdeskCore

/// "How many N": the number that counts N, read off the parse, on invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct CountedNounRuleTests {
  typealias Case = RuleCase

  static let cases: [Case] = [
    Case(
      question: "How many farms closed after the floods?",
      sentence: "The floods, which drowned 2.4 million chickens, closed 310 farms in the valley.",
      answer: "310", rule: "countedNoun"),
    Case(
      question: "How many people did the depot explosion injure?",
      sentence: "The depot explosion, which injured seven, closed the line for a week.",
      answer: "seven", rule: "countedNoun"),
    Case(
      question: "How many days has Ilse Brandt served as mayor?",
      sentence: "On Friday Ilse Brandt marked her 1,200th day as mayor of Orlen.",
      answer: "1,200th", rule: "countedNoun"),
    Case(
      question: "How many callers does the emergency line have?",
      sentence: "The line has 12,000 callers a day and takes 15% of the county's calls.",
      answer: "12,000", rule: "shareForCount"),
  ]

  @Test(arguments: cases) func theNumberCountingTheAskedNounAnswers(_ test: Case) throws {
    try test.check()
  }

  /// A number counting something else is marked down, a percentage and a sum of money most.
  @Test(arguments: [
    ("How many farms closed?", "The floods drowned 2.4 million chickens.", "2.4", "countedNoun"),
    ("How many members does it have?", "About 40% of the union voted.", "40", "shareForCount"),
    ("How many workers lost their jobs?", "The closure cost $30m in wages.", "30", "shareForCount"),
  ])
  func aFigureOfAnotherKindIsMarkedDown(
    _ question: String, _ sentence: String, _ figure: String, _ rule: String
  ) throws {
    let all = ParseAlignmentRulesTests.candidates(question, in: sentence)
    let candidate = try #require(all.first { $0.text.contains(figure) })
    let firing = try #require(candidate.firings.first { $0.rule == rule })
    #expect(firing.factor < 1)
  }

  /// Other questions are left alone: "how much" asks for an amount, not a count.
  @Test func howMuchIsLeftAlone() {
    let all = ParseAlignmentRulesTests.candidates(
      "How much did the repairs cost?", in: "The repairs cost $30m, about 40% of the budget.")
    #expect(
      !all.contains { $0.firings.contains { ["countedNoun", "shareForCount"].contains($0.rule) } }
    )
  }
}
