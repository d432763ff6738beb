import NewsdeskCore

/// What running one set gives: each question's result for the result file, and the question
/// texts for listing changes on screen (never stored: news-dev's stay out of the repository).
struct SetOutput {
  var results: [QuestionResult] = []
  /// Question text by result key.
  var questions: [String: String] = [:]
  /// The set's headline figures, one line each, for the closing summary.
  var headlines: [String] = []

  mutating func add(_ result: QuestionResult, question: String) {
    results.append(result)
    questions[result.key] = question
  }

  static func + (left: SetOutput, right: SetOutput) -> SetOutput {
    SetOutput(
      results: left.results + right.results,
      questions: left.questions.merging(right.questions) { first, _ in first },
      headlines: left.headlines + right.headlines)
  }
}
