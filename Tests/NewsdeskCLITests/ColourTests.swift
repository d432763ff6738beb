import Foundation
import Testing

/// Colour only when stdout is a terminal and NO_COLOR is unset.
@Suite struct ColourTests {
  static let input =
    ":help\n:sources\nwho did Rubio meet?\n:why\n:show 1\nwhat did Putin say about Ukraine?\n"

  @Test func noEscapesWhenStdoutIsAPipe() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: Self.input)
    #expect(result.status == 0)
    #expect(result.textReplies.count == 2)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{1B}"))
  }

  @Test func noEscapesFromAskOrRun() throws {
    let ask = try CLI.run(["ask", "--corpus", "corpus", "--top", "3", "who did Rubio meet?"])
    #expect(ask.status == 0)
    #expect(!ask.stdout.contains("\u{1B}"))
    let run = try CLI.run(["run", "--corpus", "corpus", "-"], stdin: Self.input)
    #expect(run.status == 0)
    #expect(!run.stdout.contains("\u{1B}"))
  }

  @Test func noColorAndNoColorFlagAreAccepted() throws {
    let flag = try CLI.run(["--corpus", "corpus", "--no-color"], stdin: Self.input)
    let variable = try CLI.run(
      ["--corpus", "corpus"], stdin: Self.input, extraEnvironment: ["NO_COLOR": "1"])
    let plain = try CLI.run(["--corpus", "corpus"], stdin: Self.input)
    #expect(flag.status == 0 && variable.status == 0)
    #expect(flag.stdout == plain.stdout)
    #expect(variable.stdout == plain.stdout)
  }
}
