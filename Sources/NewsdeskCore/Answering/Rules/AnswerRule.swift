/// One scoring rule of the short-answer extractor: a named part that reads what it needs of
/// the question, the sentence and one candidate span, and scales the candidate's score.
///
/// A rule that does not apply returns 1 (it did not fire). Its numbers live in
/// `AnswerWeights`, each with the measurement that justified it; the registry
/// (`AnswerRules`) lists every rule in the order the scorer applies them, and each
/// candidate records the rules that fired in its trace. See docs/adding-a-rule.md.
protocol AnswerRule: Sendable {
  /// Unique; the trace, `:why` and `AnswerWeights` spell it the same way.
  var name: String { get }
  /// One line: what the rule rewards or penalises.
  var doc: String { get }
  /// The part of the score it scales.
  var scales: ScoredPart { get }
  /// The factor for this candidate: 1 when the rule does not apply.
  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double
}

/// The parts a candidate's score multiplies: score = typeFit × shape × (floor + nearness) ×
/// length.
enum ScoredPart: String, Sendable {
  /// How well the candidate is of the kind asked; the composer's thresholds read it too.
  case typeFit
  /// How the candidate stands in the sentence: cues, roles, appositions.
  case shape
}

/// A rule that fired for a candidate and the factor it applied.
public struct RuleFiring: Sendable, Equatable {
  /// The rule's name, or a base part ("spanFit", "nearness", "length").
  public var rule: String
  public var factor: Double

  public init(rule: String, factor: Double) {
    self.rule = rule
    self.factor = factor
  }
}
