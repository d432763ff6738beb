// Fits newsdesk's confidence calibration (`make calibrate`): asks every question of the SQuAD
// 2.0 train titles of its own paragraph with the rules' confidence, labels each answer right
// (F1 ≥ 0.5 against a gold answer; any answer to an unanswerable question is wrong), fits a
// logistic regression over the answer's features, cross-validated by title (no paragraph's
// questions on both sides), reports the out-of-fold reliability, and with --write saves the
// coefficients and the threshold for 90% precision as Swift source. Deterministic.
//
//   newsdesk-calibrate [DATA.json ...] [--news DIR] [--write FILE.swift] [--penalty X] [--csv FILE]
//                      [--set-weights W1,W2,...]
//
// --set-weights: how many times each set's answers count in the fit, in the order the sets
// are given (the news folder last); 1 for a set not listed. See the Makefile for the
// measurement behind the weights `make calibrate` uses.
//
// --news DIR: also the news development set (DIR/articles, DIR/questions.jsonl): every
// question asked over all its articles at once, right when one of its accept patterns
// matches the short answer (an unanswerable one: when newsdesk declines); each article's
// questions are held out together. Its articles are read, never copied.
//
// Several data files are one pool: titles are held out across all of them, and each file's
// out-of-fold reliability is reported on its own.
import Foundation
import NewsdeskCore

struct Dataset: Decodable {
  struct Title: Decodable { var title: String; var paragraphs: [Paragraph] }
  struct Paragraph: Decodable { var context: String; var qas: [QuestionItem] }
  struct QuestionItem: Decodable {
    var question: String
    var answers: [GoldAnswer]
    var is_impossible: Bool?
  }
  struct GoldAnswer: Decodable { var text: String }
  var data: [Title]
}

/// One question asked, with what the calibration reads and whether the answer was right.
struct Example {
  var dataset: Int
  var title: Int
  var features: [Double]
  var hasShortAnswer: Bool
  var right: Bool
  /// No answer is in the paragraph: declining is right.
  var impossible: Bool
  /// Asked of another paragraph than its own.
  var away: Bool
  var f1: Double
  /// Right by the first reader's answer alone: how a set with one answer per question (the
  /// SQuAD train titles) judges it. The yardstick has up to five readers' answers, so an
  /// answer is more often right there for the same features (see the report).
  var rightByFirstReader = false
  /// For reading the tuning rows (--csv): the answer type, form, rules fired, question, answer.
  var notes: [String] = []

  /// The rules hold the answer unsupported: it keeps their figure (see `ruleFloor`).
  var isVetoed: Bool { ConfidenceFeatures(values: features).isHeldUnsupported }
}

func argument(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let position = arguments.firstIndex(of: name), position + 1 < arguments.count else {
    return nil
  }
  return arguments[position + 1]
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("newsdesk-calibrate: \(message)\n".utf8))
  exit(2)
}

func notes(_ answer: Answer) -> [String] {
  func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "'") + "\""
  }
  return [
    answer.analysis.answerType.rawValue, answer.analysis.form.rawValue,
    (answer.ruleTrace.chosen?.firings.map(\.rule) ?? []).joined(separator: "|"),
    quoted(answer.question), quoted(answer.shortAnswer ?? ""),
    (answer.signals.contrast.findings
      + (answer.signals.clause.contradictingYear.map { _ in ["otherYear"] } ?? [])).joined(
        separator: "|"),
    quoted(answer.evidence?.sentence ?? ""),
  ]
}

/// WordNet and the syntax model, opened once for the whole run and shared by every session,
/// as the shell's one session holds them.
let lexicon = Lexicon.installed()

/// The options that take a value, so that their values are not read as data files.
let valueOptions: Set<String> = [
  "--write", "--penalty", "--csv", "--news", "--chart", "--without", "--set-weights",
]
/// Whether each answerable question is also asked of a neighbouring paragraph.
let includeAway = !CommandLine.arguments.contains("--home-only")
var dataPaths: [String] = []
var skipNext = false
for argument in CommandLine.arguments.dropFirst() {
  if skipNext {
    skipNext = false
  } else if valueOptions.contains(argument) {
    skipNext = true
  } else if !argument.hasPrefix("--") {
    dataPaths.append(argument)
  }
}
if dataPaths.isEmpty { dataPaths = ["../shared/data/squad20-train-10titles.json"] }
let datasets: [Dataset] = dataPaths.map { path in
  guard let data = FileManager.default.contents(atPath: path) else {
    fail("cannot read \(path); give the path of a SQuAD-format file")
  }
  guard let dataset = try? JSONDecoder().decode(Dataset.self, from: data) else {
    fail("\(path) is not SQuAD-format JSON")
  }
  return dataset
}
let titleCount = datasets.map(\.data.count).reduce(0, +)

