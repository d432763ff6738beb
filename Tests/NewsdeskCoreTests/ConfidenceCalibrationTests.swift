import Foundation
import Testing

@testable import NewsdeskCore

/// The calibration model, its fitting and its report.
@Suite(.needsWordNet) struct ConfidenceCalibrationTests {
  /// Data drawn from a known logistic model: the fit must find its weights again.
  @Test func logisticRegressionRecoversKnownWeights() {
    var generator = SeededGenerator(seed: 7)
    var rows: [[Double]] = []
    var labels: [Bool] = []
    for _ in 0..<4000 {
      let x = [
        Double(generator.next() % 1000) / 500 - 1, Double(generator.next() % 1000) / 500 - 1,
      ]
      let p = 1 / (1 + exp(-(2 * x[0] - 1 * x[1] + 0.5)))
      rows.append(x)
      labels.append(Double(generator.next() % 10_000) / 10_000 < p)
    }
    var fitter = LogisticRegressionFit()
    fitter.penalty = 0.01
    let (weights, intercept) = fitter.fit(rows: rows, labels: labels)
    #expect(abs(weights[0] - 2) < 0.3)
    #expect(abs(weights[1] + 1) < 0.3)
    #expect(abs(intercept - 0.5) < 0.2)
  }

  /// A row counted twice (`rowWeights`) fits as the same row given twice: how a set's answers
  /// are made to count more in `make calibrate`.
  @Test func aWeightedRowCountsAsThatManyCopies() {
    let rows = [[0.0], [0.2], [0.4], [0.6], [0.8], [1.0]]
    let labels = [false, true, false, true, false, true]
    let weights = [1.0, 3, 1, 1, 2, 1]
    var copiedRows: [[Double]] = []
    var copiedLabels: [Bool] = []
    for (index, row) in rows.enumerated() {
      for _ in 0..<Int(weights[index]) {
        copiedRows.append(row)
        copiedLabels.append(labels[index])
      }
    }
    let weighted = LogisticRegressionFit().fit(rows: rows, labels: labels, rowWeights: weights)
    let copied = LogisticRegressionFit().fit(rows: copiedRows, labels: copiedLabels)
    let unweighted = LogisticRegressionFit().fit(rows: rows, labels: labels)
    #expect(abs(weighted.weights[0] - copied.weights[0]) < 1e-9)
    #expect(abs(weighted.intercept - copied.intercept) < 1e-9)
    #expect(abs(weighted.intercept - unweighted.intercept) > 0.01)
  }

  @Test func perfectlySeparatedDataStaysFinite() {
    let rows = [[0.0], [0.1], [0.9], [1.0]]
    let (weights, intercept) = LogisticRegressionFit().fit(
      rows: rows, labels: [false, false, true, true])
    #expect(weights[0].isFinite && weights[0] > 0)
    #expect(intercept.isFinite)
  }

  @Test func reliabilityTableCountsBinsAndTheCalibrationError() {
    let outcomes =
      Array(repeating: ReliabilityReport.Outcome(confidence: 0.95, right: true), count: 9)
      + [ReliabilityReport.Outcome(confidence: 0.95, right: false)]
      + Array(repeating: ReliabilityReport.Outcome(confidence: 0.15, right: false), count: 10)
    let report = ReliabilityReport(outcomes: outcomes)
    let filled = report.bins.filter { $0.count > 0 }
    #expect(filled.count == 2)
    #expect(filled.map(\.count) == [10, 10])
    #expect(abs(filled[1].accuracy - 0.9) < 1e-9)
    // Half the answers are off by 0.15 (0.15 said, 0 right), half by 0.05 (0.95 said, 0.9 right).
    #expect(abs(report.expectedCalibrationError - 0.1) < 1e-9)
  }

  @Test func thresholdForAPrecisionIsTheLowestThatReachesIt() {
    let outcomes = [
      (0.9, true), (0.8, true), (0.7, true), (0.6, false), (0.5, true), (0.4, false), (0.3, false),
    ].map { ReliabilityReport.Outcome(confidence: $0.0, right: $0.1) }
    let report = ReliabilityReport(outcomes: outcomes)
    // Answering down to 0.5: 4 of 5 right; down to 0.6: 3 of 4; down to 0.7: all.
    #expect(report.threshold(forPrecision: 0.8) == 0.5)
    #expect(report.threshold(forPrecision: 0.9) == 0.7)
    #expect(report.threshold(forPrecision: 1.01) == nil)
    #expect(report.curve.last?.coverage == 1)
  }

