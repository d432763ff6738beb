import Foundation
import NewsdeskCore

/// The public yardstick (ExpMRC's SQuAD subset): exact match and F1 of the short answer
/// (SQuAD's normalisation, best over the gold answers), how often the supporting sentence is
/// one of the marked evidence sentences, the abstention rate, latency, and a breakdown by
/// answer type. Every miss goes to a file for reading.
struct YardstickRun {
  let options: QualityOptions

  func run() throws -> SetOutput {
    let path = options.yardstickPath
    let set = try SquadSet.load(path)
    var choices = choiceHeader
    let explainPattern = options.value("--explain")
    let collectsChoices = options.value("--choices") != nil
    let outcomes = SquadRun(threshold: options.value("--threshold").flatMap(Double.init)).run(set) {
      session, item, answer in
      if let explainPattern, item.question.contains(explainPattern) {
        explain(item.question, in: session)
      }
      if collectsChoices {
        choices += choiceRows(
          answer, evidences: item.evidences ?? [], golds: item.golds, session: session)
      }
    }
    print("== yardstick: newsdesk quality on \(path)")
    if !options.has("--no-sweep") {
      YardstickCalibration(set: set, dataPath: path).report(
        signalsPath: options.value("--signals"), chartPath: options.value("--chart"))
    }
    if let choicesPath = options.value("--choices") {
      try? choices.write(toFile: choicesPath, atomically: true, encoding: .utf8)
    }
    var output = SetOutput()
    output.headlines.append("yardstick     " + summarize(outcomes))
    for outcome in outcomes {
      output.add(outcome.answerableResult(set: "yardstick"), question: outcome.item.question)
    }
    return output
  }

  /// Prints the figures and returns the headline.
  private func summarize(_ outcomes: [SquadOutcome]) -> String {
    var total = AnswerTally()
    var onEvidence = AnswerTally()
    var byType = Breakdown(empty: AnswerTally())
    // How often an evidence sentence is first in the --top order, or among its five first: tells
    // a retrieval miss from a selection miss.
    var evidenceFirst = 0
    var evidenceInTopFive = 0
    var misses = ""
    for outcome in outcomes {
      let answer = outcome.answer
      let evidences = outcome.item.evidences ?? []
      let evidence = isEvidence(answer.evidence?.sentence, evidences)
      if isEvidence(answer.candidates.first?.sentence, evidences) { evidenceFirst += 1 }
      if answer.candidates.prefix(5).contains(where: { isEvidence($0.sentence, evidences) }) {
        evidenceInTopFive += 1
      }
      total.add(
        exact: outcome.exact, f1: outcome.f1, evidence: evidence, abstained: answer.abstained)
      if evidence {
        onEvidence.add(
          exact: outcome.exact, f1: outcome.f1, evidence: evidence, abstained: answer.abstained)
      }
      byType[outcome.type].add(
        exact: outcome.exact, f1: outcome.f1, evidence: evidence, abstained: answer.abstained)
      if !outcome.exact {
        misses += missEntry(outcome, sentenceIsEvidence: evidence)
      }
    }
    let missesPath = options.value("--misses") ?? "/tmp/newsdesk-quality-misses.txt"
    try? misses.write(toFile: missesPath, atomically: true, encoding: .utf8)
    let count = max(total.questions, 1)
    print("all      \(total.line())")
    print(
      "evidence among answered questions: \(total.answeredEvidenceShare)% of \(total.questions - total.abstained)"
    )
    print("on evidence sentences only: \(onEvidence.line())")
    print(
      "evidence sentence first in the --top order: \(evidenceFirst * 100 / count)%, among its five first: \(evidenceInTopFive * 100 / count)%"
    )
    for (type, tally) in byType.sorted(by: \.questions) {
      print("\(column(type, width: 12)) \(tally.line())")
    }
    let latencies = outcomes.map(\.latency)
    print(
      String(
        format: "latency p50 %.2f ms  p99 %.2f ms  (per question)", percentile(latencies, 0.5),
        percentile(latencies, 0.99)))
    print("misses written to \(missesPath)")
    return "\(total.line())  (evidence among answered \(total.answeredEvidenceShare) %)"
  }
}

/// One miss in a misses file: the question, the gold answers, what was answered, the
/// sentence (marked when it is not an evidence sentence) and why.
func missEntry(_ outcome: SquadOutcome, sentenceIsEvidence: Bool) -> String {
  let answer = outcome.answer
  let got =
    answer.abstained
    ? "(abstained)" : outcome.predicted.isEmpty ? "(no short answer)" : outcome.predicted
  return """
    [\(outcome.type)] \(outcome.item.question)
      expected: \(Set(outcome.item.golds).sorted().joined(separator: " | "))
      got:      \(got)  f1=\(String(format: "%.2f", outcome.f1)) conf=\(answer.confidence)
      sentence: \(answer.evidence?.sentence ?? "-")\(sentenceIsEvidence ? "" : "  [not evidence]")
      why:      \(missDetail(answer))

    """
}

/// For the misses file: why the answer declined, the chosen and runner-up candidates' rules,
/// and the confidence's path.
func missDetail(_ answer: Answer) -> String {
  let trace = answer.ruleTrace
  let reason = answer.abstentionReason.map { "declined: \($0); " } ?? ""
  let chosen = trace.chosen.map { "“\($0.text)” \($0.summary)" } ?? "-"
  let runnerUp = trace.runnerUp.map { "; runner-up “\($0.text)” \($0.summary)" } ?? ""
  return reason + chosen + runnerUp + "; " + trace.confidenceSummary
}
