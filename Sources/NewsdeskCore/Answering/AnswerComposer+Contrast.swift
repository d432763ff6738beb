/// The veto of a sentence that says the opposite of what the question asks
/// (`QuestionContrast`).
extension AnswerComposer {
  /// Reads the chosen sentence for the opposite of a question word; when found the rules hold
  /// the answer unsupported (their figure at `unsupportedCeiling`, below
  /// `ConfidenceCalibration.ruleFloor`), so newsdesk declines and says why. Over the SQuAD 2.0
  /// train titles and the yardstick, asked of their own paragraph and of a neighbouring one,
  /// the opposite is found for 17 unanswerable questions given an answer, 6 wrong answers and
  /// 6 right ones (of some 2,800).
  func contrast(_ analysis: QuestionAnalysis, sentence: String) -> QuestionContrast {
    QuestionContrast(question: analysis.text, sentence: sentence, lexicon: lexicon.wordNet)
  }
}
