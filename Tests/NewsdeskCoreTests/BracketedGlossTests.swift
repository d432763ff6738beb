import Testing

@testable import NewsdeskCore

/// Brackets after a name gloss or shorten it: the name is the one the sentence gives; brackets
/// after a common noun give the term for it.
@Suite(.needsWordNet)
struct BracketedGlossTests {
  @Test func theNameBeforeAGlossIsTheName() throws {
    let all = TestSupport.candidates(
      "What is the name of the old northern trade code?",
      in: "The old northern trade code was the Varsk Lov (Merchant Law), written down in 1310.",
      parse: false)
    let gloss = try #require(all.first { $0.text == "Merchant Law" })
    #expect(!gloss.firings.contains { $0.rule == "calledOrQuoted" }, "\(gloss.trace.summary)")
    #expect(all.first?.text == "Varsk Lov", "\(all.map(\.trace.summary))")
  }

  @Test func aTermInBracketsAfterANounIsQuoted() throws {
    let all = TestSupport.candidates(
      "What is the pivot mounting called?",
      in: "The cylinder swings on a pivot mounting (trunnion) at its base.", parse: false)
    let term = try #require(all.first { $0.text == "trunnion" })
    #expect(term.firings.contains { $0.rule == "calledOrQuoted" }, "\(term.trace.summary)")
  }
}
