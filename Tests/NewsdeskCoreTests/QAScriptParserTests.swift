import Foundation
import Testing

@testable import NewsdeskCore

/// The `.qa` format: what each kind of line becomes, and every way a file can be malformed.
@Suite struct QAScriptParserTests {
  /// A compact rendering of parsed items, so a table row states the whole parse in one line.
  static func render(_ script: QAScript) -> [String] {
    script.items.map { item in
      switch item {
      case .question(let qaCase):
        let expectations = qaCase.expectations.map { "\($0.source)@\($0.line)" }
        return "Q\(qaCase.line) \(qaCase.question)"
          + (expectations.isEmpty ? "" : " [\(expectations.joined(separator: ", "))]")
      case .command(let command, let line): return "C\(line) \(command)"
      case .conversationBreak(let line): return "B\(line)"
      }
    }
  }

  static func parse(_ text: String) throws -> QAScript {
    try QAScriptParser().parse(text, path: "t.qa").get()
  }

  static func errors(_ text: String) -> [QAScriptError] {
    switch QAScriptParser().parse(text, path: "t.qa") {
    case .success: return []
    case .failure(let problems): return problems.errors
    }
  }

  @Test(arguments: [
    ("? who did Rubio meet?\n= Noboa\n", ["Q1 who did Rubio meet? [= Noboa@2]"]),
    ("who did Rubio meet?\n", ["Q1 who did Rubio meet?"]),
    ("who?\nwhen?\n", ["Q1 who?", "Q2 when?"]),
    ("?who\n=Noboa\n==Daniel Noboa\n", ["Q1 who [= Noboa@2, == Daniel Noboa@3]"]),
    ("who?\n~ /noboa/i\n", ["Q1 who? [~ /noboa/i@2]"]),
    ("who?\n~ /a/b/\n", ["Q1 who? [~ /a/b/@2]"]),
    ("who?\n!\n", ["Q1 who? [!@2]"]),
    ("who?\n!!\n@ seed#2\n", ["Q1 who? [!!@2, @ seed#2@3]"]),
    ("who?\n@ seed.txt\n@ #4\n", ["Q1 who? [@ seed.txt@2, @ #4@3]"]),
    ("who?\n# a comment between\n= Noboa\n", ["Q1 who? [= Noboa@3]"]),
    ("  who?\n  = Noboa\n", ["Q1 who? [= Noboa@2]"]),
    ("who?\n\nwhen?\n", ["Q1 who?", "B2", "Q3 when?"]),
    (
      ":load more/\n:reset\n:focus 2\n:focus OFF\n",
      ["C1 load(\"more/\")", "C2 reset", "C3 focus(Optional(\"2\"))", "C4 focus(nil)"]
    ),
    (":LOAD x.txt\n", ["C1 load(\"x.txt\")"]),
    ("“Maybe it's happening” — who said that?\n", ["Q1 “Maybe it's happening” — who said that?"]),
    ("¿quién?\n", ["Q1 ¿quién?"]),
    ("\"blew it up\": who said it?\n", ["Q1 \"blew it up\": who said it?"]),
    ("# only a comment\n", []),
    ("", []),
  ])
  func validScripts(_ text: String, _ expected: [String]) throws {
    #expect(Self.render(try Self.parse(text)) == expected)
  }

