import Foundation
import Testing

/// Follow-up questions through the command line: text, JSON, `:why` and `:reset`.
@Suite(.needsWordNet) struct ConversationCLITests {
  @Test func firstFollowUpAsksWhatIsMeantThenFollowsTheConversation() throws {
    let input = "When?\nwho did Rubio meet?\nwhen?\n:why\n"
    let result = try CLI.run(["--corpus", "corpus"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdoutLines.first?.hasPrefix("What are you asking about?") == true)
    #expect(result.stdout.contains("Thursday (2025-09-04)"))
    #expect(result.stdout.contains("Follow-up: when? → When did Rubio meet Daniel Noboa?"))
  }

  @Test func jsonCarriesTheReadingTheSpeakerAndTheNotice() throws {
    let input = "when?\nwho warned of more US attacks?\nwhen?\nwhat did Rubio say?\n"
    let result = try CLI.run(["--corpus", "corpus", "--format", "json"], stdin: input)
    #expect(result.status == 0)
    let objects = try result.stdoutLines.map(CLI.jsonObject)
    try #require(objects.count == 4)
    #expect(objects[0]["answer"] is NSNull)
    #expect(objects[0]["abstained"] as? Bool == true)
    #expect((objects[0]["notice"] as? String)?.hasPrefix("What are you asking about?") == true)
    #expect(objects[1]["answer"] as? String == "Rubio")
    #expect(objects[2]["readAs"] as? String == "When did Rubio warn of more US attacks?")
    #expect(objects[2]["answer"] as? String == "Wednesday")
    #expect(objects[2]["answerDate"] as? String == "2025-09-03")
    #expect(objects[3]["answerType"] as? String == "QUOTE")
    #expect(objects[3]["speaker"] as? String == "Rubio")
  }

  @Test func whyListsWhatEachPronounBecameAndContextWhatTheyWouldMeanNow() throws {
    let input = ":context\nwho is Ecuador's interior minister?\nwhat did he say?\n:why\n:context\n"
    let result = try CLI.run(["--corpus", "corpus", "--no-color"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Nothing asked yet"))
    #expect(result.stdout.contains("Follow-up: what did he say? → what did John Reimberg say?"))
    #expect(
      result.stdoutLines.contains {
        $0.trimmingCharacters(in: .whitespaces) == "he → John Reimberg"
      })
    let context = try #require(result.stdoutLines.lastIndex { $0.hasPrefix("If you typed it now") })
    let rows = result.stdoutLines[(context + 1)...]
    #expect(rows.contains { $0.contains("“he”") && $0.contains("John Reimberg") })
    #expect(rows.contains { $0.contains("“then”") && $0.contains("(nothing yet)") })
  }

  @Test func jsonCarriesHowTheFollowUpWasReadAndWhatEachPronounBecame() throws {
    let input = "who is Ecuador's interior minister?\nwhat did he say?\nwhen?\n"
    let result = try CLI.run(["--corpus", "corpus", "--format", "json"], stdin: input)
    let objects = try result.stdoutLines.map(CLI.jsonObject)
    try #require(objects.count == 3)
    #expect(objects[0]["readShape"] == nil && objects[0]["readings"] == nil)
    #expect((objects[1]["readShape"] as? String)?.hasPrefix("words that refer back") == true)
    let readings = try #require(objects[1]["readings"] as? [[String: Any]])
    #expect(readings.first?["typed"] as? String == "he")
    #expect(readings.first?["readAs"] as? String == "John Reimberg")
    #expect((objects[2]["readShape"] as? String)?.hasPrefix("an ellipsis") == true)
  }

  @Test func contextNamesThePlaceAndTheTimeJustAnswered() throws {
    let input = "where will Rubio meet Noboa?\nwhen will Rubio meet Noboa?\n:context\n"
    let result = try CLI.run(["--corpus", "corpus", "--no-color"], stdin: input)
    let context = try #require(result.stdoutLines.lastIndex { $0.hasPrefix("If you typed it now") })
    let rows = result.stdoutLines[(context + 1)...]
    #expect(rows.contains { $0.contains("“there”") && $0.contains("Ecuador") })
    #expect(rows.contains { $0.contains("“then”") && $0.contains("Thursday") })
    #expect(rows.contains { $0.contains("“he”") && !$0.contains("(nothing yet)") })
    // A weekday answered is what "then" means, never what "it" means.
    #expect(rows.contains { $0.contains("“it”") && !$0.contains("Thursday") })
  }

  @Test func contextIsInTheHelpAndCompletes() throws {
    let result = try CLI.run(["--corpus", "corpus", "--no-color"], stdin: ":help\n")
    #expect(result.stdout.contains(":context"))
  }

  @Test func resetForgetsTheConversation() throws {
    let input = "who did Rubio meet?\n:reset\nwhen?\n"
    let result = try CLI.run(["--corpus", "corpus"], stdin: input)
    #expect(result.status == 0)
    #expect(result.stdoutLines.last?.hasPrefix("What are you asking about?") == true)
  }

  @Test func disagreeingArticlesAreShownNewestFirst() throws {
    let result = try CLI.run(
      ["--corpus", "Tests/Scripts/fixtures/guayaquil-strike"],
      stdin: "how many dockworkers went on strike?\n")
    #expect(result.status == 0)
    let differ = try #require(result.stdoutLines.firstIndex { $0.contains("Articles differ") })
    let rest = result.stdoutLines[(differ + 1)...].filter { $0.hasPrefix("  • ") }
    try #require(rest.count == 2)
    #expect(rest[0].contains("4,500") && rest[0].contains("2025-10-03"))
    #expect(rest[1].contains("3,000") && rest[1].contains("2025-10-01"))
  }

  @Test func disagreeingArticlesInJSON() throws {
    let result = try CLI.run(
      ["--corpus", "Tests/Scripts/fixtures/guayaquil-strike", "--format", "json"],
      stdin: "how many dockworkers went on strike?\nwho is the union leader?\n")
    let objects = try result.stdoutLines.map(CLI.jsonObject)
    try #require(objects.count == 2)
    let others = try #require(objects[0]["otherAnswers"] as? [[String: Any]])
    #expect(others.count == 1)
    let answers = Set([objects[0]["answer"] as? String, others.first?["answer"] as? String])
    #expect(answers == Set(["3,000", "4,500"]))
    let also = try #require(objects[1]["alsoCitedIn"] as? [[String: Any]])
    #expect(also.count == 1)
    #expect(objects[0]["otherAnswersRelation"] as? String == "disagreement")
  }

  /// A person's several roles are all true: they are listed as more descriptions, not as
  /// articles that contradict each other.
  @Test(.needsWordNet) func rolesOfOnePersonAreNotADisagreement() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: "who is Daniel Noboa?\n")
    #expect(result.status == 0)
    #expect(!result.stdout.contains("Articles differ"))
    let heading = try #require(
      result.stdoutLines.firstIndex { $0.contains("Also described as:") })
    let described = result.stdoutLines[(heading + 1)...].filter { $0.hasPrefix("  • ") }
    #expect(described.contains { $0.contains("businessman") })
    let json = try CLI.run(
      ["ask", "--corpus", "corpus", "--format", "json", "who is Daniel Noboa?"])
    let object = try CLI.jsonObject(json.stdout)
    #expect(object["otherAnswersRelation"] as? String == "moreDescriptions")
  }
}
