import Foundation
import NewsdeskCore

/// One SQuAD-style question asked of its own paragraph, and what newsdesk answered.
struct SquadOutcome {
  var item: SquadSet.Item
  var answer: Answer
  var exact: Bool
  var f1: Double
  /// Milliseconds the question took.
  var latency: Double

  var predicted: String { answer.shortAnswer ?? "" }
  /// Declined, or nothing short to give.
  var declined: Bool { answer.abstained || answer.shortAnswer == nil }
  var type: String { answer.analysis.answerType.rawValue }
}

/// Asks a SQuAD-style set: each paragraph is loaded alone as one article and its questions
/// asked, each with a fresh conversation.
struct SquadRun {
  var threshold: Double?

  /// `inspect` sees each question's session and answer as it is asked (for --explain and
  /// --choices).
  func run(
    _ set: SquadSet, inspect: (NewsdeskSession, SquadSet.Item, Answer) -> Void = { _, _, _ in }
  ) -> [SquadOutcome] {
    let clock = ContinuousClock()
    var outcomes: [SquadOutcome] = []
    for title in set.data {
      for (number, paragraph) in title.paragraphs.enumerated() {
        var session = NewsdeskSession(lexicon: lexicon)
        if let threshold { session.composer.options.threshold = threshold }
        session.addArticle(text: paragraph.context, id: "\(title.title)-\(number)")
        for item in paragraph.qas {
          let start = clock.now
          let answer = session.ask(item.question)
          let latency = (clock.now - start).seconds * 1000
          inspect(session, item, answer)
          session.reset()
          let predicted = answer.shortAnswer ?? ""
          outcomes.append(
            SquadOutcome(
              item: item, answer: answer,
              exact: item.golds.contains { AnswerNormalizer.exactMatch(predicted, $0) },
              f1: item.golds.map { AnswerNormalizer.f1(predicted, $0) }.max() ?? 0,
              latency: latency))
        }
      }
    }
    return outcomes
  }
}

extension SquadOutcome {
  /// The result file's record of an answerable question: right on an exact match, scored by
  /// F1.
  func answerableResult(set: String) -> QuestionResult {
    QuestionResult(
      id: item.id, set: set, type: type, right: exact, score: f1, answer: answer.shortAnswer,
      rule: ruleName(of: answer))
  }

  /// The record of an unanswerable question: right when declined.
  func unanswerableResult(set: String) -> QuestionResult {
    QuestionResult(
      id: item.id, set: set, type: type, right: declined, score: declined ? 1 : 0,
      answer: answer.shortAnswer, rule: ruleName(of: answer))
  }
}

/// What decided an answer, as far as the answer says: why it declined, or how its short
/// answer's kind fits the kind asked. (A rule trace, once answers carry one, belongs here.)
func ruleName(of answer: Answer) -> String? {
  if answer.abstained, let reason = answer.abstentionReason {
    return "declined: " + String(describing: reason).prefix { $0 != "(" }
  }
  return answer.shortAnswer == nil ? nil : "type " + answer.signals.typeVerdict.rawValue
}

/// Mid value of a list, or the value at a fraction of the way through it sorted.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? 0 : sorted[Int((fraction * Double(sorted.count - 1)).rounded())]
}
