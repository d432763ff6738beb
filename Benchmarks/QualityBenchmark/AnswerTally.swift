import Foundation

/// Exact match, F1, evidence and abstentions over a group of SQuAD-style questions.
struct AnswerTally {
  var questions = 0
  var exact = 0.0
  var f1 = 0.0
  var evidence = 0
  var abstained = 0
  /// Evidence among the answered questions alone: an abstention shows its nearest sentence,
  /// which supports no answer.
  var answeredEvidence = 0

  mutating func add(exact: Bool, f1: Double, evidence: Bool, abstained: Bool) {
    questions += 1
    self.exact += exact ? 1 : 0
    self.f1 += f1
    self.evidence += evidence ? 1 : 0
    self.abstained += abstained ? 1 : 0
    if evidence, !abstained { answeredEvidence += 1 }
  }

  /// The share of answered questions whose supporting sentence is marked evidence.
  var answeredEvidenceShare: String {
    String(format: "%.1f", 100 * Double(answeredEvidence) / Double(max(questions - abstained, 1)))
  }

  func percent(_ value: Double) -> String {
    String(format: "%5.1f", 100 * value / Double(max(questions, 1)))
  }

  /// One line of figures; without evidence where the set marks none.
  func line(evidence showsEvidence: Bool = true) -> String {
    let count = String(questions).padding(toLength: 4, withPad: " ", startingAt: 0)
    let evidencePart = showsEvidence ? "  evidence \(percent(Double(evidence)))" : ""
    return
      "n=\(count)  EM \(percent(exact))  F1 \(percent(f1))\(evidencePart)  abstained \(percent(Double(abstained)))"
  }
}

/// Tallies by a key (the question type), printed largest group first.
struct Breakdown<Tally> {
  var groups: [String: Tally] = [:]
  let empty: Tally

  init(empty: Tally) { self.empty = empty }

  subscript(key: String) -> Tally {
    get { groups[key] ?? empty }
    set { groups[key] = newValue }
  }

  /// The groups, largest first by `size`, ties by name.
  func sorted(by size: (Tally) -> Int) -> [(String, Tally)] {
    groups.sorted {
      size($0.value) != size($1.value) ? size($0.value) > size($1.value) : $0.key < $1.key
    }
    .map { ($0.key, $0.value) }
  }
}

/// A type's name padded for a table's first column.
func column(_ name: String, width: Int = 14) -> String {
  name.padding(toLength: max(width, name.count), withPad: " ", startingAt: 0)
}
