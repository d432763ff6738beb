import Testing

@testable import NewsdeskCore

/// Control characters from articles and file names are shown, never sent to the terminal.
@Suite struct TerminalSafeTests {
  /// The sequences issue 11 names, and the other control characters, as they are shown.
  @Test(arguments: [
    ("Title \u{1B}]0;pwned\u{07} here", "Title ^[]0;pwned^G here"),
    ("clear \u{1B}[2J now", "clear ^[[2J now"),
    ("copy \u{1B}]52;c;aGVsbG8=\u{07}", "copy ^[]52;c;aGVsbG8=^G"),
    ("OSC ended by ST \u{1B}]0;x\u{1B}\\", "OSC ended by ST ^[]0;x^[\\"),
    ("colour \u{1B}[31mred\u{1B}[0m", "colour ^[[31mred^[[0m"),
    ("back\rspace\u{08}", "back^Mspace^H"),
    ("nul \u{00} del \u{7F}", "nul ^@ del ^?"),
    ("C1 CSI \u{9B}2J and NEL \u{85}", "C1 CSI \\u{9B}2J and NEL \\u{85}"),
    ("kept: tab\tand café, 中文, “quotes”", "kept: tab\tand café, 中文, “quotes”"),
  ])
  func controlCharactersAreShown(raw: String, shown: String) {
    #expect(TerminalSafe(raw).line == shown)
    #expect(!TerminalSafe.needsEscaping(TerminalSafe(raw).line))
  }

  @Test func runningTextKeepsNewlinesAndALineDoesNot() {
    let raw = "one\ntwo\u{1B}[2J"
    #expect(TerminalSafe(raw).text == "one\ntwo^[[2J")
    #expect(TerminalSafe(raw).line == "one^Jtwo^[[2J")
  }

  /// A file name with a newline cannot start a line of its own that looks like a warning.
  @Test func aQuotedNameStaysOnOneLineAndShowsWhereItEnds() {
    let name = "a/new\nnewsdesk: warning: \"forged\\\u{1B}[2J.txt"
    let quoted = TerminalSafe(name).quoted
    #expect(quoted == #""a/new\nnewsdesk: warning: \"forged\\^[[2J.txt""#)
    #expect(!quoted.contains("\n"))
  }

  @Test func loadWarningsQuoteThePath() {
    let warning = LoadWarning(path: "x\nnewsdesk: warning: forged", reason: "a binary file")
    #expect(warning.description == #"skipped "x\nnewsdesk: warning: forged": a binary file"#)
  }

  /// The output boundary lets newsdesk's own colour through and nothing else.
  @Test(arguments: [
    ("\u{1B}[1;32mNoboa\u{1B}[0m", "\u{1B}[1;32mNoboa\u{1B}[0m"),
    ("\u{1B}[2mdim\u{1B}[0m\nnext", "\u{1B}[2mdim\u{1B}[0m\nnext"),
    ("\u{1B}]0;title\u{07}", "^[]0;title^G"),
    ("\u{1B}[2J", "^[[2J"),
    ("\u{1B}[", "^[["),
    ("\u{1B}[1;32", "^[[1;32"),
    ("\u{9B}31m", "\\u{9B}31m"),
  ])
  func theOutputBoundaryKeepsOnlyStyles(raw: String, shown: String) {
    #expect(TerminalSafe.keepingStyles(raw) == shown)
  }

  @Test func cleanTextIsReturnedUnchanged() {
    let text = "Daniel Noboa, Ecuador’s President — 2025-09-04"
    #expect(!TerminalSafe.needsEscaping(text))
    #expect(TerminalSafe(text).line == text)
    #expect(TerminalSafe.keepingStyles(text) == text)
  }

  /// JSON escapes every control character itself, C1 included, so a JSON line is already
  /// safe and stays valid JSON after the output boundary.
  @Test func jsonEscapesEveryControlCharacter() {
    let json = JSONValue.string("a\u{1B}]0;x\u{07} \u{9B}2J \u{7F}").serialized()
    #expect(json == #""a\u001b]0;x\u0007 \u009b2J \u007f""#)
    #expect(!TerminalSafe.needsEscaping(json))
  }
}

extension TerminalSafeTests {
  @Test func errorsShowAPathOnOneLine() {
    let error = NewsdeskError.noSuchPath("a\nnewsdesk: warning: forged")
    #expect(error.description == "no such file or folder: a^Jnewsdesk: warning: forged")
  }
}
