/// `newsdesk test --format json`: one object per line, each with a "type": "case" for every
/// question, "error" for every problem with a file, and a last "summary". Each case carries
/// the answer exactly as `ask --format json` prints it, under "got".
public enum QAJSONReport {
  public static func caseObject(
    _ result: QACaseResult, includeCandidates: Bool, includeTrace: Bool = false
  ) -> JSONValue {
    let unmet = result.unmet
    return .object([
      ("type", .string("case")),
      ("file", .string(result.path)),
      ("line", .integer(result.testCase.line)),
      ("question", .string(result.testCase.question)),
      ("status", .string(result.status.rawValue)),
      (
        "expectations",
        .array(
          result.testCase.expectations.map { expectation in
            .object([
              ("line", .integer(expectation.line)),
              ("expected", .string(expectation.source)),
              ("met", .bool(!unmet.contains(expectation))),
            ])
          })
      ),
      ("got", result.answer.json(includeCandidates: includeCandidates, includeTrace: includeTrace)),
    ])
  }

  public static func errorObject(_ error: QAScriptError) -> JSONValue {
    .object([
      ("type", .string("error")),
      ("file", .string(error.path)),
      ("line", error.line > 0 ? .integer(error.line) : .null),
      ("message", .string(error.message)),
    ])
  }

  public static func summaryObject(_ summary: QARunSummary) -> JSONValue {
    var members = [("type", JSONValue.string("summary"))] + tallyMembers(summary.total)
    members.append(("errors", .integer(summary.errorCount)))
    let answering = summary.answering
    let share = { (value: Double?) in
      value.map { JSONValue.number(($0 * 1000).rounded() / 1000) } ?? .null
    }
    members.append(
      (
        "answering",
        .object([
          ("questions", .integer(answering.questions)),
          ("answered", .integer(answering.answered)),
          ("answeredRight", .integer(answering.answeredRight)),
          ("precision", share(answering.precision)),
          ("coverage", share(answering.coverage)),
          ("expectedAbstentions", .integer(answering.expectedAbstentions)),
          ("abstainedWhenExpected", .integer(answering.abstainedWhenExpected)),
        ])
      ))
    members.append(
      (
        "byAnswerType",
        .object(summary.byAnswerType.map { ($0.answerType, .object(tallyMembers($0.tally))) })
      ))
    members.append(
      (
        "byFile",
        .object(
          summary.byFile.map { file in
            (file.path, .object(tallyMembers(file.tally) + [("errors", .integer(file.errors))]))
          })
      ))
    return .object(members)
  }

  static func tallyMembers(_ tally: QATally) -> [(String, JSONValue)] {
    [
      ("passed", .integer(tally.passed)), ("failed", .integer(tally.failed)),
      ("skipped", .integer(tally.skipped)),
    ]
  }
}
