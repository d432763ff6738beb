import Foundation
import Testing

/// Escape sequences in articles, titles and file names are shown, never sent to the terminal,
/// in every command's output; a newline in a file name cannot forge a warning line.
@Suite struct TerminalSafetyTests {
  static let windowTitle = "\u{1B}]0;pwned\u{07}"
  static let clearScreen = "\u{1B}[2J"
  static let clipboard = "\u{1B}]52;c;aGVsbG8=\u{07}"
  static let forgedName = "new\nnewsdesk: warning: forged \u{1B}[2J.txt"

  /// An article with each sequence in its title and sentence, one whose file name holds a
  /// window-title sequence, and an unreadable file whose name holds a newline.
  func hostileFolder() throws -> Scratch {
    let scratch = try Scratch("newsdesk-escapes")
    try scratch.write(
      "evil.txt",
      """
      ---
      title: Harbour \(Self.windowTitle)news\(Self.clearScreen)
      date: 2025-01-02
      ---
      The mayor \(Self.clearScreen)met Alice \(Self.clipboard)in Paris on Monday.
      The new bridge \u{9B}2J opened in \u{1B}[31mMarch\u{1B}[0m after six years of work.

      """)
    try scratch.write(
      "rome\(Self.windowTitle).txt", "date 2025-01-03 Bob lives in Rome with his sister.\n")
    try scratch.write(Self.forgedName, data: Data([0x00, 0xFF, 0x00, 0x01]))
    return scratch
  }

  /// No control character other than newline and tab, and warnings only where there are.
  func checkSafe(
    _ result: CLIResult, warnings: Int = 1, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      let control = text.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
      }
      #expect(
        control.isEmpty, "\(stream) carries \(control.map { $0.value })",
        sourceLocation: sourceLocation)
    }
    let warningLines = result.stderrLines.filter { $0.hasPrefix("newsdesk: warning:") }
    #expect(
      warningLines.count == warnings, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(
      !result.stderrLines.contains { $0.hasPrefix("newsdesk: warning: forged") },
      sourceLocation: sourceLocation)
  }

  @Test func askShowsTheSequencesInTheAnswerAndCitation() throws {
    let scratch = try hostileFolder()
    let result = try CLI.run(["ask", "--corpus", scratch.path, "who did the mayor meet?"])
    checkSafe(result)
    #expect(result.stdout.contains("Alice"))
    #expect(result.stdout.contains("^[[2Jmet Alice ^[]52;c;aGVsbG8=^Gin Paris"))
    #expect(result.stdout.contains("Harbour ^[]0;pwned^Gnews^[[2J"))
    #expect(
      result.stderr.contains(
        #"skipped "\#(scratch.path)/new\nnewsdesk: warning: forged ^[[2J.txt""#))
  }

  @Test func askShowsC1AndAnArticlesOwnColourToo() throws {
    let scratch = try hostileFolder()
    let result = try CLI.run([
      "ask", "--corpus", scratch.path, "--top", "3", "when did the new bridge open?",
    ])
    checkSafe(result)
    #expect(result.stdout.contains("\\u{9B}2J"))
    #expect(result.stdout.contains("^[[31mMarch^[[0m"))
  }

  /// JSON carries the text exactly, escaped by JSON's own rules.
  @Test func jsonKeepsTheTextAndEscapesIt() throws {
    let scratch = try hostileFolder()
    let result = try CLI.run([
      "ask", "--corpus", scratch.path, "--format", "json", "who did the mayor meet?",
    ])
    checkSafe(result)
    let object = try CLI.jsonObject(result.stdoutLines[0])
    #expect((object["sentence"] as? String)?.contains(Self.clipboard) == true)
    let article = object["article"] as? [String: Any]
    #expect((article?["title"] as? String)?.contains(Self.windowTitle) == true)
  }

  @Test func runAndTheShellCommandsShowTheSequences() throws {
    let scratch = try hostileFolder()
    let script = try scratch.write(
      "script.txt", "who did the mayor meet?\n:why\n:sources\n:show 1\n:show 2\n:focus 1\n")
    let result = try CLI.run(["run", "--corpus", scratch.path, script])
    checkSafe(result)
    #expect(result.stdout.contains("Harbour ^[]0;pwned^Gnews^[[2J"))
    #expect(result.stdout.contains("rome^[]0;pwned^G.txt"))
    #expect(result.stdout.contains("The mayor ^[[2Jmet Alice"))
  }

  @Test func testReportsShowTheSequences() throws {
    let scratch = try hostileFolder()
    let script = try scratch.write(
      "hostile.qa", "who did the mayor meet?\n= Bob\n\nwhere does Bob live?\n= Rome\n")
    let result = try CLI.run(["test", "--corpus", scratch.path, "-v", script])
    checkSafe(result)
    #expect(result.status == 1)
    // Cited, or shown as the nearest sentence when newsdesk declines (the escape sequence
    // glued to "met" leaves the question's verb unread): shown safe either way.
    #expect(result.stdout.contains("evil#1 “The mayor ^[[2Jmet Alice"))
  }
}
