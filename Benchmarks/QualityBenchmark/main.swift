// Answer-quality benchmark over ExpMRC's SQuAD subset: each paragraph is loaded as one
// article and its questions asked. Prints exact match and F1 of the short answer (SQuAD's
// normalisation, best over the gold answers), how often the supporting sentence is one of the
// marked evidence sentences, the abstention rate, latency, and a breakdown by answer type.
// Every miss goes to a file for reading. Build with -c release.
//
//   newsdesk-quality [DATA.json] [--misses FILE] [--threshold X] [--explain "QUESTION TEXT"]
//                    [--signals FILE.csv] [--choices FILE.csv] [--chart FILE.svg]
//
// --signals: each answer's confidence signals at home, same-title and other-title, with the
// question and supporting sentence (for calibrating the confidence). --choices: each retrieved
// sentence with what the composer sees in it alone (for studying the sentence choice).
import Foundation
import NewsdeskCore

struct Dataset: Decodable {
  struct Title: Decodable { var title: String; var paragraphs: [Paragraph] }
  struct Paragraph: Decodable { var context: String; var qas: [QuestionItem] }
  struct QuestionItem: Decodable {
    var question: String
    var id: String
    var answers: [GoldAnswer]
    var evidences: [String]?
  }
  struct GoldAnswer: Decodable { var text: String }
  var data: [Title]
}

struct Tally {
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
  var line: String {
    "n=\(String(questions).padding(toLength: 4, withPad: " ", startingAt: 0))  EM \(percent(exact))  F1 \(percent(f1))  evidence \(percent(Double(evidence)))  abstained \(percent(Double(abstained)))"
  }
}

func argument(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count else {
    return nil
  }
  return arguments[position + 1]
}

let positional = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("--") }
let dataPath = positional ?? "../shared/data/expmrc-squad-dev.json"
let missesPath = argument("--misses") ?? "/tmp/newsdesk-quality-misses.txt"
guard let data = FileManager.default.contents(atPath: dataPath),
  let dataset = try? JSONDecoder().decode(Dataset.self, from: data)
else {
  FileHandle.standardError.write(Data("newsdesk-quality: cannot read \(dataPath)\n".utf8))
  exit(2)
}

/// Whether our supporting sentence is one of the marked evidence sentences. Sentence
/// splitters differ at the edges, so one containing the other (after normalisation) counts.
func isEvidence(_ sentence: String?, _ evidences: [String]) -> Bool {
  guard let sentence else { return false }
  let ours = AnswerNormalizer.normalize(sentence)
  guard !ours.isEmpty else { return false }
  return evidences.contains { evidence in
    let theirs = AnswerNormalizer.normalize(evidence)
    return !theirs.isEmpty && (ours.contains(theirs) || theirs.contains(ours))
  }
}

/// With --explain TEXT: how newsdesk reads the questions containing TEXT and the best
/// candidates it sees in each retrieved sentence, for tuning the rules.
func explain(_ question: String, in session: NewsdeskSession) {
  var session = session
  let answer = session.ask(question)
  let analysis = answer.analysis
  print(
    "? \(question)  [\(analysis.answerType.rawValue), head \(analysis.headNoun ?? "-"), verb \(analysis.verb ?? "-"), subject \(analysis.asksForSubject)]"
  )
  var weights: [String: Double] = [:]
  for term in analysis.terms { weights[term] = session.library.index.sentenceIDF(of: term) }
  let context = ShortAnswerExtractor.QuestionContext(analysis: analysis, termWeights: weights)
  var analyzer = TermAnalyzer()
  for candidate in answer.candidates.prefix(3) {
    print("  s\(candidate.sentenceNumber) \(candidate.score): \(candidate.sentence.prefix(120))")
    let found = ShortAnswerExtractor().candidates(
      in: candidate.sentence, context: context, analyzer: &analyzer)
    for option in found.prefix(5) {
      print("      \(String(format: "%.3f", option.score)) fit \(option.typeFit)  \(option.text)")
    }
  }
  print("  → \(answer.shortAnswer ?? "-") (\(answer.confidence))")
}

/// With --choices FILE, each question's retrieved sentences (the ones the composer reads) go
/// to a CSV with what the composer sees in them, for studying which sentence to answer from.
var choiceRows =
  "question,type,verb,head,rank,retrieval,coverage,candidate,typeFit,chosen,evidence,answer,f1,sentence\n"
