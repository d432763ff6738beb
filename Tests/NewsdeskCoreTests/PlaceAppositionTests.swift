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

  /// After a place phrase with another noun ("at the plant, Greenhill") the name is only
  /// likelier a place, as after "in" or "at"; a comma-free run or a name after a person's
  /// phrase is not.
  @Test(arguments: [
    ("The fire started at the plant, Greenhill, on Monday.", "Greenhill", true),
    ("The minister met the chairman, Olaf Brenn, in May.", "Olaf", false),
    ("The fire started at Greenhill on Monday.", "Greenhill", false),
  ])
  func aNameAfterAPlacePhrase(sentence: String, name: String, placed: Bool) {
    let words = SentenceWords(sentence)
    let start = words.words.firstIndex { $0.surface == name }!
    #expect(ShortAnswerExtractor().namesPlacePhraseBefore(start...start, words) == placed)
  }

  @Test func aNameAfterAnotherNounIsNotMadeAPlace() {
    let words = SentenceWords("The minister met the chairman, Olaf Brenn, in May.")
    let name = words.words.firstIndex { $0.surface == "Olaf" }!
    #expect(!ShortAnswerExtractor().renamesPlaceNoun(name...(name + 1), words))
  }
}
