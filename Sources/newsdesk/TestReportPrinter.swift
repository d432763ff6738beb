import NewsdeskCore

/// What `newsdesk test` prints: failures as they are found, then the summary. In JSON mode
/// stdout carries only JSON objects; messages for people go to stderr.
struct TestReportPrinter {
  let format: OutputFormat
  let verbose: Bool
  let includeCandidates: Bool
  /// `--explain`: each case's answer carries its rule trace.
  var includeTrace = false
  let style: TextStyle
  /// Whether any case was listed, so the summary is set off by a blank line only then.
  private(set) var listedAny = false

  init(format: OutputFormat, verbose: Bool, includeCandidates: Bool, style: TextStyle) {
    self.format = format
    self.verbose = verbose
    self.includeCandidates = includeCandidates
    self.style = style
  }

  mutating func report(_ file: QAFileResult) {
    Output.warn(file.warnings)
    for error in file.errors {
      Output.error(Self.describe(error))
      if format == .json { Output.line(QAJSONReport.errorObject(error).serialized()) }
    }
    for result in file.cases {
      switch format {
      case .json:
        Output.line(
          QAJSONReport.caseObject(
            result, includeCandidates: includeCandidates, includeTrace: includeTrace
          ).serialized())
      case .text:
        if let text = render(result) {
          Output.line(text)
          listedAny = true
        }
      }
    }
  }

  func report(_ summary: QARunSummary) {
    if format == .json {
      Output.line(QAJSONReport.summaryObject(summary).serialized())
      return
    }
    var lines = listedAny ? ["", "by answer type:"] : ["by answer type:"]
    let typeWidth = summary.byAnswerType.map(\.answerType.count).max() ?? 0
    for (type, tally) in summary.byAnswerType {
      lines.append("  \(type.padding(to: typeWidth))  \(tally.line)")
    }
    if summary.byAnswerType.isEmpty { lines.append("  (no questions)") }
    lines.append("by file:")
    let fileWidth = summary.byFile.map { Self.safe($0.path).count }.max() ?? 0
    for file in summary.byFile {
      let errors = "\(file.errors) error\(file.errors == 1 ? "" : "s")"
      var text = file.tally.line
      if file.errors > 0 {
        text = file.tally.total == 0 ? "not run: \(errors)" : text + "; " + errors
      }
      lines.append("  \(Self.safe(file.path).padding(to: fileWidth))  \(text)")
    }
    if summary.answering.questions > 0 { lines.append(summary.answering.line) }
    lines.append(summary.total.line)
    Output.line(lines.joined(separator: "\n"))
  }

  /// A message for people: stdout in text mode, stderr in JSON mode.
  mutating func note(_ text: String) {
    if format == .json { Output.error(text) } else { Output.line(text) }
    listedAny = true
  }

  /// A failing question always; passing and skipped ones with -v.
  func render(_ result: QACaseResult) -> String? {
    let heading = "\(Self.safe(result.location)): \(Self.safe(result.testCase.question))"
    switch result.status {
    case .failed:
      // The details quote the cited sentence and the answer: article text.
      let details = result.failureDetails.map { "     " + Self.safe($0) }
      return ([style.bold("FAIL") + " " + heading] + details).joined(separator: "\n")
    case .passed where verbose:
      return style.answer("ok  ") + " " + heading
        + style.dim("  → " + Self.safe(result.answer.scriptDescription))
    case .skipped where verbose:
      return style.warning("skip") + " " + heading
        + style.dim("  → " + Self.safe(result.answer.scriptDescription) + " (no expectation yet)")
    default:
      return nil
    }
  }

  /// `path:line: error: message`, the form editors and CI logs turn into links.
  static func describe(_ error: QAScriptError) -> String {
    let place = error.line > 0 ? "\(safe(error.path)):\(error.line)" : safe(error.path)
    return "\(place): error: \(safe(error.message))"
  }

  /// Paths, questions, answers and sentences on one line with control characters shown.
  static func safe(_ text: String) -> String { TerminalSafe(text).line }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
