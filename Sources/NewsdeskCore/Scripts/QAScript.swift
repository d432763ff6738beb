/// A parsed `.qa` question script: the questions with their expectations, the commands
/// between them, and the file's original lines so `--update` can rewrite it in place.
public struct QAScript: Sendable, Equatable {
  /// The path as given on the command line; messages and reports name the file by it.
  public var path: String
  public var items: [QAItem]
  /// The raw lines, without their line endings, so a rewrite keeps everything it does not touch.
  public var lines: [String]
  /// True when the file used CRLF line endings; rewritten lines use the same.
  public var usesCRLF: Bool
  /// True when the last line ended with a line break.
  public var endsWithNewline: Bool

  public init(
    path: String, items: [QAItem], lines: [String], usesCRLF: Bool = false,
    endsWithNewline: Bool = true
  ) {
    self.path = path
    self.items = items
    self.lines = lines
    self.usesCRLF = usesCRLF
    self.endsWithNewline = endsWithNewline
  }

  public var cases: [QACase] {
    items.compactMap {
      if case .question(let qaCase) = $0 { return qaCase }
      return nil
    }
  }
}

/// One step of a script, in file order.
public enum QAItem: Sendable, Equatable {
  case question(QACase)
  case command(QACommand, line: Int)
  /// A blank line: the conversation so far is forgotten, as with `:reset`.
  case conversationBreak(line: Int)
}

/// A question and what its answer must satisfy.
public struct QACase: Sendable, Equatable {
  /// 1-based line of the question.
  public var line: Int
  public var question: String
  public var expectations: [QAExpectation]
  /// The question line's leading whitespace; lines `--update` adds are indented alike.
  public var indentation: String

  public init(
    line: Int, question: String, expectations: [QAExpectation] = [], indentation: String = ""
  ) {
    self.line = line
    self.question = question
    self.expectations = expectations
    self.indentation = indentation
  }

  /// The last line that belongs to the case; `--update` inserts new expectations after it.
  public var lastLine: Int { expectations.map(\.line).max() ?? line }
}

/// A shell command a script may use.
public enum QACommand: Sendable, Equatable {
  case load(String)
  case reset
  /// An article's number, id or file name; nil is `:focus off`.
  case focus(String?)
}

/// A problem with a script file, named by file and line (0 when it is not about one line,
/// such as a missing file).
public struct QAScriptError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var message: String

  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`, the form editors and CI logs turn into links.
  public var description: String {
    line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)"
  }
}

/// Every problem found in one file; a file with any is not run.
public struct QAScriptErrors: Error, Sendable, Equatable {
  public var errors: [QAScriptError]

  public init(_ errors: [QAScriptError]) {
    self.errors = errors
  }
}
