import Foundation
import Testing

/// The shell as a newsroom demo meets it (issue 17), through piped input: bare commands,
/// searches, citations that `:show` opens, overviews, settings and bad input.
@Suite(.needsWordNet) struct ShellDemoTests {
  func shell(_ input: String, _ extra: [String] = []) throws -> CLIResult {
    try CLI.run(["--corpus", "corpus"] + extra, stdin: input)
  }

  @Test func bareHelpAndQuitAreCommands() throws {
    let result = try shell("help\nquit\nwho did Rubio meet?\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains(":sources"))
    #expect(!result.stdout.contains("— [1:"), "nothing after quit is answered")
    #expect(!result.stdout.contains("confidence"))
  }

  @Test func keywordsAreASearchGroupedByArticle() throws {
    let result = try shell("Noboa\n")
    #expect(result.stdout.contains("Sentences with Noboa"))
    #expect(result.stdout.contains("[1] " + CLI.seedTitle))
    #expect(!result.stdout.contains("confidence"), "a search is not a forced answer")
    #expect(!result.stdout.contains("**"))
  }

  /// A script's lines are questions: `run` answers a keyword line rather than searching.
  @Test func runAnswersKeywordLines() throws {
    let result = try CLI.run(
      ["run", "--corpus", "corpus", "--format", "json", "-"], stdin: "Noboa\n")
    let object = try CLI.jsonObject(result.stdoutLines[0])
    #expect(object["question"] as? String == "Noboa")
    #expect(object["search"] == nil)
  }

  @Test func citationsGiveArticleAndSentenceAndShowOpensThem() throws {
    let result = try shell("who did Rubio meet?\n:show 1:2\n")
    #expect(result.stdout.contains("— [1:2] "))
    #expect(result.stdout.contains("›  2. Rubio will meet"))
    #expect(result.stdout.contains("  4. "), "two sentences of context after")
    #expect(!result.stdout.contains("  5. "))
  }

  @Test func showTakesATitlePrefixAndAFileName() throws {
    let byTitle = try shell(":show us secretary of state\n")
    let byFile = try shell(":show 2025-09-04-rubio-ecuador-security-visit.txt\n")
    #expect(byTitle.stdout.contains("[1] " + CLI.seedTitle))
    #expect(byFile.stdout == byTitle.stdout)
  }

  /// Two copies of one article are told apart by file name in `:sources` and citations.
  @Test func sameTitlesShowTheirFileNames() throws {
    let scratch = try Scratch("newsdesk-copies")
    let text = "Port strike ends\n\nDockworkers in Callao ended their strike on Friday.\n"
    _ = try scratch.write("copy-a.txt", text)
    _ = try scratch.write("copy-b.txt", text)
    let result = try CLI.run(
      ["--corpus", scratch.path], stdin: ":sources\nwhen did the strike end?\n")
    #expect(result.stdout.contains("Port strike ends (copy-a.txt)"))
    #expect(result.stdout.contains("Port strike ends (copy-b.txt)"))
    #expect(result.stdout.contains("] Port strike ends (copy-"))
  }

  @Test func sourcesFilter() throws {
    let hit = try shell(":sources rubio\n")
    let miss = try shell(":sources zeppelin\n")
    #expect(hit.stdout.contains("   1. 2025-09-04"))
    #expect(miss.stdout.contains("No article's title, file name or date contains"))
  }

  @Test func overviewCommands() throws {
    let result = try shell(":people\n:places ecu\n:about 1\nwhat can I ask?\n")
    #expect(result.stdout.contains("Marco Rubio"))
    #expect(result.stdout.contains("Ecuador"))
    #expect(result.stdout.contains("Who "))
    #expect(result.stdout.contains("Questions these articles answer"))
  }

  /// Each bad input gives one line on stderr and the shell goes on to the next line.
  @Test(arguments: [
    ":show 999", ":show 3:999", ":show 1:999", ":set top -1", ":set threshold 2",
    ":set color purple", ":save /nonexistent/x.md", ":load /no/such/path", ":frobnicate",
    ":history -3", ":about 42",
  ])
  func badInputGivesOneLineAndGoesOn(_ line: String) throws {
    let result = try shell(line + "\n:set\n")
    #expect(result.status == 0)
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    #expect(result.stdout.contains("threshold"), "the shell went on")
  }

  @Test func setChangesAndShowsSettings() throws {
    let result = try shell(":set top 3\n:set threshold 0.9\n:set color off\n:set\n")
    #expect(result.stdout.contains("top        3"))
    #expect(result.stdout.contains("threshold  0.90"))
    #expect(result.stdout.contains("color      off"))
  }

  @Test func historyListsTheLinesTypedAndPagerOffIsASetting() throws {
    let result = try shell("who did Rubio meet?\n:pager off\n:history 2\n")
    #expect(result.stdout.contains("pager      off"))
    #expect(result.stdout.contains("    2  :pager off"))
    #expect(result.stdout.contains("    3  :history 2"))
    #expect(!result.stdout.contains("    1  who did Rubio meet?"), "only the last 2")
  }

  @Test func saveWritesMarkdownAndNeverReplacesAUsersFile() throws {
    let scratch = try Scratch("newsdesk-save")
    let path = scratch.path + "/notes.md"
    let result = try shell("who did Rubio meet?\n:save \(path)\n")
    #expect(result.stdout.contains("Saved 1 question"))
    let markdown = try String(contentsOfFile: path, encoding: .utf8)
    #expect(markdown.contains("## who did Rubio meet?"))
    #expect(markdown.contains("**"))
    #expect(markdown.contains("[1:2]"))
    #expect(markdown.contains("`2025-09-04-rubio-ecuador-security-visit.txt`"))
    let mine = try scratch.write("mine.md", "my own notes\n")
    let refused = try shell("who did Rubio meet?\n:save \(mine)\n")
    #expect(refused.stderr.contains("exists and is left alone"))
    #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my own notes\n")
  }

  @Test func jsonGivesTheHighlightAsOffsets() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--format", "json", "when was the base closed?",
    ])
    let object = try CLI.jsonObject(result.stdoutLines[0])
    let sentence = try #require(object["sentence"] as? String)
    let span = try #require(object["highlight"] as? [String: Int])
    let scalars = Array(sentence.unicodeScalars)
    let marked = String(String.UnicodeScalarView(scalars[span["start"]!..<span["end"]!]))
    #expect(marked == (object["answer"] as? String))
  }

  @Test func noCorpusSaysHowToGiveOneAndTheShellStarts() throws {
    let scratch = try Scratch("newsdesk-nocorpus")
    let result = try CLI.run(
      [], stdin: ":load \(CLI.corpusPath)\nwho did Rubio meet?\n",
      currentDirectory: scratch.path)
    #expect(result.status == 0)
    #expect(result.stderr.contains("--corpus PATH"))
    #expect(result.stderr.contains("NEWSDESK_CORPUS"))
    #expect(result.stdout.contains("Noboa"))
  }

  @Test func completionScripts() throws {
    for shell in ["bash", "zsh", "fish"] {
      let result = try CLI.run(["completions", shell])
      #expect(result.status == 0)
      #expect(result.stdout.contains("newsdesk"))
    }
  }
}
