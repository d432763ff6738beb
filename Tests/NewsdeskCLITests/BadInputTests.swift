import Foundation
import Testing

/// Files that are not articles, no articles at all, and questions that are not questions.
@Suite struct BadInputTests {
  /// A folder with one good article and a bad file of each kind; returns it and the bad paths.
  func messyFolder() throws -> (Scratch, [String]) {
    let scratch = try Scratch()
    let good = try String(
      contentsOfFile: CLI.fixtureArticlesPath + "/quito-water-plan.txt", encoding: .utf8)
    try scratch.write("good.txt", good)
    var bad = [
      try scratch.write("empty.txt", ""),
      try scratch.write(
        "binary.txt", data: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x00, 0xFF])),
      try scratch.write(
        "latin1.md", data: Data("Caf".utf8) + Data([0xE9]) + Data(" in Quito.".utf8)),
    ]
    let locked = try scratch.write("locked.txt", "A locked sentence about Quito.")
    chmod(locked, 0)
    if access(locked, R_OK) != 0 { bad.append(locked) }  // root reads it anyway
    return (scratch, bad)
  }

  func checkWarnings(
    _ result: CLIResult, bad: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let warnings = result.stderrLines.filter { $0.contains("warning") }
    #expect(warnings.count == bad.count, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    for path in bad {
      #expect(
        warnings.filter { $0.contains(path) }.count == 1, "no single warning names \(path)",
        sourceLocation: sourceLocation)
    }
    #expect(!result.stderr.contains("good.txt"), sourceLocation: sourceLocation)
  }

  /// `newsdesk ~/news` is how a newcomer names a folder: the error says to use --corpus.
  @Test func aFolderGivenWithoutCorpusSaysHowToGiveIt() throws {
    let result = try CLI.run(["corpus"])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("use --corpus corpus"), "stderr: \(result.stderr)")
    let unknown = try CLI.run(["no-such-folder-here"])
    #expect(unknown.status == 2)
    #expect(!unknown.stderr.contains("use --corpus"))
    #expect(unknown.stderr.contains("newsdesk --help"))
  }

  /// `newsdesk ask ""` is a slip, not a question: one line says so, and how to ask.
  @Test(arguments: [[""], ["  ", " "]])
  func anEmptyQuestionIsAUsageError(_ words: [String]) throws {
    let result = try CLI.run(["ask", "--corpus", CLI.fixtureArticlesPath] + words)
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("the question is empty"), "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func badFilesAreSkippedWithOneWarningEachAndTheRestAnswers() throws {
    let (scratch, bad) = try messyFolder()
    let result = try CLI.run(
      ["--corpus", scratch.path], stdin: "how much would the plan cost over five years?\n")
    #expect(result.status == 0)
    checkWarnings(result, bad: bad)
    #expect(result.stdout.contains("120 million"))
    #expect(result.stdout.contains("Quito council approves water plan"))
  }

  @Test func badFilesWithAskAndRun() throws {
    let (scratch, bad) = try messyFolder()
    let ask = try CLI.run([
      "ask", "--corpus", scratch.path, "--format", "json",
      "how much would the plan cost over five years?",
    ])
    #expect(ask.status == 0)
    checkWarnings(ask, bad: bad)
    #expect(
      try ContractAnswer.check(try #require(ask.stdoutLines.first)).answer?.contains("120 million")
        == true)
    let run = try CLI.run(
      ["run", "--corpus", scratch.path, "-"],
      stdin: "how much would the plan cost over five years?\n")
    #expect(run.status == 0)
    checkWarnings(run, bad: bad)
  }

  @Test func badFileNamedDirectlyIsAWarningNotAnError() throws {
    let (scratch, _) = try messyFolder()
    let result = try CLI.run(
      ["--corpus", scratch.path + "/binary.txt", "--corpus", "corpus"],
      stdin: "who did Rubio meet?\n")
    #expect(result.status == 0)
    #expect(result.stderrLines.filter { $0.contains("binary.txt") }.count == 1)
    #expect(result.stdout.contains("Noboa"))
  }

  @Test func noArticlesAtAllStillStartsTheShell() throws {
    let scratch = try Scratch()
    let input = """
      who did Rubio meet?
      :sources
      :load \(CLI.fixtureArticlesPath)
      how many workers joined the strike?

      """
    let result = try CLI.run(["--corpus", scratch.path], stdin: input)
    #expect(result.status == 0)
    let firstLine = try #require(result.stderrLines.first)
    #expect(firstLine.contains("no articles"))
    #expect(firstLine.contains(scratch.path))
    #expect(result.stderr.contains("No articles are loaded"))
    #expect(result.stdout.contains("2,500"))
  }

  /// `:show 1` and `:focus 1` before any article is loaded must say so, not crash.
  @Test(arguments: [":show 1", ":focus 1"])
  func articleCommandsWithNoArticles(_ command: String) throws {
    let scratch = try Scratch()
    let result = try CLI.run(["--corpus", scratch.path], stdin: command + "\n:sources\n")
    #expect(result.status == 0, "stderr: \(result.stderr.prefix(300))")
    #expect(result.stderr.contains("No article"))
  }

  static let oddQuestions: [String] = [
    String(repeating: "who did Rubio meet ", count: 5_300),  // about 100 KB
    "\u{1B}[31mwho\u{07} did \u{01}Rubio\u{7F} meet?\u{1B}[0m",
    "🎉🎉 who did Rubio meet? 👍🏽🇪🇨",
    "من التقى روبيو في الإكوادور؟",
    "את מי פגש רוביו באקוודור?",
    "?!?",
  ]

  @Test func oddQuestionsInJSON() throws {
    let input = ([""] + Self.oddQuestions).joined(separator: "\n") + "\n"
    #expect(input.utf8.count > 100_000)
    let result = try CLI.run(["--corpus", "corpus", "--format", "json"], stdin: input)
    #expect(result.status == 0)
    let lines = result.stdoutLines
    try #require(lines.count == Self.oddQuestions.count, "stdout: \(result.stdout.prefix(500))")
    let answers = try lines.map { try ContractAnswer.check($0) }
    #expect(answers[0].notice != nil)  // the long one was cut
    #expect(answers[0].question.utf8.count < 100_000)
    let controls = answers[1].question.unicodeScalars.filter {
      $0.properties.generalCategory == .control
    }
    #expect(controls.isEmpty)
    #expect(answers[1].sentence?.contains("Noboa") == true)
    #expect(answers[2].sentence?.contains("Noboa") == true)
    #expect(answers[3].question == Self.oddQuestions[3])
    #expect(answers[4].question == Self.oddQuestions[4])
    #expect(answers[5].abstained)
  }

  @Test func oddQuestionsInText() throws {
    let input = ([""] + Self.oddQuestions).joined(separator: "\n") + "\n"
    let result = try CLI.run(["--corpus", "corpus"], stdin: input)
    #expect(result.status == 0)
    #expect(result.textReplies.count == Self.oddQuestions.count)
    #expect(result.stdout.contains("Your question was cut"))
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("\u{07}"))
  }

  @Test func nulAndInvalidUTF8OnStdin() throws {
    var input = Data("who did \0Rubio meet?\n".utf8)
    input += Data([0x77, 0x68, 0x6F, 0x20, 0xFF, 0xFE, 0x0A])  // "who " + invalid bytes
    input += Data("when was the base closed?\n".utf8)
    let result = try CLI.run(["--corpus", "corpus", "--format", "json"], stdinData: input)
    #expect(result.status == 0)
    let answers = try result.stdoutLines.map { try ContractAnswer.check($0) }
    #expect(answers.count == 3)
    #expect(answers.last?.answer == "2009")
  }
}