func choiceRowsFor(
  _ answer: Answer, evidences: [String], golds: [String], session: NewsdeskSession
) -> String {
  let analysis = answer.analysis
  var weights: [String: Double] = [:]
  for term in analysis.expansions.keys { weights[term] = 0.5 }
  let retrieved = session.library.index.search(
    terms: analysis.terms + analysis.expansions.keys.sorted(), termWeights: weights,
    limit: session.composer.options.sentencesRead)
  var composer = session.composer
  composer.options.threshold = 0
  var rows = ""
  for (rank, scored) in retrieved.enumerated() {
    // The composer over this sentence alone: what it sees in it.
    let alone = composer.compose(
      analysis: analysis, retrieved: [scored], library: session.library, limit: 1)
    let sentence = alone.evidence?.sentence ?? ""
    let short = alone.shortAnswer ?? ""
    let f1 = golds.map { AnswerNormalizer.f1(short, $0) }.max() ?? 0
    let fields: [String] = [
      quoted(answer.question), analysis.answerType.rawValue, analysis.verb ?? "",
      analysis.headNoun ?? "", "\(rank)", "\(scored.score)",
      "\(alone.signals.coverage)", "\(alone.signals.candidateScore)", "\(alone.signals.typeFit)",
      sentence == answer.evidence?.sentence ? "1" : "0",
      isEvidence(sentence, evidences) ? "1" : "0",
      quoted(short), "\(f1)", quoted(sentence),
    ]
    rows += fields.joined(separator: ",") + "\n"
  }
  return rows
}

let clock = ContinuousClock()
var total = Tally()
// How often an evidence sentence is the best retrieved one, or among the five best: tells a
// retrieval miss from a selection miss.
var evidenceFirst = 0
var evidenceInTopFive = 0
var onEvidence = Tally()
var byType: [AnswerType: Tally] = [:]
var latencies: [Double] = []
var misses = ""
for title in dataset.data {
  for (number, paragraph) in title.paragraphs.enumerated() {
    var session = NewsdeskSession()
    if let threshold = argument("--threshold").flatMap(Double.init) {
      session.composer.options.threshold = threshold
    }
    session.addArticle(text: paragraph.context, id: "\(title.title)-\(number)")
    for item in paragraph.qas {
      if let pattern = argument("--explain"), item.question.contains(pattern) {
        explain(item.question, in: session)
      }
      let start = clock.now
      let answer = session.ask(item.question)
      latencies.append((clock.now - start).seconds * 1000)
      if argument("--choices") != nil {
        choiceRows += choiceRowsFor(
          answer, evidences: item.evidences ?? [], golds: item.answers.map(\.text), session: session
        )
      }
      session.reset()
      let golds = item.answers.map(\.text)
      let predicted = answer.shortAnswer ?? ""
      let exact = golds.contains { AnswerNormalizer.exactMatch(predicted, $0) }
      let f1 = golds.map { AnswerNormalizer.f1(predicted, $0) }.max() ?? 0
      let evidence = isEvidence(answer.evidence?.sentence, item.evidences ?? [])
      if isEvidence(answer.candidates.first?.sentence, item.evidences ?? []) { evidenceFirst += 1 }
      if answer.candidates.prefix(5).contains(where: {
        isEvidence($0.sentence, item.evidences ?? [])
      }) {
        evidenceInTopFive += 1
      }
      total.add(exact: exact, f1: f1, evidence: evidence, abstained: answer.abstained)
      if evidence {
        onEvidence.add(exact: exact, f1: f1, evidence: evidence, abstained: answer.abstained)
      }
      byType[answer.analysis.answerType, default: Tally()].add(
        exact: exact, f1: f1, evidence: evidence, abstained: answer.abstained)
      if !exact {
        misses += """
          [\(answer.analysis.answerType.rawValue)] \(item.question)
            expected: \(Set(golds).sorted().joined(separator: " | "))
            got:      \(answer.abstained ? "(abstained)" : predicted.isEmpty ? "(no short answer)" : predicted)  f1=\(String(format: "%.2f", f1)) conf=\(answer.confidence)
            sentence: \(answer.evidence?.sentence ?? "-")\(evidence ? "" : "  [not evidence]")

          """
      }
    }
  }
}

print("newsdesk quality on \(dataPath)")
// Threshold sweep: every question is also asked of a paragraph from another title, where the
// answer cannot be. A good threshold abstains there and answers at home.
var homeAnswers: [(confidence: Double, f1: Double)] = []
// With --signals FILE, every answer's signals go to a CSV for calibrating the confidence.
var signalRows =
  "set,f1,confidence,coverage,termShare,candidateScore,typeFit,retrievalScore,terms,type,question,sentence\n"