// Asking: the rules' confidence, never abstaining, so every answer's features are seen.
var examples: [Example] = []
var titleNumber = -1
for (datasetNumber, dataset) in datasets.enumerated() {
  for title in dataset.data {
    titleNumber += 1
    for (number, paragraph) in title.paragraphs.enumerated() {
      // Home: the paragraph the question was written for. Away: the next paragraph of the same
      // title, on the same topic, which rarely holds the answer: the articles-don't-say case a
      // reporter meets when the loaded articles do not cover what is asked.
      let neighbour = title.paragraphs[(number + 1) % title.paragraphs.count]
      for (place, text) in [("home", paragraph.context), ("away", neighbour.context)] {
        if place == "away", !includeAway || title.paragraphs.count < 2 { continue }
        var session = NewsdeskSession(lexicon: lexicon)
        session.composer.calibration = nil
        session.composer.options.threshold = 0
        session.addArticle(text: text, id: "\(titleNumber)-\(number)-\(place)")
        for item in paragraph.qas {
          if place == "away", item.is_impossible ?? false { continue }
          let answer = session.ask(item.question)
          session.reset()
          let short = answer.shortAnswer
          let impossible = item.is_impossible ?? false
          let away = place == "away"
          var f1 =
            impossible
            ? 0 : item.answers.map { AnswerNormalizer.f1(short ?? "", $0.text) }.max() ?? 0
          // Away from home an answer is right only if the paragraph really holds it.
          if away, !item.answers.contains(where: { text.contains($0.text) }) { f1 = 0 }
          let firstReaderF1 =
            impossible
            ? 0 : item.answers.first.map { AnswerNormalizer.f1(short ?? "", $0.text) } ?? 0
          let features = ConfidenceFeatures(
            signals: answer.signals, type: answer.analysis.answerType, hasShortAnswer: short != nil)
          examples.append(
            Example(
              dataset: datasetNumber, title: titleNumber, features: features.values,
              hasShortAnswer: short != nil,
              right: short != nil && f1 >= 0.5,
              impossible: impossible
                || (away && f1 == 0 && !item.answers.contains { text.contains($0.text) }),
              away: away, f1: f1,
              rightByFirstReader: short != nil && f1 >= 0.5 && firstReaderF1 >= 0.5,
              notes: notes(answer)))
        }
      }
    }
  }
}
/// A question of the news development set.
struct NewsQuestion: Decodable {
  var doc: String
  var q: String
  var accept: [String]?
  var abstain: Bool?
}
var groupCount = titleCount
if let newsFolder = argument("--news") {
  dataPaths.append(newsFolder)
  let lines =
    (try? String(contentsOfFile: newsFolder + "/questions.jsonl", encoding: .utf8))?.split(
      separator: "\n") ?? []
  let questions = lines.compactMap {
    try? JSONDecoder().decode(NewsQuestion.self, from: Data($0.utf8))
  }
  if questions.isEmpty { fail("no questions in \(newsFolder)/questions.jsonl") }
  var session = NewsdeskSession(lexicon: lexicon)
  session.composer.calibration = nil
  session.composer.options.threshold = 0
  do { _ = try session.load(paths: [newsFolder + "/articles"]) } catch {
    fail("cannot load \(newsFolder)/articles: \(error)")
  }
  let documents = Array(Set(questions.map(\.doc))).sorted()
  for question in questions {
    let answer = session.ask(question.q)
    session.reset()
    let short = answer.shortAnswer
    let matches = (question.accept ?? []).contains { pattern in
      guard let short,
        let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
      else { return false }
      return regex.firstMatch(in: short, range: NSRange(short.startIndex..., in: short)) != nil
    }
    let features = ConfidenceFeatures(
      signals: answer.signals, type: answer.analysis.answerType, hasShortAnswer: short != nil)
    examples.append(
      Example(
        dataset: datasets.count, title: titleCount + documents.firstIndex(of: question.doc)!,
        features: features.values, hasShortAnswer: short != nil, right: matches,
        impossible: question.abstain ?? false, away: false, f1: matches ? 1 : 0,
        rightByFirstReader: matches, notes: notes(answer)))
  }
  groupCount += documents.count
}
// The rules' veto is an abstention at every threshold (`AnswerComposer.heldUnsupported`): a
// vetoed answer is never given, so it is neither right nor counted as an answer.
for index in examples.indices where examples[index].isVetoed {
  examples[index].hasShortAnswer = false
  examples[index].right = false
  examples[index].f1 = 0
  examples[index].rightByFirstReader = false
}
// --without a,b: those features zeroed before fitting (their weights fit to 0), to measure
// what each is worth out of fold before keeping it.
let leftOut = ConfidenceFeatures.names.indices.filter {
  $0 > 0
    && (argument("--without") ?? "").split(separator: ",").contains(
      Substring(ConfidenceFeatures.names[$0]))
}
for index in examples.indices {
  for column in leftOut { examples[index].features[column] = 0 }
}
print(
  "newsdesk-calibrate on \(dataPaths.joined(separator: ", ")): \(examples.count) questions, \(groupCount) groups held out in turn"
)

