import Testing

@testable import NewsdeskCore

/// A name set off by a comma after a noun for a kind of place is that place: "in the
/// capital, Lake Varna" answers "where?" with the name, not "capital". Invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct PlaceAppositionTests {
  @Test(arguments: [
    (
      "where did the minister speak?",
      "The minister spoke to reporters in the capital, Lake Varna, on Friday.", "Lake Varna"
    ),
    (
      "where did the strike begin?", "The strike began at the port, Oskarvik, last week.",
      "Oskarvik"
    ),
  ])
  func theNameOfThePlaceIsTheAnswer(question: String, sentence: String, expected: String) {
    #expect(TestSupport.bestAnswer(question, in: sentence) == expected)
  }

  @Test func aNameAfterAnotherNounIsNotMadeAPlace() {
    let words = SentenceWords("The minister met the chairman, Olaf Brenn, in May.")
    let name = words.words.firstIndex { $0.surface == "Olaf" }!
    #expect(!ShortAnswerExtractor().renamesPlaceNoun(name...(name + 1), words))
  }
}
