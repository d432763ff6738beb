import Foundation

/// Turns an answer's features into the estimated probability that its short answer is right:
/// a logistic regression fitted offline by `make calibrate` (Benchmarks/Calibration), its
/// coefficients checked in as `CalibrationCoefficients.swift`.
public struct ConfidenceCalibration: Sendable, Equatable {
  /// One weight per feature, in the order of `featureNames`.
  public var weights: [Double]
  public var intercept: Double
  /// The feature names the weights were fitted for.
  public var featureNames: [String]
  /// The default threshold: the one that scored best on the tuning sets when a right
  /// abstention counts as a right answer (SQuAD 2.0's measure).
  public var threshold: Double
  /// The lowest confidence at which answers were right at least `targetPrecision` of the
  /// time on the tuning sets: an answer this sure is called "sure".
  public var sureThreshold: Double

  /// The share of "sure" answers that should be right.
  public static let targetPrecision = 0.9

  /// Below this the rules hold an answer unsupported (a name of the wrong kind, a date
  /// asked and none given, someone no article names): such answers keep the rules' figure,
  /// are declined at any threshold, and the model is fitted on the others only. Without the veto, "in which city …?"
  /// answered "troops" rose to the threshold, since on SQuAD a wrongly typed answer is
  /// still right a quarter of the time.
  public static let ruleFloor = 0.1

  public init(
    weights: [Double], intercept: Double, featureNames: [String], threshold: Double,
    sureThreshold: Double
  ) {
    self.weights = weights
    self.intercept = intercept
    self.featureNames = featureNames
    self.threshold = threshold
    self.sureThreshold = sureThreshold
  }

  /// The threshold below which newsdesk abstains unless told otherwise: the fitted model's,
  /// else the rules' own 0.1.
  public static var defaultThreshold: Double { fitted?.threshold ?? 0.1 }

  /// The checked-in model, or nil when it was fitted for another feature list (the features
  /// changed and `make calibrate` was not run again): answers then keep the rules' confidence.
  public static let fitted: ConfidenceCalibration? = {
    let model = CalibrationCoefficients.model
    return model.featureNames == ConfidenceFeatures.names
      && model.weights.count == model.featureNames.count ? model : nil
  }()

  /// An answer's confidence: the model's probability, held to the rules' own figure when they
  /// hold the answer unsupported (below `ruleFloor`). One rule for answering and for fitting.
  public func confidence(of features: ConfidenceFeatures, ruleConfidence: Double) -> Double {
    let probability = probability(of: features)
    return features.isHeldUnsupported ? min(probability, ruleConfidence) : probability
  }

  /// The probability that an answer with these features is right.
  public func probability(of features: ConfidenceFeatures) -> Double {
    var sum = intercept
    for (weight, value) in zip(weights, features.values) { sum += weight * value }
    return 1 / (1 + exp(-sum))
  }

  /// The confidence in words, for people: "sure" where answers were right at least
  /// `targetPrecision` of the time, "likely" where more often right than wrong, else
  /// "unsure".
  public static func word(for confidence: Double) -> String {
    if confidence >= (fitted?.sureThreshold ?? 1) { return "sure" }
    return confidence >= 0.5 ? "likely" : "unsure"
  }
}