/// How many times each set's answers count in the fit (`--set-weights`).
let setWeights = (argument("--set-weights") ?? "").split(separator: ",").compactMap {
  Double($0)
}
func setWeight(_ example: Example) -> Double {
  example.dataset < setWeights.count ? setWeights[example.dataset] : 1
}
if !setWeights.isEmpty {
  print(
    "set weights: "
      + dataPaths.enumerated().map {
        "\(URL(fileURLWithPath: $1).lastPathComponent) ×\($0 < setWeights.count ? setWeights[$0] : 1)"
      }.joined(separator: ", "))
}

var fitter = LogisticRegressionFit()
if let penalty = argument("--penalty").flatMap(Double.init) { fitter.penalty = penalty }

/// The probability an answer is right under `model`; an answer without a short answer is
/// never given, so it counts at 0.
func confidence(_ example: Example, _ model: ConfidenceCalibration) -> Double {
  guard example.hasShortAnswer else { return 0 }
  return model.confidence(
    of: ConfidenceFeatures(values: example.features), ruleConfidence: example.features[0])
}

@MainActor func model(fittedOn training: [Example]) -> ConfidenceCalibration {
  // Fitted on questions asked of their own paragraph or articles: the probability is for a
  // question the loaded articles are about. The away questions choose the threshold only.
  let given = training.filter { $0.hasShortAnswer && !$0.isVetoed && !$0.away }
  let (weights, intercept) = fitter.fit(
    rows: given.map(\.features), labels: given.map(\.right), rowWeights: given.map(setWeight))
  return ConfidenceCalibration(
    weights: weights, intercept: intercept, featureNames: ConfidenceFeatures.names, threshold: 0,
    sureThreshold: 1)
}

// Leave one title out: each title's answers are judged by a model fitted without it.
var outOfFold = [Double](repeating: 0, count: examples.count)
for title in 0..<groupCount {
  let fitted = model(fittedOn: examples.filter { $0.title != title })
  for (index, example) in examples.enumerated() where example.title == title {
    outOfFold[index] = confidence(example, fitted)
  }
}
let ruleOutcomes = examples.map {
  ReliabilityReport.Outcome(
    confidence: $0.hasShortAnswer ? min(1, max(0, $0.features[0])) : 0, right: $0.right)
}
let outcomes = zip(examples, outOfFold).map {
  ReliabilityReport.Outcome(confidence: $1, right: $0.right)
}
let report = ReliabilityReport(outcomes: outcomes)
var chartSeries: [(name: String, report: ReliabilityReport)] = []
for (number, path) in dataPaths.enumerated() {
  let name = URL(fileURLWithPath: path).lastPathComponent
  let mine = examples.indices.filter { examples[$0].dataset == number && !examples[$0].away }
  print("\n\(name), the rules' own confidence (before calibration):")
  print(ReliabilityReport(outcomes: mine.map { ruleOutcomes[$0] }).table)
  print("\(name), calibrated, out of fold (leave one title out):")
  let calibrated = ReliabilityReport(outcomes: mine.map { outcomes[$0] })
  print(calibrated.table)
  let firstReader = ReliabilityReport(
    outcomes: mine.map {
      ReliabilityReport.Outcome(
        confidence: outOfFold[$0], right: examples[$0].rightByFirstReader)
    })
  let meanConfidence =
    mine.filter { examples[$0].hasShortAnswer }.map { outOfFold[$0] }.reduce(0, +)
    / Double(max(1, mine.filter { examples[$0].hasShortAnswer }.count))
  let answeredRight =
    Double(mine.filter { examples[$0].right }.count)
    / Double(max(1, mine.filter { examples[$0].hasShortAnswer }.count))
  print(
    String(
      format:
        "  answers given: mean confidence %.3f, right %.3f; judged by the first reader's answer only: ECE %.3f",
      meanConfidence, answeredRight, firstReader.expectedCalibrationError))
  chartSeries.append((name, calibrated))
}
print("\nall asked of their own paragraph or articles, calibrated, out of fold:")
let homeReport = ReliabilityReport(
  outcomes: examples.indices.filter { !examples[$0].away }.map { outcomes[$0] })