  @Test func chartIsAnSVGWithOneCurvePerSeries() {
    let report = ReliabilityReport(outcomes: [
      .init(confidence: 0.2, right: false), .init(confidence: 0.8, right: true),
    ])
    let svg = ReliabilityChart(series: [("a", report), ("b<c", report)], threshold: 0.5).svg
    #expect(svg.hasPrefix("<svg"))
    #expect(svg.contains("b&lt;c"))
    // Two series, each a reliability line and a curve, plus the diagonal.
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 5)
  }

  /// The rules' veto holds a phrase answer below their floor, never a list or a verdict read
  /// off the parse.
  @Test func theRulesVetoHoldsPhraseAnswersOnly() {
    var signals = AnswerSignals()
    signals.ruleConfidence = 0.05
    let phrase = ConfidenceFeatures(signals: signals, type: .person, hasShortAnswer: true)
    #expect(phrase.isHeldUnsupported)
    #expect(
      !ConfidenceFeatures(signals: signals, type: .yesNo, hasShortAnswer: true).isHeldUnsupported)
    signals.form = .list
    #expect(
      !ConfidenceFeatures(signals: signals, type: .person, hasShortAnswer: true).isHeldUnsupported)
    signals.form = .phrase
    signals.ruleConfidence = 0.5
    #expect(
      !ConfidenceFeatures(signals: signals, type: .person, hasShortAnswer: true).isHeldUnsupported)
  }

  /// The checked-in coefficients were fitted for the current feature list.
  @Test func theFittedModelMatchesTheFeatures() throws {
    let model = try #require(ConfidenceCalibration.fitted)
    #expect(model.weights.count == ConfidenceFeatures.names.count)
    #expect(model.threshold > 0 && model.threshold < model.sureThreshold)
    #expect(AnswerComposer.Options().threshold == model.threshold)
  }

  @Test func featuresHaveOneValuePerName() {
    var signals = AnswerSignals()
    signals.ruleConfidence = 0.5
    signals.typeVerdict = .wrongKind
    let features = ConfidenceFeatures(signals: signals, type: .person, hasShortAnswer: true)
    #expect(features.values.count == ConfidenceFeatures.names.count)
    let index = try! #require(ConfidenceFeatures.names.firstIndex(of: "verdictWrongKind"))
    #expect(features.values[index] == 1)
  }

  /// A reason read from a weak cue is its own feature; a role or yes/no verdict, untyped too,
  /// keeps the untyped flag.
  @Test func aWeakCueReasonIsToldApartFromOtherUntypedAnswers() throws {
    var signals = AnswerSignals()
    signals.ruleConfidence = 0.7
    signals.typeVerdict = .untyped
    let weak = try #require(ConfidenceFeatures.names.firstIndex(of: "weakCueClause"))
    let untyped = try #require(ConfidenceFeatures.names.firstIndex(of: "verdictUntyped"))
    for type in [AnswerType.reason, .manner] {
      let features = ConfidenceFeatures(signals: signals, type: type, hasShortAnswer: true)
      #expect(features.values[weak] == 1 && features.values[untyped] == 0)
    }
    let role = ConfidenceFeatures(signals: signals, type: .description, hasShortAnswer: true)
    #expect(role.values[weak] == 0 && role.values[untyped] == 1)
    signals.form = .list
    let list = ConfidenceFeatures(signals: signals, type: .reason, hasShortAnswer: true)
    #expect(list.values[weak] == 0 && list.values[untyped] == 1)
    signals.form = .phrase
    signals.typeVerdict = .fits
    let cued = ConfidenceFeatures(signals: signals, type: .reason, hasShortAnswer: true)
    #expect(cued.values[weak] == 0)
  }

  /// Confidence is a probability, never the rules' old 1.00 for any answer, and an answer the
  /// rules hold unsupported is no surer than they say.
  @Test func answersCarryProbabilitiesAndVetoesHold() throws {
    var session = NewsdeskSession()
    _ = try session.load(paths: [TestSupport.seedArticlePath])
    let answer = session.ask("who did Rubio meet?")
    #expect(!answer.abstained)
    #expect(answer.confidence > 0 && answer.confidence < 1)
    #expect(answer.signals.ruleConfidence >= answer.confidence || answer.confidence < 0.99)
    session.reset()
    let vetoed = session.ask("what is the capital of Ecuador?")
    #expect(vetoed.abstained)
    #expect(vetoed.confidence <= max(vetoed.signals.ruleConfidence, 0))
  }

  @Test func confidenceInWords() throws {
    let model = try #require(ConfidenceCalibration.fitted)
    #expect(ConfidenceCalibration.word(for: model.sureThreshold) == "sure")
    #expect(ConfidenceCalibration.word(for: 0.55) == "likely")
    #expect(ConfidenceCalibration.word(for: 0.2) == "unsure")
  }
}

/// Another article's answer is shown beside the chosen one only when newsdesk would have
/// given it on its own: its own confidence, computed as the chosen answer's is.
@Suite struct OtherSourceConfidenceTests {
  @Test func anAccountMatchingLessOfTheQuestionIsLessSure() {
    let composer = AnswerComposer()
    let analysis = QuestionAnalyzer().analyze("how many dockworkers went on strike?")
    let candidate = ShortAnswerExtractor.Candidate(
      text: "4,500", utf8Range: 0..<5, score: 0.8, typeFit: 1)
    func reading(coverage: Double) -> AnswerComposer.SourceReading {
      AnswerComposer.SourceReading(
        position: 1, score: 1, coverage: coverage, termShare: coverage, terms: [],
        candidate: candidate)
    }
    let strong = composer.confidence(
      of: reading(coverage: 0.5), candidate: candidate, analysis: analysis)
    let weak = composer.confidence(
      of: reading(coverage: 0.05), candidate: candidate, analysis: analysis)
    #expect(weak < strong)
    // A reading sharing almost nothing with the question is below the default threshold.
    #expect(weak < AnswerComposer.Options().threshold)
  }
}
