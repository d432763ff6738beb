import Testing

@testable import NewsdeskCore

/// How coverage and the answer's type weigh in choosing a sentence and in the confidence.
@Suite struct AnswerComposerConfidenceTests {
  @Test func coverageCountsSquaredAndHalfIsFull() {
    #expect(AnswerComposer.coverageStrength(0.5) == 1)
    #expect(AnswerComposer.coverageStrength(0.25) == 0.25)
    #expect(AnswerComposer.coverageStrength(0.1) < 0.1)
  }

  @Test func nameQuestionsPreferSentencesWithANameOfTheirKind() {
    #expect(AnswerComposer.typeAgreement(.person, typeFit: 0.35) < 1)
    #expect(AnswerComposer.typeAgreement(.person, typeFit: 1) == 1)
    #expect(AnswerComposer.typeAgreement(.other, typeFit: 0.35) == 1)
    // A date question is not steered to any sentence holding some date.
    #expect(AnswerComposer.typeAgreement(.date, typeFit: 0) == 1)
  }

  /// The seed article never says when US forces return: a sentence with some other date
  /// must not be taken for the answer.
  @Test func aDateQuestionDoesNotTakeAnotherEventsDate() throws {
    var session = NewsdeskSession()
    _ = try session.load(paths: [TestSupport.seedArticlePath])
    #expect(session.ask("when will US forces return to Ecuador?").abstained)
    #expect(!session.ask("who refused to renew the lease on the base?").abstained)
  }
}
