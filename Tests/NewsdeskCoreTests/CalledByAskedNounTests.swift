import Testing

@testable import NewsdeskCore

/// "Which rival …?" over "rival Orange reported …": the sentence calls the name by the noun
/// asked, so the name fits the kind asked even when WordNet knows the word as something else
/// (an orange is a fruit).
@Suite struct CalledByAskedNounTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var question: String
    var sentence: String
    var answer: String
    var testDescription: String { answer }
  }

  static let named: [Case] = [
    Case(
      question: "Which rival of Acme reported a record profit?",
      sentence: "Last week, rival Orange reported a record profit of $3bn.",
      answer: "Orange"),
    Case(
      question: "What show did the station launch in 1990?",
      sentence: "In 1990 the station launched the show Brain Ladder, a weekly quiz.",
      answer: "Brain Ladder"),
  ]

  @Test(arguments: named) func theNameAfterTheAskedNounFits(_ test: Case) throws {
    let best = try #require(TestSupport.candidates(test.question, in: test.sentence).first)
    #expect(best.text == test.answer, "\(best.trace.summary)")
    #expect(best.typeFit >= AnswerWeights.typedAnswerFit.value, "\(best.trace.summary)")
    #expect(
      best.firings.contains {
        $0.rule == "nameKind" && $0.factor == AnswerWeights.calledByAskedNounBoost.value
      }, "\(best.trace.summary)")
  }

  @Test func aNameOfAnotherKindStillFitsLess() throws {
    // "Ecuador" is a country, and nothing in the sentence calls it a city.
    let candidates = TestSupport.candidates(
      "Which city did the minister visit?", in: "The minister visited Ecuador in May.")
    let ecuador = try #require(candidates.first { $0.text == "Ecuador" })
    #expect(ecuador.firings.contains { $0.rule == "otherKindFit" }, "\(ecuador.trace.summary)")
  }
}
