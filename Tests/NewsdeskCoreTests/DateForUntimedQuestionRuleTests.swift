import Testing

@testable import NewsdeskCore

/// A date alone answers "when?", not "which company?" or "who?".
@Suite(.needsWordNet)
struct DateForUntimedQuestionRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var question: String
    var sentence: String
    var date: String
    var fires: Bool
    var testDescription: String { question }
  }

  static let cases: [Case] = [
    Case(
      question: "Which company is making the remaster?",
      sentence:
        "Announced on November 12, 2015, the remaster is being made by Tantalus Media.",
      date: "November 12", fires: true),
    Case(
      question: "Who hosted the party where the composer met the novelist?",
      sentence: "The composer met the novelist in 1836 at a party hosted by Marie d'Agoult.",
      date: "1836", fires: true),
    Case(
      question: "When was the remaster announced?",
      sentence:
        "Announced on November 12, 2015, the remaster is being made by Tantalus Media.",
      date: "November 12", fires: false),
    Case(
      question: "In what year did the composer meet the novelist?",
      sentence: "The composer met the novelist in 1836 at a party hosted by Marie d'Agoult.",
      date: "1836", fires: false),
    // A year alone may be a count.
    Case(
      question: "How many soldiers crossed the river?",
      sentence: "In all, 1500 soldiers crossed the river that night.",
      date: "1500", fires: false),
  ]

  @Test(arguments: cases) func aDateAloneFitsOnlyATimeQuestion(_ example: Case) throws {
    let all = TestSupport.candidates(example.question, in: example.sentence)
    let date = try #require(
      all.first { $0.text.hasPrefix(example.date) }, "\(all.map(\.trace.summary))")
    #expect(
      date.firings.contains { $0.rule == "dateForUntimedQuestion" } == example.fires,
      "\(date.trace.summary)")
  }

  @Test func theNameIsPreferredToTheDate() throws {
    let all = TestSupport.candidates(
      "Which company is making the remaster?",
      in: "Announced on November 12, 2015, the remaster is being made by Tantalus Media.")
    let best = try #require(all.first)
    #expect(!best.text.hasPrefix("November 12"), "\(all.map(\.trace.summary))")
  }
}
