/// How one question fared.
public enum QAStatus: String, Sendable, Equatable {
  case passed, failed
  /// The question has no expectation yet; `--update` writes one.
  case skipped
}

/// A question's answer checked against its expectations.
public struct QACaseResult: Sendable {
  public var path: String
  public var testCase: QACase
  public var answer: Answer
  /// The expectations the answer did not meet, in file order.
  public var unmet: [QAExpectation]

  public init(path: String, testCase: QACase, answer: Answer, unmet: [QAExpectation]) {
    self.path = path
    self.testCase = testCase
    self.answer = answer
    self.unmet = unmet
  }

  public var status: QAStatus {
    if testCase.expectations.isEmpty { return .skipped }
    return unmet.isEmpty ? .passed : .failed
  }

  /// `path:line`, where the question is.
  public var location: String { "\(path):\(testCase.line)" }
}

/// One script's outcome. A malformed file has errors and no cases: it was not run.
public struct QAFileResult: Sendable {
  public var path: String
  /// The parsed script, kept for `--update`; nil when the file could not be parsed.
  public var script: QAScript?
  public var cases: [QACaseResult]
  /// Problems that make the run exit 2: parse errors, a `:load` or `:focus` that failed.
  public var errors: [QAScriptError]
  /// Articles a `:load` skipped.
  public var warnings: [LoadWarning]

  public init(
    path: String, script: QAScript?, cases: [QACaseResult] = [], errors: [QAScriptError] = [],
    warnings: [LoadWarning] = []
  ) {
    self.path = path
    self.script = script
    self.cases = cases
    self.errors = errors
    self.warnings = warnings
  }

  public var tally: QATally { QATally(cases.map(\.status)) }
}

/// Counts of passed, failed and skipped questions.
public struct QATally: Sendable, Equatable {
  public var passed = 0
  public var failed = 0
  public var skipped = 0

  public init(passed: Int = 0, failed: Int = 0, skipped: Int = 0) {
    self.passed = passed
    self.failed = failed
    self.skipped = skipped
  }

  public init(_ statuses: [QAStatus]) {
    for status in statuses { add(status) }
  }

  public mutating func add(_ status: QAStatus) {
    switch status {
    case .passed: passed += 1
    case .failed: failed += 1
    case .skipped: skipped += 1
    }
  }

  public var total: Int { passed + failed + skipped }

  /// `N passed, N failed`, with `, N skipped` only when some were: the last line of a run.
  public var line: String {
    "\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : "")
  }
}
