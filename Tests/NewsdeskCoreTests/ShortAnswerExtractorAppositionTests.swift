import Testing

@testable import NewsdeskCore

/// A name beside the noun the question asks about is the likelier answer.
@Suite(.needsWordNet) struct ShortAnswerExtractorAppositionTests {
  @Test func appositiveHoldingTheHeadNoun() {
    var analyzer = TermAnalyzer()
    let words = SentenceWords("It consisted of Skylab, a space station that flew in 1973.")
    let extractor = ShortAnswerExtractor()
    let skylab = 3...3
    let consisted = 1...1
    #expect(
      extractor.appositionFactor(skylab, words, headTerm: "station", analyzer: &analyzer) > 1)
    #expect(
      extractor.appositionFactor(consisted, words, headTerm: "station", analyzer: &analyzer) == 1)
  }

  @Test func nameRightAfterTheHeadNoun() {
    #expect(
      TestSupport.bestAnswer(
        "From what pad was Apollo 5 launched?",
        in: "Apollo 5 (AS-204) was launched from pad 37 on January 22, 1968.") == "37")
  }

  /// "the largest city": a modifier of "city" is not which city.
  @Test func placeQuestionWantsTheNameNotTheModifier() {
    #expect(
      TestSupport.bestAnswer(
        "Which Florida city has the biggest population?",
        in: "Jacksonville is the largest city by population in the U.S. state of Florida.")
        == "Jacksonville")
  }

  @Test func aNameBeforeACommonNounModifiesIt() {
    let words = SentenceWords("He led the Gemini and Apollo programs and met Deke Slayton in May.")
    let extractor = ShortAnswerExtractor()
    #expect(extractor.modifiesNoun(3...3, words))  // Gemini … programs
    #expect(!extractor.modifiesNoun(9...10, words))  // Deke Slayton in May
  }

  /// An accented spelling of a question word still repeats it.
  @Test func accentedQuestionWordIsNotTheAnswer() {
    #expect(
      TestSupport.bestAnswer(
        "Who was Ogedei's wife?",
        in: "The text names Töregene Khatun, Ögedei's wife, as its sponsor.") == "Töregene Khatun")
  }

  /// Another man of the same family name is named in full; the question's own man is not
  /// given back.
  @Test func aNameSharingTheQuestionsFamilyNameKeepsIt() {
    #expect(
      TestSupport.bestAnswer(
        "Who was Kublai Khan's grandfather?",
        in: "Kublai Khan placed his grandfather Genghis Khan on the imperial records.")
        == "Genghis Khan")
    #expect(
      TestSupport.bestAnswer(
        "Who improved the Savery pump?", in: "The pump was developed in 1698 by Thomas Savery.")
        != "Thomas Savery")
  }
}
