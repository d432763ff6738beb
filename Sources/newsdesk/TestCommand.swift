import ArgumentParser
import Foundation
import NewsdeskCore

/// `newsdesk test FILE|FOLDER...`: runs `.qa` question scripts and checks every answer
/// against its expectations. Exit 0 when all pass, 1 when any fail, 2 when a file is
/// malformed or a path is missing; the other files still run and are reported.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test", abstract: "Run .qa question scripts and check the answers.",
    discussion: """
      A .qa file holds questions (? QUESTION, or a plain line) each followed by what its \
      answer must be: = TEXT (contains), == TEXT (equals), ~ /REGEX/i, ! (abstains), \
      !! (answers), @ ARTICLE#N (cites). # starts a comment; :load, :reset and :focus work \
      as in the shell; a blank line ends a conversation. A folder runs the .qa files directly \
      inside it. The last line is 'N passed, N failed'.
      """)

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "text or json (one object per line).") var format: OutputFormat = .text
  @Flag(name: [.short, .long], help: "List passing and skipped questions too.")
  var verbose = false
  @Flag(help: "Rewrite the expectations of failing and new questions from today's answers.")
  var update = false
  @Flag(
    inversion: .prefixedNo,
    help: """
      Refuse :load paths outside each script's folder and the --corpus paths (default: on \
      when CI=true).
      """)
  var sandbox: Bool?
  @Option(help: ArgumentHelp("Also write a JUnit XML report to FILE.", valueName: "FILE"))
  var junit: String?
  @Argument(help: "Script files, or folders of .qa files (subfolders are not searched).")
  var paths: [String]

  func run() throws {
    let runner = QAScriptRunner(
      session: try corpus.makeSession(warnWhenEmpty: true),
      sandbox: isSandboxed ? QASandbox(corpora: corpus.resolvedPaths) : nil)
    var printer = TestReportPrinter(
      format: format, verbose: verbose, includeCandidates: corpus.top != nil,
      style: TextStyle(enabled: Output.useColor(disabled: corpus.noColor)))
    printer.includeTrace = corpus.explain
    var files: [QAFileResult] = []
    for entry in QAScriptFiles.expand(paths) {
      let result = Self.runOne(entry, with: runner)
      printer.report(result)
      files.append(result)
    }
    if update { try rewrite(files, printer: &printer) }
    let summary = QARunSummary(files: files)
    if let junit { try write(QAJUnitReport.xml(files: files), to: junit) }
    printer.report(summary)
    // After --update the failures are written into the files: only a malformed file fails.
    let status = update && summary.errorCount == 0 ? 0 : summary.exitStatus
    if status != 0 { throw ExitCode(status) }
  }

  /// `--sandbox` or `--no-sandbox` when given, else on in CI, where scripts may come from
  /// anyone.
  var isSandboxed: Bool {
    sandbox ?? (ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true")
  }

  static func runOne(_ entry: Result<String, QAScriptError>, with runner: QAScriptRunner)
    -> QAFileResult
  {
    switch entry {
    case .failure(let error):
      return QAFileResult(path: error.path, script: nil, errors: [error])
    case .success(let path):
      switch QAScriptFiles.load(path: path) {
      case .failure(let problems):
        return QAFileResult(path: path, script: nil, errors: problems.errors)
      case .success(let script): return runner.run(script)
      }
    }
  }

  func rewrite(_ files: [QAFileResult], printer: inout TestReportPrinter) throws {
    let updater = QAScriptUpdater()
    for file in files {
      guard let script = file.script, let rewritten = updater.rewrite(script, results: file.cases)
      else { continue }
      do {
        try QAScriptFiles.write(rewritten.text, to: script.path)
      } catch {
        throw NewsdeskError.unreadableInput(
          script.path, reason: "cannot write it (\(error.reason))")
      }
      printer.note(
        "updated \(script.path): \(rewritten.updated) question\(rewritten.updated == 1 ? "" : "s")")
    }
  }

  func write(_ text: String, to path: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw NewsdeskError.unreadableInput(
        path, reason: "cannot write it (\(error.localizedDescription))")
    }
  }
}
