import Foundation
import Testing

/// `newsdesk run FILE|-`: question scripts.
@Suite struct RunCommandTests {
  static let questions = [
    "who did Rubio meet?",
    "when was the base closed?",
    "how many workers joined the strike?",
    "how much would the plan cost over five years?",
    "zebra xylophone?",
  ]

  func script(loading path: String) -> String {
    """
    # A question script: comments, commands and questions.
    \(Self.questions[0])
    # the conversation is forgotten here
    :reset
    \(Self.questions[1])

    :load \(path)
       # an indented comment
    \(Self.questions[2])
    :why
    :sources
    \(Self.questions[3])
    \(Self.questions[4])

    """
  }

  func checkJSONOutput(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    #expect(result.status == 0, sourceLocation: sourceLocation)
    let lines = result.stdoutLines
    try #require(
      lines.count == Self.questions.count, "stdout: \(result.stdout)",
      sourceLocation: sourceLocation)
    let answers = try lines.map { try ContractAnswer.check($0, sourceLocation: sourceLocation) }
    #expect(answers.map(\.question) == Self.questions, sourceLocation: sourceLocation)
    for answer in answers {
      let candidates = try #require(
        answer.candidates, "no candidates with --top", sourceLocation: sourceLocation)
      #expect(candidates.count <= 5, sourceLocation: sourceLocation)
      for (previous, next) in zip(candidates, candidates.dropFirst()) {
        #expect(
          previous.score >= next.score, "candidates not best first", sourceLocation: sourceLocation)
      }
      for candidate in candidates {
        #expect(!candidate.sentence.isEmpty, sourceLocation: sourceLocation)
        #expect(candidate.sentenceIndex >= 1, sourceLocation: sourceLocation)
        #expect(
          !candidate.article.id.isEmpty && !candidate.article.path.isEmpty,
          sourceLocation: sourceLocation)
      }
    }
    #expect(answers[0].sentence?.contains("Noboa") == true, sourceLocation: sourceLocation)
    #expect(answers[1].answer == "2009", sourceLocation: sourceLocation)
    #expect(answers[2].sentence?.contains("2,500") == true, sourceLocation: sourceLocation)
    #expect(answers[2].article?.id == "callao-dockworkers-strike", sourceLocation: sourceLocation)
    #expect(answers[2].article?.date == "2025-03-18", sourceLocation: sourceLocation)
    #expect(
      answers[3].article?.title == "Quito council approves water plan",
      sourceLocation: sourceLocation)
    #expect(
      answers[4].abstained && answers[4].candidates?.isEmpty == true, sourceLocation: sourceLocation
    )
  }

  @Test func jsonScriptFileGivesOneObjectPerQuestion() throws {
    let scratch = try Scratch()
    let path = try scratch.write("questions.qa", script(loading: CLI.fixtureArticlesPath))
    let result = try CLI.run(["run", "--corpus", "corpus", "--format", "json", "--top", "5", path])
    try checkJSONOutput(result)
    // Command output (":load", ":why", ":sources") stays off stdout in JSON mode.
    #expect(result.stderr.contains("Loaded 3 articles"))
  }

  @Test func dashReadsTheScriptFromStdin() throws {
    let text = script(loading: CLI.fixtureArticlesPath)
    let result = try CLI.run(
      ["run", "--corpus", "corpus", "--format", "json", "--top", "5", "-"], stdin: text)
    try checkJSONOutput(result)
    let scratch = try Scratch()
    let path = try scratch.write("same.qa", text)
    let fromFile = try CLI.run([
      "run", "--corpus", "corpus", "--format", "json", "--top", "5", path,
    ])
    #expect(fromFile.stdout == result.stdout)
  }

  @Test func relativeLoadIsResolvedAgainstTheScriptsFolder() throws {
    let scratch = try Scratch()
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path + "/fixture-articles", withDestinationPath: CLI.fixtureArticlesPath)
    let path = try scratch.write("questions.qa", script(loading: "fixture-articles"))
    let result = try CLI.run(["run", "--corpus", "corpus", "--format", "json", "--top", "5", path])
    try checkJSONOutput(result)
  }

  @Test func textScript() throws {
    let scratch = try Scratch()
    let path = try scratch.write("questions.qa", script(loading: CLI.fixtureArticlesPath))
    let result = try CLI.run(["run", "--corpus", "corpus", path])
    #expect(result.status == 0)
    #expect(result.textReplies.count == Self.questions.count)
    #expect(result.stdout.contains("The conversation is forgotten"))
    #expect(result.stdout.contains("Loaded 3 articles"))
  }

  @Test func crlfScript() throws {
    let scratch = try Scratch()
    let path = try scratch.write(
      "dos.qa", "# comment\r\nwho did Rubio meet?\r\n\r\nwhen was the base closed?\r\n")
    let result = try CLI.run(["run", "--corpus", "corpus", "--format", "json", path])
    #expect(result.status == 0)
    let answers = try result.stdoutLines.map { try ContractAnswer.check($0) }
    #expect(answers.map(\.question) == ["who did Rubio meet?", "when was the base closed?"])
  }

  @Test func quitEndsTheScript() throws {
    let result = try CLI.run(
      ["run", "--corpus", "corpus", "--format", "json", "-"],
      stdin: "who did Rubio meet?\n:quit\nwhen was the base closed?\n")
    #expect(result.status == 0)
    #expect(result.stdoutLines.count == 1)
  }

  @Test func emptyScript() throws {
    let result = try CLI.run(["run", "--corpus", "corpus", "--format", "json", "-"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout == "")
  }
}
