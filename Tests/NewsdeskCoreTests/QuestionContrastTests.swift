import Testing

@testable import NewsdeskCore

/// The opposite of a question word in its sentence, on invented sentences: found where the
/// sentence says the opposite, not where it says what is asked.
@Suite(.needsWordNet) struct QuestionContrastTests {
  static func contrast(_ question: String, _ sentence: String) -> QuestionContrast {
    QuestionContrast(question: question, sentence: sentence, lexicon: TestSupport.lexicon.wordNet)
  }

  @Test(
    arguments: [
      ("what is the smallest city in Peru?", "Lima is the largest city in Peru.", "smallest"),
      ("which team lost the final in 1998?", "Brazil won the final in 1998.", "lost"),
      ("when did exports decrease?", "Exports increased in May.", "decrease"),
    ])
  func anOppositeIsFound(question: String, sentence: String, asked: String) {
    let found = Self.contrast(question, sentence)
    #expect(found.opposite?.asked == asked)
    #expect(found.reasons.first == .oppositeStated(asked: asked, stated: found.opposite!.stated))
  }

  @Test(
    arguments: [
      ("what is the largest city in Peru?", "Lima is the largest city in Peru."),
      ("which team won the final in 1998?", "Brazil won the final in 1998."),
      // Both words in the sentence: it states the one asked too.
      ("which team lost?", "Brazil won and Italy lost."),
      // The question uses the opposite too, or is negated.
      (
        "who grouped unpublished pieces and published them?",
        "Fontana grouped unpublished pieces into opus numbers."
      ),
      ("who would likely not marry her?", "A marriage with her was unlikely."),
      // "How old" asks an age, whatever the sentence calls young.
      ("how old was Blair when he came to power?", "Blair, 43, was the youngest leader."),
    ])
  func noOppositeWhereTheSentenceSaysWhatIsAsked(question: String, sentence: String) {
    #expect(Self.contrast(question, sentence).opposite == nil)
  }

  @Test func antonymsAreLexical() throws {
    let wordNet = try #require(TestSupport.lexicon.wordNet)
    #expect(wordNet.antonyms("smallest").contains("large"))
    #expect(wordNet.antonyms("won").contains("lose"))
    #expect(wordNet.antonyms("president").isEmpty)
  }
}
