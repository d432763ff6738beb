/// Reads the `.qa` format. Every problem in a file is reported, each with its line, so one
/// run shows them all; a file with any problem is not run.
public struct QAScriptParser: Sendable {
  public init() {}

  /// Characters that start a marker. Quotes, brackets and non-ASCII letters do not, so a
  /// question may begin with them ("“Maybe it's happening” — who said that?", "¿Quién?").
  static let markerCharacters: Set<Character> = Set("?=~!@$%^&*+-<>|\\;,.`")
  static let markerHelp = "use ? = == ~ ! !! @ +, # for comments, :load :reset :focus"

  public func parse(_ text: String, path: String) -> Result<QAScript, QAScriptErrors> {
    var body = Substring(text)
    if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
    // Split on the byte, not the Character: "\r\n" is one Character in Swift.
    var rawLines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    let endsWithNewline = rawLines.last == ""
    if endsWithNewline { rawLines.removeLast() }
    // Only a line that a "\n" ended has a line ending: a "\r" at the very end of a file
    // without a final newline is text, kept (or `--update` would drop it).
    let terminated = endsWithNewline ? rawLines.count : rawLines.count - 1
    let usesCRLF = terminated > 0 && rawLines[..<terminated].allSatisfy { $0.hasSuffix("\r") }
    if usesCRLF {
      for position in 0..<terminated { rawLines[position].removeLast() }
    }

    var state = State(path: path)
    for (offset, raw) in rawLines.enumerated() {
      state.read(raw, line: offset + 1)
    }
    state.closeCase()
    guard state.errors.isEmpty else { return .failure(QAScriptErrors(state.errors)) }
    return .success(
      QAScript(
        path: path, items: state.items, lines: rawLines, usesCRLF: usesCRLF,
        endsWithNewline: endsWithNewline))
  }

  /// The parse in progress: the items so far and the question still taking expectations.
  struct State {
    let path: String
    var items: [QAItem] = []
    var errors: [QAScriptError] = []
    var open: QACase?

    init(path: String) { self.path = path }

    mutating func read(_ raw: String, line: Int) {
      let trimmed = raw.strippedOfWhitespace()
      if trimmed.isEmpty {
        closeCase()
        items.append(.conversationBreak(line: line))
        return
      }
      if trimmed.hasPrefix("#") { return }
      if trimmed.hasPrefix(":") {
        closeCase()
        do throws(QALineError) {
          items.append(.command(try Self.command(trimmed), line: line))
        } catch {
          fail(line, error.message)
        }
        return
      }
      let marker = String(trimmed.prefix(while: { QAScriptParser.markerCharacters.contains($0) }))
      let rest = String(trimmed.dropFirst(marker.count)).strippedOfWhitespace()
      if marker.isEmpty || marker == "?" {
        closeCase()
        if rest.isEmpty { return fail(line, "the question is empty") }
        let indentation = String(raw.prefix(while: { $0 == " " || $0 == "\t" }))
        open = QACase(line: line, question: rest, indentation: indentation)
        return
      }
      do throws(QALineError) {
        let kind = try Self.expectation(marker: marker, rest: rest)
        guard var current = open else {
          throw QALineError(
            "'\(trimmed)' has no question above it (a blank line or a command ends a question)")
        }
        try Self.checkCompatible(kind, with: current.expectations)
        current.expectations.append(QAExpectation(line: line, kind: kind))
        open = current
      } catch {
        fail(line, error.message)
      }
    }

    mutating func closeCase() {
      if let open { items.append(.question(open)) }
      open = nil
    }

    mutating func fail(_ line: Int, _ message: String) {
      errors.append(QAScriptError(path: path, line: line, message: message))
    }

    static func command(_ text: String) throws(QALineError) -> QACommand {
      let parts = text.split(separator: " ", maxSplits: 1)
      let name = parts[0].lowercased()
      let argument = parts.count > 1 ? String(parts[1]).strippedOfWhitespace() : ""
      switch name {
      case ":load":
        guard !argument.isEmpty else { throw QALineError(":load needs a file or folder") }
        return .load(argument)
      case ":reset":
        guard argument.isEmpty else { throw QALineError(":reset takes nothing after it") }
        return .reset
      case ":focus":
        guard !argument.isEmpty else {
          throw QALineError(":focus needs an article (number, id or file name) or 'off'")
        }
        return .focus(argument.lowercased() == "off" ? nil : argument)
      default:
        throw QALineError("unknown command \(name) (a .qa file may use :load, :reset, :focus)")
      }
    }

    static func expectation(marker: String, rest: String) throws(QALineError) -> QAExpectation.Kind
    {
      switch marker {
      case "=", "==":
        guard !AnswerNormalizer.normalize(rest).isEmpty else {
          throw QALineError("'\(marker)' needs the answer's words after it, e.g. \(marker) Noboa")
        }
        return marker == "=" ? .contains(rest) : .equals(rest)
      case "~":
        do throws(QARegexError) {
          return .matches(try QARegex(parsing: rest))
        } catch {
          throw QALineError(error.description)
        }
      case "!", "!!":
        guard rest.isEmpty else {
          throw QALineError("'\(marker)' takes nothing after it; put a note in a # comment")
        }
        return marker == "!" ? .abstains : .answers
      case "@":
        return try citation(rest)
      case "+":
        guard !AnswerNormalizer.normalize(rest).isEmpty else {
          throw QALineError("'+' needs another article's answer after it, e.g. + 4,500")
        }
        return .differs(rest)
      default:
        throw QALineError(
          "unknown marker '\(marker)' (\(QAScriptParser.markerHelp); a space follows the marker)")
      }
    }

    /// `ARTICLE`, `ARTICLE#N` or `#N`.
    static func citation(_ text: String) throws(QALineError) -> QAExpectation.Kind {
      let usage = "'@' needs an article and/or sentence number: @ ARTICLE#N, @ ARTICLE or @ #N"
      guard !text.isEmpty else { throw QALineError(usage) }
      guard let hash = text.lastIndex(of: "#") else { return .cites(article: text, sentence: nil) }
      let article = String(text[..<hash]).strippedOfWhitespace()
      let number = text[text.index(after: hash)...].strippedOfWhitespace()
      guard let sentence = Int(number), sentence > 0 else {
        throw QALineError("'\(number)' is not a sentence number (1 or more) in '@ \(text)'")
      }
      return .cites(article: article.isEmpty ? nil : article, sentence: sentence)
    }

    /// `!` contradicts every expectation about the answer's text and `!!`: such a case could
    /// never pass, so it is a mistake in the file rather than a failure.
    static func checkCompatible(_ kind: QAExpectation.Kind, with earlier: [QAExpectation])
      throws(QALineError)
    {
      let new = QAExpectation(line: 0, kind: kind)
      for old in earlier {
        let pair = [old, new]
        let abstains = pair.contains { $0.kind == .abstains }
        let conflicting = pair.contains(where: \.needsAnswer)
        if abstains && conflicting {
          throw QALineError(
            "'\(new.source)' contradicts '\(old.source)' on line \(old.line): '!' means no answer")
        }
      }
    }
  }
}

/// A problem with one line, before the parser adds the file and line number.
struct QALineError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}

extension StringProtocol {
  // A private copy rather than the Corpus one, so the script format does not depend on it.
  fileprivate func strippedOfWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
