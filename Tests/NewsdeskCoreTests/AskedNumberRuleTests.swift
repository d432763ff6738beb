import Testing

@testable import NewsdeskCore

/// A plural noun asked wants the whole coordination; a singular one wants one member.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct AskedNumberRuleTests {
  @Test func aPluralNounTakesTheWholeList() throws {
    let all = TestSupport.candidates(
      "What metals did the Vesk mining company extract?",
      in: "The Vesk mining company extracted copper and zinc from the northern hills.",
      parse: true)
    let best = try #require(all.first)
    #expect(best.text == "copper and zinc", "\(all.map(\.trace.summary))")
    #expect(best.firings.contains { $0.rule == "askedNumber" && $0.factor > 1 })
  }

  @Test func aSingularNounMarksTheListDown() throws {
    let all = TestSupport.candidates(
      "What metal did the Vesk mining company extract?",
      in: "The Vesk mining company extracted copper and zinc from the northern hills.",
      parse: true)
    let list = try #require(all.first { $0.text == "copper and zinc" })
    #expect(list.firings.contains { $0.rule == "askedNumber" && $0.factor < 1 })
  }

  /// A name with "and" inside one of its parts is one name, not a list.
  @Test func aNameWithAndInsideIsNoList() throws {
    let all = TestSupport.candidates(
      "Which department runs the clinics?",
      in: "The Department of Rivers and Coastal Health runs the clinics.", parse: true)
    let name = try #require(all.first { $0.text == "Department of Rivers and Coastal Health" })
    #expect(!name.firings.contains { $0.rule == "askedNumber" }, "\(name.trace.summary)")
  }

  /// A hyphenated name with "and" inside is one thing, not a list.
  @Test func aHyphenatedNameIsNoList() throws {
    let all = TestSupport.candidates(
      "What policies did the regent follow?",
      in: "The regent followed a strict divide-and-rule policy in the provinces.", parse: true)
    #expect(!all.contains { $0.firings.contains { $0.rule == "askedNumber" } })
  }
}
