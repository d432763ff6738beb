/// The veto of a sentence that says the opposite of what the question asks
/// (`QuestionContrast`).
extension AnswerComposer {
  /// Reads the chosen sentence for the opposite of a question word; when found the rules hold
  /// the answer unsupported (their figure at `unsupportedCeiling`, below
  /// `ConfidenceCalibration.ruleFloor`), so newsdesk declines and says why. Out of fold on
  /// SQuAD 2.0's ten train titles the opposite is found for 16 of 361 unanswerable questions
  /// given an answer, 7 of 2,328 right answers and 13 of 2,568 wrong ones.
  func contrast(_ analysis: QuestionAnalysis, sentence: String) -> QuestionContrast {
    QuestionContrast(question: analysis.text, sentence: sentence, lexicon: WordNet.shared)
  }
}
