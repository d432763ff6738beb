import Foundation

/// How often a run answered and how often its answers were right: the precision and
/// coverage a reporter can expect, and how the script's abstention cases (`!`) fared.
/// Questions without expectations are not counted: there is nothing to be right about.
public struct QAAnsweringTally: Sendable, Equatable {
  /// Questions with expectations.
  public var questions = 0
  /// Of those, the ones newsdesk answered rather than declined.
  public var answered = 0
  /// Answered and passed.
  public var answeredRight = 0
  /// Questions whose script says newsdesk must decline (`!`).
  public var expectedAbstentions = 0
  /// Of those, the ones it did decline.
  public var abstainedWhenExpected = 0

  public init() {}

  public init(_ results: [QACaseResult]) {
    for result in results where result.status != .skipped {
      questions += 1
      if !result.answer.abstained {
        answered += 1
        if result.status == .passed { answeredRight += 1 }
      }
      if result.testCase.expectations.contains(where: { $0.kind == .abstains }) {
        expectedAbstentions += 1
        if result.answer.abstained { abstainedWhenExpected += 1 }
      }
    }
  }

  /// The share of answers that were right; nil when nothing was answered.
  public var precision: Double? { answered == 0 ? nil : Double(answeredRight) / Double(answered) }
  /// The share of questions answered; nil when there were none.
  public var coverage: Double? { questions == 0 ? nil : Double(answered) / Double(questions) }

  /// One line for people: `answered 120 of 134 (89.6 %), 118 right (98.3 %); declined 14 of
  /// the 14 it should`.
  public var line: String {
    func percent(_ value: Double?) -> String {
      value.map { String(format: "%.1f %%", $0 * 100) } ?? "–"
    }
    var text =
      "answered \(answered) of \(questions) (\(percent(coverage))), \(answeredRight) right (\(percent(precision)))"
    if expectedAbstentions > 0 {
      text += "; declined \(abstainedWhenExpected) of the \(expectedAbstentions) it should"
    }
    return text
  }
}
