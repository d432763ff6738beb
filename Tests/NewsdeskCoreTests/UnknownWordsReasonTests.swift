import Testing

@testable import NewsdeskCore

/// A word no article uses is told as the reason for declining only when the answer would have
/// been given without it: over one short article such a word is most often a paraphrase.
@Suite struct UnknownWordsReasonTests {
  static let analysis = QuestionAnalyzer().analyze("where is the plant located?")

  /// An answer of the kind asked, alone in its sentence, with one question word no article uses.
  static func signals(coverage: Double, knownCoverage: Double, ruleConfidence: Double)
    -> AnswerSignals
  {
    var signals = AnswerSignals()
    signals.coverage = coverage
    signals.knownCoverage = knownCoverage
    signals.termShare = knownCoverage
    signals.ruleConfidence = ruleConfidence
    signals.unknownWords = 1
    signals.typeVerdict = .fits
    signals.typeFit = 1
    signals.candidateScore = 1
    signals.candidateGap = 1
    signals.margin = 1
    signals.answerWords = 2
    signals.questionTerms = 2
    return signals
  }

  @Test func anUnknownWordThatSankTheCoverageIsTheReason() {
    let signals = Self.signals(coverage: 0.3, knownCoverage: 1, ruleConfidence: 0.08)
    #expect(
      AnswerComposer().unknownWordsDecide(signals, analysis: Self.analysis, hasShortAnswer: true))
  }

  @Test func anUnknownWordThatChangedNothingIsNotTheReason() {
    // The sentence shares as little of the words the articles use: the word is not why.
    let signals = Self.signals(coverage: 0.2, knownCoverage: 0.2, ruleConfidence: 0.02)
    #expect(
      !AnswerComposer().unknownWordsDecide(signals, analysis: Self.analysis, hasShortAnswer: true))
  }
}
