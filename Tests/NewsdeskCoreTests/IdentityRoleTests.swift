import Testing

@testable import NewsdeskCore

/// "Who is NAME?" over a sentence that gives the person a role set off by commas.
@Suite struct IdentityRoleTests {
  /// The sentence names the person where the whole name stands, not at a firm that shares
  /// a word of it; with a role on either side, the one some body gives comes first.
  @Test func theRoleABodyGivesBeatsAKinshipAfterTheName() {
    #expect(
      TestSupport.bestAnswer(
        "who is Edmund Halvard?",
        in: "Halvard's chairman, Edmund Halvard, great-grandson of the founder, said it was right.")
        == "Halvard's chairman")
  }

  /// A hyphen joins the words of one role: "great-grandson", not "great".
  @Test func aHyphenatedRoleAfterTheNameIsWhole() {
    #expect(
      TestSupport.bestAnswer(
        "who is Edmund Halvard?",
        in: "Edmund Halvard, great-grandson of the founder, said it was right.")
        == "great-grandson of the founder")
  }

  @Test(arguments: [
    // Words: halvard, s, chairman, edmund, halvard.
    ("Edmund Halvard", ["halvard's", "chairman", "edmund", "halvard"], 3),
    ("Halvard", ["halvard's", "chairman", "edmund", "halvard"], 4),
    ("Anna Berg", ["anna", "said", "berg", "left"], 0),
  ])
  func theMentionOfTheName(_ asked: String, _ sentenceWords: [String], _ expected: Int) {
    let words = SentenceWords(sentenceWords.joined(separator: " "))
    let name = asked.lowercased().split(separator: " ").map(String.init)
    #expect(ShortAnswerExtractor.nameMention(name, in: words) == expected)
  }
}

/// Sums in pence are money.
@Suite struct PenceTests {
  @Test(arguments: [("415p", true), ("10.5p", true), ("p", false), ("up", false), ("4p5", false)])
  func penceWords(_ word: String, _ isPence: Bool) {
    #expect(EntityRecognizer.isPence(word) == isPence)
  }

  @Test func aSharePriceInPenceIsASumOfMoney() {
    let words = SentenceWords("Van Rijn will pay 415p a share in cash.")
    let spans = EntityRecognizer().moneySpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
    #expect(spans == ["415p"])
  }
}
