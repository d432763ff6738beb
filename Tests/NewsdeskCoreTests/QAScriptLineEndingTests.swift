import Testing

@testable import NewsdeskCore

/// A parsed script's lines, joined with its line ending as `--update` joins them, give back
/// the file byte for byte, whatever mix of line endings it has (found by ScriptFuzz: a final
/// "\r" with no "\n" after it was taken for a CRLF ending and dropped).
@Suite struct QAScriptLineEndingTests {
  @Test(arguments: [
    "who met Noboa?\r",
    "who met Noboa?\r\nwhen?\r",
    "who met Noboa?\r\nwhen?",
    "who met Noboa?\r\nwhen?\r\n",
    "who met Noboa?\nwhen?\r",
    "who met Noboa?\n= Rubio\r\n",
    "who met Noboa?\n",
    "who met Noboa?",
  ])
  func linesRebuildTheFile(text: String) throws {
    let script = try QAScriptParser().parse(text, path: "t.qa").get()
    let newline = script.usesCRLF ? "\r\n" : "\n"
    let rebuilt =
      script.lines.joined(separator: newline) + (script.endsWithNewline ? newline : "")
    #expect(Array(rebuilt.utf8) == Array(text.utf8))
  }

  @Test func crlfFileIsRecognised() throws {
    let script = try QAScriptParser().parse("who met Noboa?\r\n= Rubio\r\n", path: "t.qa").get()
    #expect(script.usesCRLF)
    #expect(script.lines == ["who met Noboa?", "= Rubio"])
  }
}
