import Testing

@testable import NewsdeskCore

/// "Whose X …?" asks for the name that owns X, on invented sentences: the owner before "'s X"
/// is boosted, a name elsewhere in a sentence with that noun counts less, and other questions are left alone.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct PossessorOfAskedNounRuleTests {
  @Test(arguments: [
    (
      "Whose death was the inquiry about?",
      "Villagers won a ruling that Tomas Vega's death in police custody was unlawful.",
      "Tomas Vega"
    ),
    (
      "Whose free kick hit the post?",
      "Dana Reyes said Ella Marsh's free kick hit the post in the last minute.",
      "Ella Marsh"
    ),
    (
      "Whose death led to the inquiry?",
      "Marta Lind said the death of Tomas Vega led to the inquiry.",
      "Tomas Vega"
    ),
    (
      "Whose resignation did the board accept?",
      "The board of Corran Ferries accepted Ian Hale's resignation on Monday.",
      "Ian Hale"
    ),
  ])
  func theOwnerOfTheAskedNounIsBoosted(_ question: String, _ sentence: String, _ owner: String)
    throws
  {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    let found = try #require(all.first { $0.text == owner }, "no candidate \(owner)")
    #expect(found.firings.contains { $0.rule == "possessorOfAskedNoun" && $0.factor > 1 })
    #expect(all.first?.text == owner, "\(all.prefix(3).map(\.trace.summary))")
    #expect(
      // Spans that end on the owner's name ("Hale") are owners too; the others are not.
      all.filter { !$0.text.hasSuffix(owner.split(separator: " ").last ?? "") }.allSatisfy {
        !$0.firings.contains { $0.rule == "possessorOfAskedNoun" && $0.factor > 1 }
      })
  }

  /// A name in a sentence that has the asked noun but does not own it counts less.
  @Test func aNameBesideTheNounThatDoesNotOwnItCountsLess() throws {
    let all = TestSupport.candidates(
      "Whose death was the inquiry about?", in: "Villagers win death inquiry ruling", parse: true)
    let villagers = try #require(all.first { $0.text == "Villagers" })
    #expect(villagers.firings.contains { $0.rule == "possessorOfAskedNoun" && $0.factor < 1 })
  }

  /// An owner of another noun, or a who-question, gets nothing from the rule.
  @Test(arguments: [
    ("Whose death was the inquiry about?", "Tomas Vega's brother asked for an inquiry."),
    ("Who asked for an inquiry?", "Tomas Vega's brother asked for an inquiry."),
  ])
  func otherOwnersAndOtherQuestionsAreLeftAlone(_ question: String, _ sentence: String) {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { !$0.firings.contains { $0.rule == "possessorOfAskedNoun" } })
  }

  @Test func theOwnedWordsStopAtTheVerb() {
    #expect(
      PossessorOfAskedNounRule.ownedWords(
        "Whose death was the case about?", lexicon: TestSupport.lexicon) == ["death"])
    #expect(
      PossessorOfAskedNounRule.ownedWords("Who won?", lexicon: TestSupport.lexicon).isEmpty)
    // A relative "whose" inside the question asks for the thing, not its owner.
    #expect(
      PossessorOfAskedNounRule.ownedWords(
        "The band had a singer whose name was what?", lexicon: TestSupport.lexicon
      ).isEmpty)
  }
}
