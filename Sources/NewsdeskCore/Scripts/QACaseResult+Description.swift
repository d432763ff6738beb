/// The words a report uses for a question's outcome, shared by the terminal, JUnit and JSON
/// so that all three say the same thing.
extension QACaseResult {
  /// One line per unmet expectation: `= Noboa (line 4)`.
  public var expectedLines: [String] {
    unmet.map { "\($0.source) (line \($0.line))" }
  }

  /// What came back: the short answer or why there is none, its type and confidence.
  public var gotLine: String {
    "\(answer.scriptDescription) (\(answer.analysis.answerType.rawValue), confidence \(Self.twoDecimals(answer.confidence)))"
  }

  /// The cited sentence with its article and number, or a note that nothing matched.
  public var citedLine: String {
    guard let evidence = answer.evidence, let label = answer.citationLabel else {
      return "no sentence matched"
    }
    return "\(label) “\(evidence.sentence)”"
  }

  /// The failure in one line, for JUnit's message attribute and logs that show one line.
  public var failureSummary: String {
    "expected \(unmet.map(\.source).joined(separator: " and ")), got \(answer.scriptDescription)"
  }

  /// The labelled detail lines under a failing question.
  public var failureDetails: [String] {
    // An abstention still shows the nearest sentence, labelled so it is not read as support.
    let citedLabel = answer.abstained ? "nearest " : "cited   "
    return expectedLines.map { "expected \($0)" } + [
      "got      \(gotLine)", "\(citedLabel) \(citedLine)",
    ]
  }

  static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = String(abs(hundredths) % 100)
    return "\(hundredths / 100).\(fraction.count < 2 ? "0" + fraction : fraction)"
  }
}
