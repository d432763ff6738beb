import Foundation
import Testing

/// Exit status 2 with one line on stderr for usage errors and unreadable input.
@Suite struct ExitStatusTests {
  @Test(arguments: [
    ["--corpus", "/no/such"],
    ["ask", "--corpus", "/no/such", "who did Rubio meet?"],
    ["run", "--corpus", "/no/such", "-"],
    ["--corpus", "corpus", "--corpus", "/no/such"],
  ])
  func missingCorpus(_ arguments: [String]) throws {
    let result = try CLI.run(arguments, stdin: "who did Rubio meet?\n")
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "newsdesk: no such file or folder: /no/such; "
        + "check the spelling, or give the full path\n")
    #expect(result.stdout == "")
  }

  @Test(arguments: [
    ["--bogus"],
    ["--corpus", "corpus", "--frobnicate", "x"],
    ["ask", "--corpus", "corpus", "--nope", "who?"],
    ["--top", "0", "--corpus", "corpus"],
    ["ask", "--top", "0", "--corpus", "corpus", "who did Rubio meet?"],
    ["run", "--top", "101", "--corpus", "corpus", "-"],
    ["--top", "many", "--corpus", "corpus"],
    ["--threshold", "1.5", "--corpus", "corpus"],
    ["ask", "--format", "xml", "--corpus", "corpus", "who did Rubio meet?"],
    ["ask", "--corpus", "corpus"],
    ["run", "--corpus", "corpus"],
    ["--corpus"],
  ])
  func usageErrors(_ arguments: [String]) throws {
    let result = try CLI.run(arguments, stdin: "who did Rubio meet?\n")
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1, "stderr: \(result.stderr)")
    #expect(result.stderr.hasPrefix("newsdesk: "))
    #expect(result.stdout == "")
  }

  @Test func topZeroSaysWhatIsWrong() throws {
    let result = try CLI.run(["--top", "0", "--corpus", "corpus"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--top"))
  }

  @Test func missingScript() throws {
    let result = try CLI.run(["run", "--corpus", "corpus", "missing.qa"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "newsdesk: no such file or folder: missing.qa; "
        + "check the spelling, or give the full path\n")
    #expect(result.stdout == "")
  }

  @Test func scriptThatIsAFolder() throws {
    let scratch = try Scratch()
    let result = try CLI.run(["run", "--corpus", "corpus", scratch.path])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains(scratch.path))
  }

  @Test func scriptThatIsNotUTF8() throws {
    let scratch = try Scratch()
    let path = try scratch.write("latin1.qa", data: Data([0x71, 0x75, 0xE9, 0x3F, 0x0A]))
    let result = try CLI.run(["run", "--corpus", "corpus", path])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.hasPrefix("newsdesk: cannot read \(path)"))
  }

  @Test func helpAndVersionSucceed() throws {
    let help = try CLI.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("ask"))
    #expect(help.stdout.contains("run"))
    #expect(help.stdout.contains("--corpus"))
    let version = try CLI.run(["--version"])
    #expect(version.status == 0)
    #expect(!version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
  }
}
