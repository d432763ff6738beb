import Foundation
import NewsdeskCore

/// The yardstick's threshold sweep and reliability table: every question is also asked of a
/// paragraph from another title, where the answer cannot be, and of another paragraph of its
/// own title, where it is hard to tell. A good threshold abstains there and answers at home.
struct YardstickCalibration {
  let set: SquadSet
  let dataPath: String

  func report(signalsPath: String?, chartPath: String?) {
    var homeAnswers: [(confidence: Double, f1: Double)] = []
    var signalRows =
      "set,f1,confidence,coverage,termShare,candidateScore,typeFit,retrievalScore,terms,type,question,sentence\n"
    // Each home answer's confidence and whether it is right (F1 ≥ 0.5), for the reliability
    // table; an answer without a short answer is never given, so it counts at 0.
    var homeOutcomes: [ReliabilityReport.Outcome] = []
    var awayConfidences: [Double] = []
    var nearConfidences: [Double] = []
    let titles = set.data
    for (titleNumber, title) in titles.enumerated() {
      let other = titles[(titleNumber + 1) % titles.count]
      for (number, paragraph) in title.paragraphs.enumerated() {
        var home = session(paragraph.context, id: "home")
        var away = session(other.paragraphs[number % other.paragraphs.count].context, id: "away")
        // A paragraph of the same title: same topic, other facts; the hard case.
        var near = session(
          title.paragraphs[(number + 1) % title.paragraphs.count].context, id: "near")
        for item in paragraph.qas {
          let nearAnswer = near.ask(item.question)
          nearConfidences.append(nearAnswer.confidence)
          let answer = home.ask(item.question)
          let f1 = item.golds.map { AnswerNormalizer.f1(answer.shortAnswer ?? "", $0) }.max() ?? 0
          homeAnswers.append((answer.confidence, f1))
          homeOutcomes.append(
            ReliabilityReport.Outcome(
              confidence: answer.shortAnswer == nil ? 0 : answer.confidence, right: f1 >= 0.5))
          let awayAnswer = away.ask(item.question)
          awayConfidences.append(awayAnswer.confidence)
          signalRows +=
            signalRow("home", answer, f1) + signalRow("near", nearAnswer, 0)
            + signalRow("away", awayAnswer, 0)
        }
      }
    }
    print("threshold  F1 (abstentions score 0)  abstained: home  same title  other title")
    for step in 0...12 {
      let threshold = Double(step) / 20
      let answered = homeAnswers.filter { $0.confidence >= threshold }
      let f1 = answered.map(\.f1).reduce(0, +) / Double(max(homeAnswers.count, 1))
      let homeAbstained =
        Double(homeAnswers.count - answered.count) / Double(max(homeAnswers.count, 1))
      print(
        String(
          format: "  %.2f     %5.1f                       %5.1f%%    %5.1f%%      %5.1f%%",
          threshold, 100 * f1, 100 * homeAbstained,
          100 * share(nearConfidences, below: threshold),
          100 * share(awayConfidences, below: threshold)))
    }
    let reliability = ReliabilityReport(outcomes: homeOutcomes)
    print("reliability (right: F1 ≥ 0.5; every question of its own paragraph):")
    print(reliability.table)
    let defaultThreshold = AnswerComposer.Options().threshold
    if let point = reliability.curve.filter({ $0.threshold >= defaultThreshold }).last {
      print(
        String(
          format:
            "at the default threshold %.3f: %.1f%% of questions answered, %.1f%% of them right",
          defaultThreshold, 100 * point.coverage, 100 * point.precision))
    }
    for coverage in [0.3, 0.5, 0.7, 0.9] {
      if let point = reliability.curve.first(where: { $0.coverage >= coverage }) {
        print(
          String(
            format: "  answering %.0f%%: precision %.1f%% (threshold %.3f)", 100 * coverage,
            100 * point.precision, point.threshold))
      }
    }
    if let chartPath {
      let chart = ReliabilityChart(
        series: [(URL(fileURLWithPath: dataPath).lastPathComponent, reliability)],
        threshold: defaultThreshold)
      try? chart.svg.write(toFile: chartPath, atomically: true, encoding: .utf8)
      print("reliability chart written to \(chartPath)")
    }
    if let signalsPath {
      try? signalRows.write(toFile: signalsPath, atomically: true, encoding: .utf8)
    }
  }

  /// A session over one paragraph that never abstains, so every confidence is seen.
  private func session(_ text: String, id: String) -> NewsdeskSession {
    var session = NewsdeskSession(lexicon: lexicon)
    session.composer.options.threshold = 0
    session.addArticle(text: text, id: id)
    return session
  }

  private func share(_ values: [Double], below threshold: Double) -> Double {
    Double(values.filter { $0 < threshold }.count) / Double(max(values.count, 1))
  }

  /// One answer's confidence signals, for calibrating the confidence (--signals).
  private func signalRow(_ set: String, _ answer: Answer, _ f1: Double) -> String {
    let s = answer.signals
    return
      "\(set),\(f1),\(answer.confidence),\(s.coverage),\(s.termShare),\(s.candidateScore),\(s.typeFit),\(s.retrievalScore),\(answer.analysis.terms.count),\(answer.analysis.answerType.rawValue),\(quoted(answer.question)),\(quoted(answer.evidence?.sentence ?? ""))\n"
  }
}
