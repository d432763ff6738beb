import Foundation
import NewsdeskCore

/// SQuAD 2.0's train titles: a larger set of questions the rules were not written against.
/// The answerable questions are scored by F1 and exact match; the unanswerable ones, written
/// to look answerable, by how many newsdesk declines.
struct Squad20Run {
  let options: QualityOptions

  func run() throws -> SetOutput {
    let set = try SquadSet.load(options.squad20Path)
    let outcomes = SquadRun(threshold: options.value("--threshold").flatMap(Double.init)).run(set)
    let answerable = outcomes.filter { $0.item.isImpossible != true }
    let unanswerable = outcomes.filter { $0.item.isImpossible == true }

    print("== squad20: \(options.squad20Path)")
    var total = AnswerTally()
    var byType = Breakdown(empty: AnswerTally())
    for outcome in answerable {
      total.add(exact: outcome.exact, f1: outcome.f1, evidence: false, abstained: outcome.declined)
      byType[outcome.type].add(
        exact: outcome.exact, f1: outcome.f1, evidence: false, abstained: outcome.declined)
    }
    print("answerable   \(total.line(evidence: false))")
    if let missesPath = options.value("--squad20-misses") {
      try? missText(answerable).write(toFile: missesPath, atomically: true, encoding: .utf8)
      print("answerable misses written to \(missesPath)")
    }
    for (type, tally) in byType.sorted(by: \.questions) {
      print("  \(column(type, width: 12)) \(tally.line(evidence: false))")
    }
    var declined = RightTally()
    var declinedByType = Breakdown(empty: RightTally())
    for outcome in unanswerable {
      declined.add(outcome.declined)
      declinedByType[outcome.type].add(outcome.declined)
    }
    print("unanswerable \(declined.line(noun: "declined"))")
    for (type, tally) in declinedByType.sorted(by: \.questions) {
      print("  \(column(type, width: 12)) \(tally.line(noun: "declined"))")
    }
    var output = SetOutput()
    output.headlines.append("squad20       answerable \(total.line(evidence: false))")
    output.headlines.append("squad20       unanswerable \(declined.line(noun: "declined"))")
    for outcome in answerable {
      output.add(outcome.answerableResult(set: "squad20"), question: outcome.item.question)
    }
    for outcome in unanswerable {
      output.add(
        outcome.unanswerableResult(set: "squad20-unanswerable"), question: outcome.item.question)
    }
    return output
  }
}

/// The answerable questions missed, as the yardstick's misses file gives them. SQuAD 2.0
/// marks no evidence sentence: the chosen sentence counts as the right one when it holds a
/// gold answer.
private func missText(_ outcomes: [SquadOutcome]) -> String {
  var text = ""
  for outcome in outcomes where !outcome.exact {
    let sentence = outcome.answer.evidence?.sentence ?? ""
    let holdsGold = outcome.item.golds.contains {
      !$0.isEmpty && sentence.localizedCaseInsensitiveContains($0)
    }
    text += missEntry(outcome, sentenceIsEvidence: holdsGold)
  }
  return text
}

/// How many of a group of questions came out right.
struct RightTally {
  var questions = 0
  var right = 0

  mutating func add(_ isRight: Bool) {
    questions += 1
    right += isRight ? 1 : 0
  }

  func line(noun: String = "right") -> String {
    let share = 100 * Double(right) / Double(max(questions, 1))
    return "\(right)/\(questions) \(noun) (\(String(format: "%.1f", share)) %)"
  }
}
