import Testing

@testable import NewsdeskCore

/// The subject of the question's verb, for "who did it?" questions.
@Suite(.needsWordNet) struct ShortAnswerExtractorSubjectTests {
  /// An appositive between the subject and its verb does not hide the subject.
  @Test func subjectBeforeAnAppositive() {
    #expect(
      TestSupport.bestAnswer(
        "Who selected the first crew?",
        in:
          "Ann Lee, the pilot who became head of the Gemini and Apollo programs, selected the first crew."
      ) == "Ann Lee")
    let words = SentenceWords("Ann Lee, the pilot who led the Gemini programs, selected the crew.")
    #expect(ShortAnswerExtractor().subjectEnd(ofVerbAt: 9, words) == 1)  // Lee
    let plain = SentenceWords("The board quickly selected the crew.")
    #expect(ShortAnswerExtractor().subjectEnd(ofVerbAt: 3, plain) == 1)  // board
  }

  /// A conjunction alone is never an answer.
  @Test func conjunctionAloneIsNoAnswer() {
    let answer = TestSupport.bestAnswer(
      "Which word meaning vast gave the name?",
      in: "The name stems from the word tenggis, meaning \"ocean\", \"vast\" or \"wide\".")
    #expect(answer != nil)
    #expect(answer.map { !["or", "and"].contains($0) } == true)
  }
}
