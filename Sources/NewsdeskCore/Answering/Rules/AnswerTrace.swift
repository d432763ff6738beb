/// Why the short answer won: what each rule added to the chosen candidate's score, and to the
/// runner-up's in the same sentence.
public struct AnswerTrace: Sendable, Equatable {
  /// The candidate given as the short answer.
  public var chosen: CandidateTrace?
  /// The next best candidate of the same sentence, if any.
  public var runnerUp: CandidateTrace?

  public init(chosen: CandidateTrace? = nil, runnerUp: CandidateTrace? = nil) {
    self.chosen = chosen
    self.runnerUp = runnerUp
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
