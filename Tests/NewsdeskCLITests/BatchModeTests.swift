import Foundation
import Testing

/// `newsdesk` with stdin not a terminal: no prompt, one answer per question line.
@Suite struct BatchModeTests {
  @Test func whoDidRubioMeetNamesNoboaAndCitesTheArticle() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: "who did Rubio meet?\n")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let replies = result.textReplies
    #expect(replies.count == 1)
    let sentenceLine = try #require(result.stdoutLines.first { $0.hasPrefix("  “") })
    #expect(sentenceLine.contains("Noboa"))
    let citation = try #require(result.stdoutLines.last)
    #expect(citation.contains(CLI.seedTitle))
    #expect(citation.contains("2025-09-04"))
    #expect(!result.stdout.contains("newsdesk>"))
    #expect(!result.stdout.contains("newsdesk "))  // no banner either
  }

  @Test func severalQuestionsGetSeveralAnswersInOrder() throws {
    let input = """
      who did Rubio meet?
      when was the base closed?
      how many people were killed in the boat operation?

      """
    let result = try CLI.run(["--corpus", "corpus"], stdin: input)
    #expect(result.status == 0)
    let replies = result.textReplies
    try #require(replies.count == 3)
    #expect(replies[0].contains("Noboa"))
    #expect(replies[1].contains("2009"))
    #expect(replies[2].contains("11"))
    #expect(replies.allSatisfy { $0.contains("2025-09-04") })
  }

  @Test func lastLineWithoutNewlineIsAnswered() throws {
    let result = try CLI.run(
      ["--corpus", "corpus"], stdin: "who did Rubio meet?\nwhen was the base closed?")
    #expect(result.textReplies.count == 2)
    #expect(result.textReplies.last?.contains("2009") == true)
  }

  @Test func emptyLinesAndCommentsAreIgnored() throws {
    let plain = try CLI.run(["--corpus", "corpus"], stdin: "who did Rubio meet?\n")
    let padded = try CLI.run(
      ["--corpus", "corpus"], stdin: "\n\n   \n\t\n# a comment\nwho did Rubio meet?\n\n\r\n\n")
    #expect(padded.status == 0)
    #expect(padded.stderr == "")
    #expect(padded.stdout == plain.stdout)
    #expect(padded.textReplies.count == 1)
  }

  @Test func sourcesAndWhyWork() throws {
    let result = try CLI.run(
      ["--corpus", "corpus"], stdin: ":sources\nwho did Rubio meet?\n:why\n")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let lines = result.stdoutLines
    let sources = try #require(
      lines.firstIndex { $0.contains("2025-09-04") && $0.contains("sentences") })
    #expect(lines[sources].contains(CLI.seedTitle))
    #expect(lines[sources].trimmingCharacters(in: .whitespaces).hasPrefix("1."))
    let question = try #require(lines.firstIndex { $0.hasPrefix("Question: who did Rubio meet?") })
    #expect(sources < question)
    let why = lines[question...].joined(separator: "\n")
    #expect(why.contains("expects: PERSON"))
    #expect(why.contains("search terms: rubio, meet"))
    #expect(why.contains("Top sentences:"))
    #expect(why.contains("[1:2]"), "candidates cite as :show takes them")
  }

  @Test func whyBeforeAnyQuestion() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: ":why\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("No question yet."))
  }

  @Test func helpListsTheCommands() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: ":help\n")
    #expect(result.status == 0)
    for command in [":help", ":sources", ":show N", ":load PATH", ":why", ":reset", ":quit"] {
      #expect(result.stdout.contains(command), "help does not list \(command)")
    }
  }

  @Test func showPrintsNumberedSentences() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: ":show 1\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("  2. Rubio will meet Ecuador's President Daniel Noboa"))
    #expect(result.stdout.contains("2025-09-04"))
  }

  @Test func showOfAMissingArticleIsAnError() throws {
    let result = try CLI.run(
      ["--corpus", "corpus"], stdin: ":show 9\n:show\nwho did Rubio meet?\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains("No article"))
    #expect(result.textReplies.count == 1)
  }

  @Test func unknownCommandIsReportedAndTheSessionGoesOn() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: ":frobnicate\nwho did Rubio meet?\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains(":frobnicate"))
    #expect(result.textReplies.count == 1)
  }

  @Test func quitStopsReading() throws {
    let result = try CLI.run(
      ["--corpus", "corpus"], stdin: "who did Rubio meet?\n:quit\nwhen was the base closed?\n")
    #expect(result.status == 0)
    #expect(result.textReplies.count == 1)
    #expect(!result.stdout.contains("2009"))
  }

  @Test func loadAddsArticlesWhileRunning() throws {
    let input = """
      how many workers joined the strike?
      :load \(CLI.fixtureArticlesPath)
      how many workers joined the strike?
      :sources

      """
    let result = try CLI.run(["--corpus", "corpus"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Loaded 3 articles"))
    let replies = result.textReplies
    try #require(replies.count == 2)
    #expect(!replies[0].contains("2,500"))
    #expect(replies[1].contains("2,500"))
    #expect(replies[1].contains("Dockworkers strike at the port of Callao"))
    #expect(result.stdout.contains("   4. "))
  }

  @Test func loadOfAMissingPathIsAnErrorNotAnExit() throws {
    let result = try CLI.run(
      ["--corpus", "corpus"], stdin: ":load /no/such/folder\nwho did Rubio meet?\n")
    #expect(result.status == 0)
    #expect(result.stderr.contains("newsdesk: no such file or folder: /no/such/folder"))
    #expect(result.textReplies.count == 1)
  }

  @Test func focusRestrictsAndOffRestores() throws {
    let input = """
      :focus quito-water-plan
      who did Rubio meet?
      :focus off
      who did Rubio meet?

      """
    let result = try CLI.run(
      ["--corpus", "corpus", "--corpus", CLI.fixtureArticlesPath], stdin: input)
    #expect(result.status == 0)
    let replies = result.textReplies
    try #require(replies.count == 2)
    #expect(!replies[0].contains("2025-09-04"))
    #expect(replies[1].contains("Noboa"))
  }

  @Test func jsonFormatInBatchMode() throws {
    let result = try CLI.run(
      ["--corpus", "corpus", "--format", "json"],
      stdin: ":sources\nwho did Rubio meet?\n:why\nwhen was the base closed?\n")
    #expect(result.status == 0)
    let lines = result.stdoutLines
    try #require(lines.count == 2)
    #expect(try ContractAnswer.check(lines[0]).question == "who did Rubio meet?")
    #expect(try ContractAnswer.check(lines[1]).answer == "2009")
    // Command output goes to stderr in JSON mode.
    #expect(result.stderr.contains("Question: who did Rubio meet?"))
  }

  @Test func defaultCorpusIsNewsdeskCorpusThenDotSlashCorpus() throws {
    let fromCurrentFolder = try CLI.run([], stdin: "who did Rubio meet?\n")
    #expect(fromCurrentFolder.status == 0)
    #expect(fromCurrentFolder.stdout.contains("Noboa"))
    let fromVariable = try CLI.run(
      [], stdin: "how many workers joined the strike?\n",
      extraEnvironment: ["NEWSDESK_CORPUS": CLI.fixtureArticlesPath])
    #expect(fromVariable.status == 0)
    #expect(fromVariable.stdout.contains("2,500"))
  }
}
