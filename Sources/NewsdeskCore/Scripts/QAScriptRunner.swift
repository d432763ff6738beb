import Foundation

/// Runs scripts against a session. Every file starts from the same session (the corpus
/// loaded, no conversation), so files do not depend on the order they run in.
public struct QAScriptRunner: Sendable {
  public var session: NewsdeskSession
  /// When set, `:load` outside the script's folder and the corpora is an error.
  public var sandbox: QASandbox?

  public init(session: NewsdeskSession, sandbox: QASandbox? = nil) {
    self.session = session
    self.sandbox = sandbox
  }

  public func run(_ script: QAScript) -> QAFileResult {
    var session = self.session
    var result = QAFileResult(path: script.path, script: script)
    for item in script.items {
      switch item {
      case .question(let testCase):
        let answer = session.ask(testCase.question)
        let unmet = testCase.expectations.filter { !$0.isMet(by: answer, in: session.library) }
        result.cases.append(
          QACaseResult(path: script.path, testCase: testCase, answer: answer, unmet: unmet))
      case .conversationBreak:
        session.reset()
      case .command(.reset, _):
        session.reset()
      case .command(.focus(let name), let line):
        guard let name else {
          session.focus = nil
          continue
        }
        // An empty library is checked first: `article(named:)` traps on a number when no
        // article is loaded.
        guard !session.library.articles.isEmpty, let number = session.library.article(named: name)
        else {
          result.errors.append(
            QAScriptError(
              path: script.path, line: line, message: "no loaded article '\(name)' to focus on"))
          continue
        }
        session.focus = number
      case .command(.load(let path), let line):
        let resolved = resolve(path, for: script.path)
        if let sandbox, !sandbox.allows(resolved, scriptPath: script.path) {
          result.errors.append(
            QAScriptError(path: script.path, line: line, message: QASandbox.refusal(path)))
          continue
        }
        do {
          let report = try session.load(paths: [resolved])
          result.warnings += report.warnings
        } catch {
          let reason = (error as? NewsdeskError)?.description ?? "cannot load \(path)"
          result.errors.append(QAScriptError(path: script.path, line: line, message: reason))
        }
      }
    }
    return result
  }

  /// A relative `:load` path is tried against the script's folder first, so a script works
  /// from any working folder, then against the working folder.
  func resolve(_ path: String, for scriptPath: String) -> String {
    let expanded = NSString(string: path).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    let folder = (scriptPath as NSString).deletingLastPathComponent
    let besideScript = folder.isEmpty ? expanded : folder + "/" + expanded
    return FileManager.default.fileExists(atPath: besideScript) ? besideScript : expanded
  }
}
