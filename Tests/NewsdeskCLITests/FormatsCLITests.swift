import Foundation
import Testing

/// `--formats` from the command line, and `:sources` naming each article's format.
@Suite struct FormatsCLITests {
  static let feeds = "Tests/Scripts/fixtures/formats/feeds"

  @Test func anUnknownFormatIsOneLineThatListsTheKnownOnes() throws {
    let result = try CLI.run(["ask", "--corpus", "corpus", "--formats", "txt,pdf", "who?"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    let errors = result.stderrLines.filter { $0.contains("--formats") }
    #expect(errors.count == 1)
    #expect(errors.first?.contains("\"pdf\"") == true)
    #expect(errors.first?.contains("jsonl") == true)
  }

  @Test func formatsRestrictAFolderLoad() throws {
    let scratch = try Scratch()
    try scratch.write("corpus/story.txt", "The mayor opened the library on Friday.")
    try scratch.write(
      "corpus/export.jsonl", "{\"body\": \"The governor closed the bridge on Monday.\"}\n")
    let all = try CLI.run(
      ["--corpus", scratch.path + "/corpus", "--no-cache"], stdin: ":sources\n")
    let text = try CLI.run(
      ["--corpus", scratch.path + "/corpus", "--no-cache", "--formats", "txt"], stdin: ":sources\n")
    #expect(all.stdout.contains("JSON Lines"))
    #expect(all.stdout.contains("text"))
    #expect(!text.stdout.contains("JSON Lines"))
    #expect(text.stdout.contains("The mayor opened the library"))
  }

  @Test func sourcesNameTheFormatAndMarkSummaries() throws {
    let result = try CLI.run(["--corpus", Self.feeds, "--no-cache"], stdin: ":sources\n:show 5\n")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let listed = lines.filter { $0.contains(" sentence") }
    #expect(listed.filter { $0.contains(" Atom ") }.count == 3)
    #expect(listed.filter { $0.contains(" RSS ") }.count == 2)
    #expect(lines.contains { $0.contains("Potosí silver mine to reopen (summary only)") })
    // :show gives the item's link, its format and that it is a summary.
    #expect(
      result.stdout.contains("RSS · summary only · https://valle-wire.example/2025/07/potosi-mine"))
    // The item with no text is named once on stderr, as part of a file that loaded.
    #expect(result.stderrLines.filter { $0.contains("item 3") }.count == 1)
  }

  @Test func jsonCitationsGiveTheFormatAndTheLink() throws {
    let result = try CLI.run([
      "ask", "--corpus", Self.feeds, "--no-cache", "--format", "json", "who saved two penalties?",
    ])
    #expect(
      result.stdout.contains("\"format\":\"Atom\"")
        || result.stdout.contains("\"format\": \"Atom\""))
    #expect(result.stdout.contains("https://league-desk.example/2025/05/cup-final"))
  }
}
