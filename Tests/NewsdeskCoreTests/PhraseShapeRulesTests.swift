import Testing

@testable import NewsdeskCore

/// The rules that judge a candidate by its place in the parse: one whole phrase
/// (`danglingEdge`), and the phrase in the slot the question's wh-phrase stands in
/// (`askedSlot`). Invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct PhraseShapeRulesTests {
  static let slotCases: [RuleCase] = [
    RuleCase(
      question: "What group is less willing to relocate for work?",
      sentence:
        "On average, tenants are more likely than owners to move, and may be less willing to relocate.",
      answer: "tenants", rule: "askedSlot")
  ]

  @Test(arguments: slotCases) func thePhraseInTheAskedSlotAnswers(_ test: RuleCase) throws {
    try test.check()
  }

  /// A span that ends inside the next phrase ("… and a western") is no phrase of its own.
  @Test func aSpanAcrossTwoPhrasesIsMarkedDown() throws {
    let all = TestSupport.candidates(
      "Which region was split off in 1851?",
      in: "The colony was split into Ostmark and a western district in 1851.", parse: true)
    for candidate in all {
      let words = candidate.text.split(separator: " ")
      guard words.last == "western" else { continue }
      #expect(
        candidate.firings.contains { $0.rule == "danglingEdge" }, "\(candidate.trace.summary)")
    }
    // A whole phrase is left alone.
    let district = all.filter { $0.text.hasSuffix("western district") }
    #expect(!district.isEmpty, "\(all.map(\.text))")
    for candidate in district {
      #expect(!candidate.firings.contains { $0.rule == "danglingEdge" })
    }
  }

  /// One word, and a name the parse joins, are one phrase.
  @Test func aWholeNameIsOnePhrase() throws {
    let all = TestSupport.candidates(
      "Who opened the bridge?", in: "Mayor Ilse Vandermeer opened the bridge on Sunday.",
      parse: true)
    let name = try #require(all.first { $0.text.contains("Ilse Vandermeer") })
    #expect(!name.firings.contains { $0.rule == "danglingEdge" }, "\(name.trace.summary)")
  }

  /// A noun without the prepositional phrase that completes it is half the phrase.
  @Test func aNounWithoutItsModifierIsMarkedDown() throws {
    let all = TestSupport.candidates(
      "What did the premier order?",
      in: "The premier ordered the deployment of forty helicopters to the valley.", parse: true)
    let bare = try #require(all.first { $0.text == "deployment" }, "\(all.map(\.text))")
    #expect(bare.firings.contains { $0.rule == "modifierLeftOut" }, "\(bare.trace.summary)")
    let whole = try #require(all.first { $0.text.contains("deployment of forty helicopters") })
    #expect(!whole.firings.contains { $0.rule == "modifierLeftOut" })
    #expect(whole.score > bare.score, "\(all.map(\.trace.summary))")
  }

  /// Without a parse neither rule reads anything.
  @Test func withoutAParseNothingFires() {
    let all = TestSupport.candidates(
      "What group is less willing to relocate?",
      in: "Tenants are more likely to move, and may be less willing to relocate.", parse: false)
    #expect(
      !all.contains { candidate in
        candidate.firings.contains {
          ["danglingEdge", "askedSlot", "modifierLeftOut"].contains($0.rule)
        }
      })
  }
}