  @Test(arguments: [
    ("= Noboa\n", 1, "has no question above it"),
    ("who?\n\n= Noboa\n", 3, "has no question above it"),
    ("who?\n:reset\n!\n", 3, "has no question above it"),
    ("who?\n% x\n", 2, "unknown marker '%'"),
    ("who?\n=== Noboa\n", 2, "unknown marker '==='"),
    ("who?\n=- 5\n", 2, "unknown marker '=-'"),
    ("- who?\n", 1, "unknown marker '-'"),
    ("who?\n~ noboa\n", 2, "between slashes"),
    ("who?\n~ /(unclosed/\n", 2, "invalid regex"),
    ("who?\n~ /noboa/g\n", 2, "unknown regex flag 'g'"),
    ("who?\n~ //\n", 2, "the regex is empty"),
    ("who?\n= the\n", 2, "needs the answer's words"),
    ("who?\n! because\n", 2, "takes nothing after it"),
    ("who?\n@\n", 2, "'@' needs"),
    ("who?\n@ seed#x\n", 2, "not a sentence number"),
    ("who?\n@ seed#0\n", 2, "not a sentence number"),
    ("who?\n= Noboa\n!\n", 3, "contradicts '= Noboa' on line 2"),
    ("who?\n!!\n!\n", 3, "contradicts '!!'"),
    ("?\n", 1, "the question is empty"),
    (":frob\n", 1, "unknown command :frob"),
    (":load\n", 1, ":load needs a file or folder"),
    (":focus\n", 1, ":focus needs"),
    (":reset now\n", 1, ":reset takes nothing"),
  ])
  func malformedLines(_ text: String, _ line: Int, _ fragment: String) {
    let errors = Self.errors(text)
    #expect(errors.count == 1, "\(errors)")
    #expect(errors.first?.line == line)
    #expect(errors.first?.path == "t.qa")
    #expect(errors.first?.message.contains(fragment) == true, "\(errors.first?.message ?? "none")")
    #expect(errors.first?.description.hasPrefix("t.qa:\(line): ") == true)
  }

  @Test func everyProblemInAFileIsReported() {
    let errors = Self.errors("= a\nwho?\n% b\n~ c\nfine?\n:nope\n")
    #expect(errors.map(\.line) == [1, 3, 4, 6])
  }

  @Test func lineEndingsAndByteOrderMarkAreKept() throws {
    let crlf = try Self.parse("\u{FEFF}who?\r\n= Noboa\r\n")
    #expect(Self.render(crlf) == ["Q1 who? [= Noboa@2]"])
    #expect(crlf.usesCRLF && crlf.endsWithNewline)
    #expect(crlf.lines == ["who?", "= Noboa"])
    let unterminated = try Self.parse("who?\n= Noboa")
    #expect(!unterminated.usesCRLF && !unterminated.endsWithNewline)
  }

  @Test func caseKnowsItsLastLine() throws {
    let script = try Self.parse("who?\n= x\n# note\n@ #2\n\nwhen?\n")
    #expect(script.cases.map(\.lastLine) == [4, 6])
  }

  @Test func nonUTF8FilesNameTheLineOfTheFirstBadByte() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "bad.qa", data: Data("who?\n= ok\n= ".utf8) + Data([0xFF, 0xFE, 0x0A]))
    guard case .failure(let problems) = QAScriptFiles.load(path: path) else {
      Issue.record("a non-UTF-8 file loaded")
      return
    }
    #expect(problems.errors == [QAScriptError(path: path, line: 3, message: "not UTF-8 text")])
  }

  @Test func foldersGiveTheirOwnQAFilesSortedButNotSubfolders() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.qa", "who?\n")
    try folder.write("a.qa", "who?\n")
    try folder.write("notes.txt", "who?\n")
    try folder.write(".hidden.qa", "who?\n")
    try folder.write("pending/c.qa", "who?\n")
    let found = QAScriptFiles.expand([folder.path, folder.path + "/missing.qa"])
    #expect(
      try found.prefix(2).map { try $0.get() } == [folder.path + "/a.qa", folder.path + "/b.qa"])
    #expect(found.count == 3)
    guard case .failure(let missing) = found.last else {
      Issue.record("a missing path was found")
      return
    }
    #expect(missing.description == folder.path + "/missing.qa: no such file or folder")
  }

  @Test func aFolderWithoutScriptsIsAnError() throws {
    let folder = try TemporaryFolder()
    try folder.write("sub/a.qa", "who?\n")
    let found = QAScriptFiles.expand([folder.path])
    #expect(found.count == 1)
    if case .failure(let error) = found.first {
      #expect(error.message.contains("no .qa files"))
    } else {
      Issue.record("an empty folder gave files")
    }
  }
}