/// A CSV field: quoted, with its quotes doubled.
func quoted(_ text: String) -> String {
  "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: " ")
    + "\""
}
func signalRow(_ set: String, _ answer: Answer, _ f1: Double) -> String {
  let s = answer.signals
  return
    "\(set),\(f1),\(answer.confidence),\(s.coverage),\(s.termShare),\(s.candidateScore),\(s.typeFit),\(s.retrievalScore),\(answer.analysis.terms.count),\(answer.analysis.answerType.rawValue),\(quoted(answer.question)),\(quoted(answer.evidence?.sentence ?? ""))\n"
}
/// Each home answer's confidence and whether it is right (F1 ≥ 0.5), for the reliability
/// table; an answer without a short answer is never given, so it counts at 0.
var homeOutcomes: [ReliabilityReport.Outcome] = []
var awayConfidences: [Double] = []
var nearConfidences: [Double] = []
let titles = dataset.data
for (titleNumber, title) in titles.enumerated() {
  let other = titles[(titleNumber + 1) % titles.count]
  for (number, paragraph) in title.paragraphs.enumerated() {
    var home = NewsdeskSession()
    home.composer.options.threshold = 0
    home.addArticle(text: paragraph.context, id: "home")
    var away = NewsdeskSession()
    away.composer.options.threshold = 0
    away.addArticle(
      text: other.paragraphs[number % other.paragraphs.count].context, id: "away")
    // A paragraph of the same title: same topic, other facts; the hard case.
    var near = NewsdeskSession()
    near.composer.options.threshold = 0
    near.addArticle(
      text: title.paragraphs[(number + 1) % title.paragraphs.count].context, id: "near")
    for item in paragraph.qas {
      let nearAnswer = near.ask(item.question)
      nearConfidences.append(nearAnswer.confidence)
      let answer = home.ask(item.question)
      let f1 =
        item.answers.map { AnswerNormalizer.f1(answer.shortAnswer ?? "", $0.text) }.max() ?? 0
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
  let homeAbstained = Double(homeAnswers.count - answered.count) / Double(max(homeAnswers.count, 1))
  let awayAbstained =
    Double(awayConfidences.filter { $0 < threshold }.count) / Double(max(awayConfidences.count, 1))
  let nearAbstained =
    Double(nearConfidences.filter { $0 < threshold }.count) / Double(max(nearConfidences.count, 1))
  print(
    String(
      format: "  %.2f     %5.1f                       %5.1f%%    %5.1f%%      %5.1f%%", threshold,
      100 * f1, 100 * homeAbstained, 100 * nearAbstained, 100 * awayAbstained))
}

let reliability = ReliabilityReport(outcomes: homeOutcomes)
print("reliability (right: F1 ≥ 0.5; every question of its own paragraph):")
print(reliability.table)
let defaultThreshold = AnswerComposer.Options().threshold
if let point = reliability.curve.filter({ $0.threshold >= defaultThreshold }).last {
  print(
    String(
      format: "at the default threshold %.3f: %.1f%% of questions answered, %.1f%% of them right",
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
if let chartPath = argument("--chart") {
  let chart = ReliabilityChart(
    series: [(URL(fileURLWithPath: dataPath).lastPathComponent, reliability)],
    threshold: defaultThreshold)
  try? chart.svg.write(toFile: chartPath, atomically: true, encoding: .utf8)
  print("reliability chart written to \(chartPath)")
}

func percentile(_ values: [Double], _ fraction: Double) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? 0 : sorted[Int((fraction * Double(sorted.count - 1)).rounded())]
}

try? misses.write(toFile: missesPath, atomically: true, encoding: .utf8)
if let choicesPath = argument("--choices") {
  try? choiceRows.write(toFile: choicesPath, atomically: true, encoding: .utf8)
}
if let signalsPath = argument("--signals") {
  try? signalRows.write(toFile: signalsPath, atomically: true, encoding: .utf8)
}
print("all      \(total.line)")
print(
  "evidence among answered questions: \(total.answeredEvidenceShare)% of \(total.questions - total.abstained)"
)
print("on evidence sentences only: \(onEvidence.line)")
print(
  "evidence sentence retrieved first: \(evidenceFirst * 100 / max(total.questions, 1))%, among the five best: \(evidenceInTopFive * 100 / max(total.questions, 1))%"
)
for (type, tally) in byType.sorted(by: { $0.value.questions > $1.value.questions }) {
  print("\(type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(tally.line)")
}
print(
  String(
    format: "latency p50 %.2f ms  p99 %.2f ms  (per question)", percentile(latencies, 0.5),
    percentile(latencies, 0.99)))
print("misses written to \(missesPath)")
