import Testing

@testable import NewsdeskCore

/// The subject of the question's verb, for "who did it?" questions.
@Suite(.needsWordNet) struct ShortAnswerExtractorSubjectTests {
  /// A who-question asks for a name: a role subject with a name in apposition is answered
  /// by the name ("The local MP, Gareth Holloway, called …").
  @Test func theNameInAppositionToARoleSubject() {
    #expect(
      TestSupport.bestAnswer(
        "Who called the closure a disgrace?",
        in: "The local MP, Tom Ashby, called the closure a disgrace on Friday.") == "Tom Ashby")
    #expect(
      TestSupport.bestAnswer(
        "Who approved the budget?",
        in: "The city's mayor, Ruth Okafor, approved the budget after a long debate.")
        == "Ruth Okafor")
  }

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
