import Testing

@testable import NewsdeskCore

/// "How fast / far / tall …" asks for a measure: a number counting things is no answer. On
/// invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct CountForMeasureRuleTests {
  /// The count of things is marked down, and the measure in units answers.
  @Test(arguments: [
    (
      "How fast do the new Kessel trains travel?",
      "Four new trains on the Kessel line reach 320 km/h between the two cities.", "Four",
      "320"
    ),
    (
      "How high is the Dorrin tower?",
      "The Dorrin tower has 88 floors and rises 410 metres above the harbour.", "88", "410"
    ),
  ])
  func aCountOfThingsIsNoMeasure(
    _ question: String, _ sentence: String, _ count: String, _ measure: String
  ) throws {
    let all = ParseAlignmentRulesTests.candidates(question, in: sentence)
    let counted = try #require(all.first { $0.text.hasPrefix(count) })
    let firing = try #require(counted.firings.first { $0.rule == "countForMeasure" })
    #expect(firing.factor < 1)
    let measured = try #require(all.first { $0.text.contains(measure) })
    #expect(!measured.firings.contains { $0.rule == "countForMeasure" })
    #expect(measured.score > counted.score)
  }

  /// Ages are written bare, and "how many" / "how big" may be answered by a count.
  @Test(arguments: [
    ("How old is Mayor Ilse Brandt?", "Ilse Brandt, 61, has three children."),
    ("How many trains run on the line?", "Four new trains run on the Kessel line."),
    ("How big was the crowd?", "A crowd of 70,000 people watched the final."),
  ])
  func otherQuestionsAreLeftAlone(_ question: String, _ sentence: String) {
    let all = ParseAlignmentRulesTests.candidates(question, in: sentence)
    #expect(!all.isEmpty)
    #expect(!all.contains { $0.firings.contains { $0.rule == "countForMeasure" } })
  }

  @Test func theQuestionsAdjectiveDecides() {
    #expect(CountForMeasureRule.asksForMeasure("How fast do the lifts go?"))
    #expect(CountForMeasureRule.asksForMeasure("how far is it to the coast?"))
    #expect(!CountForMeasureRule.asksForMeasure("How old is she?"))
    #expect(!CountForMeasureRule.asksForMeasure("How often does it run?"))
  }
}
