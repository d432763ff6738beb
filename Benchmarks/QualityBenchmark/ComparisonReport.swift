import Foundation
import NewsdeskCore

/// Prints a comparison of two runs: per set, the questions fixed and broken, the net, and the
/// change in the mean graded score (F1 or average precision).
struct ComparisonReport {
  let comparison: ResultComparison
  /// Question texts of the run at hand, by result key, where known.
  let questions: [String: String]

  func print(title: String) {
    Swift.print("== compare: \(title)")
    Swift.print("set                     fixed  broken  net   mean score change  (paired)")
    for set in comparison.sets {
      Swift.print(
        "\(column(set.set, width: 22))  \(pad(set.fixed.count, 5))  \(pad(set.broken.count, 6))  "
          + "\(pad(signed(set.net), 4))  \(String(format: "%+.4f", set.meanScoreChange))"
          + "            \(set.paired)\(set.unpaired > 0 ? ", \(set.unpaired) in one run only" : "")"
      )
    }
    for set in comparison.sets where !set.fixed.isEmpty || !set.broken.isEmpty {
      Swift.print("-- \(set.set)")
      for change in set.fixed { Swift.print(line("FIXED ", change)) }
      for change in set.broken { Swift.print(line("BROKEN", change)) }
    }
  }

  private func line(_ verdict: String, _ change: ResultComparison.Change) -> String {
    let after = change.after
    let question = questions[after.key].map { " \($0)" } ?? ""
    // Answers are kept only where the set's licence allows (not news-dev's).
    let answers =
      after.answer != nil || change.before.answer != nil
      ? " -> \(shown(after.answer)) (was \(shown(change.before.answer)))" : ""
    return "\(verdict) \(after.id) [\(after.type)]\(question)\(answers)"
  }

  private func shown(_ answer: String?) -> String { answer.map { "\"\($0)\"" } ?? "declined" }
  private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
  private func pad(_ value: Int, _ width: Int) -> String { pad("\(value)", width) }
  private func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