print(homeReport.table)
/// The point of the curve where answering stops at `threshold`.
func point(at threshold: Double) -> ReliabilityReport.CurvePoint? {
  report.curve.filter { $0.threshold >= threshold }.last
}
// "Sure" is chosen over the questions asked of their own paragraph or articles, the
// questions the probability is fitted for: a question asked of a neighbouring paragraph is
// answered right one time in forty, at any confidence, so with them in the pool no
// threshold reached 90 % once the yardstick and news set counted more in the fit.
let sureThreshold =
  homeReport.threshold(forPrecision: ConfidenceCalibration.targetPrecision) ?? 1
let surePoint = homeReport.curve.filter { $0.threshold >= sureThreshold }.last
print(
  String(
    format: "\"sure\" from %.3f: %.0f%% precision, %.1f%% of questions asked of their own text",
    sureThreshold, 100 * (surePoint?.precision ?? 0), 100 * (surePoint?.coverage ?? 0)))

/// SQuAD 2.0's measure with abstention: the unanswerable questions and as many answerable
/// ones drawn with a fixed seed; a right abstention scores 1, an answer its F1.
@MainActor func abstentionF1(threshold: Double, confidences: [Double]) -> Double {
  var generator = SeededGenerator(seed: 20_261_206)
  let impossible = examples.indices.filter { examples[$0].impossible && !examples[$0].away }
  var answerable = examples.indices.filter { !examples[$0].impossible && !examples[$0].away }
  answerable.shuffle(using: &generator)
  let chosen = impossible + answerable.prefix(impossible.count)
  let total = chosen.reduce(0.0) { sum, index in
    let answered = examples[index].hasShortAnswer && confidences[index] >= threshold
    if examples[index].impossible { return sum + (answered ? 0 : 1) }
    return sum + (answered ? examples[index].f1 : 0)
  }
  return 100 * total / Double(max(chosen.count, 1))
}
/// SQuAD 2.0's measure over every question of the pool, as asked (unanswerable ones as
/// often as the data has them): a right abstention scores 1, an answer its F1.
@MainActor func pooledF1(threshold: Double, confidences: [Double]) -> Double {
  let total = examples.indices.reduce(0.0) { sum, index in
    let answered = examples[index].hasShortAnswer && confidences[index] >= threshold
    if examples[index].impossible { return sum + (answered ? 0 : 1) }
    return sum + (answered ? examples[index].f1 : 0)
  }
  return 100 * total / Double(max(examples.count, 1))
}
// The default threshold: the one that scores best over the questions as asked when a right
// abstention counts as right, on thresholds a hundredth apart.
// The curve is flat near its top, so the lowest threshold within half a point of the best is
// taken: between two nearly equal policies, the one that answers more (each answer still
// says how sure it is).
let candidates = (0...100).map { Double($0) / 100 }
let scores = candidates.map { pooledF1(threshold: $0, confidences: outOfFold) }
let bestScore = scores.max()!
let threshold = candidates[scores.firstIndex { $0 >= bestScore - 0.5 }!]
print("threshold → F1 with abstentions over all questions:")
for index in stride(from: 0, to: candidates.count, by: 5) where candidates[index] <= 0.6 {
  print(String(format: "  %.2f  %.1f", candidates[index], scores[index]))
}
print(
  String(
    format:
      "default threshold %.2f: F1 with abstentions %.1f over all questions (%.1f answering all); %.1f%% of questions answered, %.1f%% of them right",
    threshold, pooledF1(threshold: threshold, confidences: outOfFold),
    pooledF1(threshold: 0, confidences: outOfFold), 100 * (point(at: threshold)?.coverage ?? 0),
    100 * (point(at: threshold)?.precision ?? 0)))
