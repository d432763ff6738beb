import Foundation

/// How sure newsdesk is that a sentence answers the question, from how much of the question
/// it holds.
extension AnswerComposer {
  /// The rules' confidence in an answer of the kind asked: the strength of the sentence's
  /// coverage, a little more for a closer fit of type.
  static func typedConfidence(coverage: Double, typeFit: Double) -> Double {
    coverageStrength(coverage)
      * (AnswerWeights.typedConfidenceBase.value
        + (1 - AnswerWeights.typedConfidenceBase.value) * min(1, typeFit))
  }

  /// The confidence a sentence's coverage of the question gives to an answer of the kind asked,
  /// before the checks of names. (An answer of another kind keeps the plain coverage, cut
  /// further: a full match of the question's words does not make "troops" a city.) Squared, so that a sentence sharing only a few of the question's words (a sentence
  /// on the same topic that does not hold the answer) falls well below one that shares most:
  /// coverage alone ranks answerable questions above unanswerable ones better than its plain
  /// value does once the checks multiply in. Half the question's information counts as a
  /// full match, as questions are paraphrased and rarely repeat all their words.
  static func coverageStrength(_ coverage: Double) -> Double {
    let share = coverage / AnswerWeights.fullCoverage.value
    return share * share
  }

  /// How a sentence's best answer agrees with the type asked, for choosing the sentence: a
  /// person, place or organisation question prefers a sentence with a name of that kind
  /// ("who improved the Savery pump?": the sentence naming Bento de Moura Portugal over the
  /// one sharing more words and naming no one but Savery). Dates, numbers and amounts are
  /// not preferred so: a sentence chosen for holding some date would answer "when will US
  /// forces return?" with the date of another event; without a date in the best sentence,
  /// newsdesk abstains instead.
  static func typeAgreement(_ type: AnswerType, typeFit: Double) -> Double {
    guard typeFit < AnswerWeights.typedAnswerFit.value,
      [.person, .organization, .place, .role].contains(type)
    else { return 1 }
    return AnswerWeights.untypedSentenceFactor.value
  }
}

extension AnswerComposer {
  /// The answer's confidence: the probability the calibration model gives it, rounded to
  /// three places; the rules' own figure when no model fits the current features. The rules'
  /// vetoes stand either way: an answer they hold unsupported (of the wrong kind, about
  /// someone the articles never name, below `ConfidenceCalibration.ruleFloor`) is never surer
  /// than they say.
  func calibrated(_ signals: AnswerSignals, analysis: QuestionAnalysis, hasShortAnswer: Bool)
    -> Double
  {
    var confidence = signals.ruleConfidence
    if let model = calibration {
      confidence = model.confidence(
        of: ConfidenceFeatures(
          signals: signals, type: analysis.answerType, hasShortAnswer: hasShortAnswer),
        ruleConfidence: signals.ruleConfidence)
    }
    return (min(1, max(0, confidence)) * 1000).rounded() / 1000
  }

  /// Whether the rules hold the answer unsupported (below `ConfidenceCalibration.ruleFloor`):
  /// newsdesk then declines at any threshold. On SQuAD such answers are still right four times
  /// in ten when the paragraph is the question's own, but one time in a hundred when it is
  /// not, and no feature tells the two apart; a confidence of 0.04 given to them would be a
  /// figure that does not mean what it says, so they are not given. (At the default threshold
  /// they were never given before either.) Without a model (`make calibrate` collecting
  /// signals) every answer is seen.
  func heldUnsupported(_ signals: AnswerSignals, analysis: QuestionAnalysis) -> Bool {
    calibration != nil
      && ConfidenceFeatures(signals: signals, type: analysis.answerType, hasShortAnswer: true)
        .isHeldUnsupported
  }

  /// A list's or yes/no verdict's confidence: the model's, which is fitted on such answers
  /// too (`formList`, `askedYesNo`); without a model, the parse's own figure.
  func formConfidence(_ answer: Answer, analysis: QuestionAnalysis, otherwise: Double) -> Double {
    guard calibration != nil else { return otherwise }
    return calibrated(answer.signals, analysis: analysis, hasShortAnswer: true)
  }
}

extension AnswerComposer {
  /// How much a sentence's retrieval score adds to its coverage when choosing the sentence:
  /// half counts whatever it scored, half by its score as a share of the best's.
  static func retrievalWeight(_ retrievalShare: Double) -> Double {
    AnswerWeights.retrievalShareWeight.value + AnswerWeights.retrievalShareWeight.value
      * retrievalShare
  }
}

extension AnswerComposer {
  /// How far the short answer stands above its sentence's next candidate, and how long it
  /// is: the two measures of the answer itself the calibration reads (see `AnswerSignals`).
  /// Out of fold they lower the log loss from 0.625 to 0.597 (AUC 0.70 → 0.74).
  func measureAnswer(
    _ signals: inout AnswerSignals, candidate: ShortAnswerExtractor.Candidate?,
    runnerUp: ShortAnswerExtractor.Candidate?
  ) {
    guard let candidate else { return }
    let rival = runnerUp?.score ?? 0
    signals.candidateGap = candidate.score > 0 ? max(0, 1 - rival / candidate.score) : 0
    signals.answerWords = WordTokenizer.words(in: candidate.text).count
  }
}

extension AnswerComposer {
  /// Whether the question's words no article uses are why the answer is declined: whether it
  /// would be given had the articles used them (the coverage counted over the known terms,
  /// the rules' factor for unknown words undone). A word no article uses is a reason to tell
  /// over many articles ("Ecuador's defence minister"); over one short article it is most
  /// often a paraphrase ("where is Victoria located?"), and the answer is declined for
  /// something else. Of the yardstick's questions declined over their evidence sentence,
  /// 54 of 73 named such a word as the reason before this check.
  func unknownWordsDecide(
    _ signals: AnswerSignals, analysis: QuestionAnalysis, hasShortAnswer: Bool
  ) -> Bool {
    guard signals.unknownWords > 0, calibration != nil, signals.coverage > 0 else { return true }
    var known = signals
    let scale = signals.knownCoverage / signals.coverage
    known.coverage = signals.knownCoverage
    known.unknownWords = 0
    // The rules' figure grows with the square of the coverage (`coverageStrength`).
    known.ruleConfidence = min(
      1,
      signals.ruleConfidence * scale * scale
        / pow(AnswerWeights.unknownWordFactor.value, Double(signals.unknownWords)))
    return !heldUnsupported(known, analysis: analysis)
      && calibrated(known, analysis: analysis, hasShortAnswer: hasShortAnswer)
        >= options.threshold
  }
}
