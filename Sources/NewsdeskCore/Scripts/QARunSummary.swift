/// A whole run's totals, and the same broken down by the answer type newsdesk read each
/// question as and by file: which kinds of question regress shows where to look.
public struct QARunSummary: Sendable {
  public var total = QATally()
  /// By answer type (PERSON, DATE, …), in alphabetical order.
  public var byAnswerType: [(answerType: String, tally: QATally)] = []
  /// By file, in run order, with each file's error count.
  public var byFile: [(path: String, tally: QATally, errors: Int)] = []
  /// Errors in all files, including paths that do not exist.
  public var errorCount = 0
  /// How often the run answered, how often rightly, and how its abstention cases fared.
  public var answering = QAAnsweringTally()

  public init(files: [QAFileResult]) {
    var types: [String: QATally] = [:]
    for file in files {
      let tally = file.tally
      total.passed += tally.passed
      total.failed += tally.failed
      total.skipped += tally.skipped
      errorCount += file.errors.count
      byFile.append((file.path, tally, file.errors.count))
      for result in file.cases {
        types[result.answer.analysis.answerType.rawValue, default: QATally()].add(result.status)
      }
    }
    answering = QAAnsweringTally(files.flatMap(\.cases))
    byAnswerType = types.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// The exit status `newsdesk test` uses: 2 when any file is malformed or missing, else 1
  /// when any question failed, else 0.
  public var exitStatus: Int32 {
    if errorCount > 0 { return 2 }
    return total.failed > 0 ? 1 : 0
  }
}