print(
  String(
    format:
      "unanswerable + as many answerable, F1 with abstentions: %.1f at the default threshold, %.1f answering all, 50.0 declining all",
    abstentionF1(threshold: threshold, confidences: outOfFold),
    abstentionF1(threshold: 0, confidences: outOfFold)))

// Each set's precision and coverage at the default threshold, out of fold (issue 14's
// target: ≥ 90 % of answered yardstick questions right while answering ≥ 70 %).
for (number, path) in dataPaths.enumerated() {
  let mine = examples.indices.filter { examples[$0].dataset == number && !examples[$0].away }
  let answered = mine.filter { examples[$0].hasShortAnswer && outOfFold[$0] >= threshold }
  let right = answered.filter { examples[$0].right }.count
  print(
    String(
      format: "%@ at the default threshold: %.1f%% of questions answered, %.1f%% of them right",
      URL(fileURLWithPath: path).lastPathComponent,
      100 * Double(answered.count) / Double(max(mine.count, 1)),
      100 * Double(right) / Double(max(answered.count, 1))))
}

if let chartPath = argument("--chart") {
  let chart = ReliabilityChart(series: chartSeries, threshold: threshold)
  do {
    try chart.svg.write(toFile: chartPath, atomically: true, encoding: .utf8)
    print("reliability chart written to \(chartPath)")
  } catch {
    fail("cannot write \(chartPath): \(error.localizedDescription)")
  }
}

if let csvPath = argument("--csv") {
  var rows =
    (["dataset", "title", "away", "right", "impossible", "f1", "outOfFold"]
    + ConfidenceFeatures.names
    + ["type", "form", "firings", "question", "answer", "findings", "sentence"])
    .joined(separator: ",") + "\n"
  for (example, probability) in zip(examples, outOfFold) {
    rows +=
      ([
        "\(example.dataset)", "\(example.title)", example.away ? "1" : "0",
        example.right ? "1" : "0", example.impossible ? "1" : "0", "\(example.f1)",
        "\(probability)",
      ] + example.features.map { "\($0)" } + example.notes).joined(separator: ",") + "\n"
  }
  try? rows.write(toFile: csvPath, atomically: true, encoding: .utf8)
}

/// A weight to 12 significant digits: the fit's last digits depend on the order of
/// floating-point sums, and the checked-in file should not change when nothing did.
func digits(_ value: Double) -> String { String(format: "%.12g", value) }

if let outputPath = argument("--write") {
  var final = model(fittedOn: examples)
  final.threshold = threshold
  final.sureThreshold = (sureThreshold * 1000).rounded() / 1000
  var source = """
    // Generated by `make calibrate` (newsdesk-calibrate \(dataPaths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " "))
    // --penalty \(fitter.penalty)\(setWeights.isEmpty ? "" : " --set-weights " + (argument("--set-weights") ?? ""))); do not edit by hand. Out of fold (leave one title out):
    // expected calibration error \(String(format: "%.3f", report.expectedCalibrationError)).
    enum CalibrationCoefficients {
      static let model = ConfidenceCalibration(
        weights: [

    """
  for (name, weight) in zip(ConfidenceFeatures.names, final.weights) {
    source += "      \(digits(weight)),  // \(name)\n"
  }
  source += """
        ],
        intercept: \(digits(final.intercept)),
        featureNames: [\(ConfidenceFeatures.names.map { "\"\($0)\"" }.joined(separator: ", "))],
        threshold: \(final.threshold),
        sureThreshold: \(final.sureThreshold))
    }

    """
  do {
    try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
    print("wrote \(outputPath)")
  } catch {
    fail("cannot write \(outputPath): \(error.localizedDescription)")
  }
}
