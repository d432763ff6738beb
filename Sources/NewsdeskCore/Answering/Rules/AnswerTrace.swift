/// Why the short answer won: what each rule added to the chosen candidate's score, and to the
/// runner-up's in the same sentence; and how the composer's checks moved the confidence.
public struct AnswerTrace: Sendable, Equatable {
  /// The candidate given as the short answer.
  public var chosen: CandidateTrace?
  /// The next best candidate of the same sentence, if any.
  public var runnerUp: CandidateTrace?
  /// The confidence after each check that set or changed it, from the sentence's coverage
  /// to the calibrated figure: "coverage", the type verdict ("fits", "wrongKind", …), then
  /// "missingNames", "headMissing", "unknownWords", "unknownName", "offTopic", "calibrated",
  /// "otherRole" where they apply.
  public var confidence: [ConfidenceStep] = []

  public init(chosen: CandidateTrace? = nil, runnerUp: CandidateTrace? = nil) {
    self.chosen = chosen
    self.runnerUp = runnerUp
  }
}

/// The confidence after one of the composer's checks.
public struct ConfidenceStep: Sendable, Equatable {
  public var check: String
  public var confidence: Double

  public init(check: String, confidence: Double) {
    self.check = check
    self.confidence = confidence
  }
}

/// One candidate's score, taken apart: the base parts and each rule that fired.
public struct CandidateTrace: Sendable, Equatable {
  public var text: String
  public var score: Double
  public var typeFit: Double
  /// The base parts first ("spanFit", "nearness", "length"), then the rules that fired, in
  /// the order they were applied.
  public var firings: [RuleFiring]

  public init(text: String, score: Double, typeFit: Double, firings: [RuleFiring]) {
    self.text = text
    self.score = score
    self.typeFit = typeFit
    self.firings = firings
  }
}

extension CandidateTrace {
  /// The rules that fired, one line: "apposition ×2, verbRole ×1.5".
  public var summary: String {
    firings.map { "\($0.rule) ×\(Self.format($0.factor))" }.joined(separator: ", ")
  }

  /// Three significant places at most, without trailing zeros: "2", "1.5", "0.833".
  static func format(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var text = String(rounded)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}

extension AnswerTrace {
  /// The confidence's path, one line: "coverage 0.83 → fits 0.62 → calibrated 0.62".
  public var confidenceSummary: String {
    confidence.map { "\($0.check) \(CandidateTrace.format($0.confidence))" }.joined(
      separator: " → ")
  }
}
