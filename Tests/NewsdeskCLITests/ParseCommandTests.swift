import Foundation
import Testing

/// `newsdesk parse`: CoNLL-U out for text or CoNLL-U in; JSON with phrases and arguments;
/// one-line errors with status 2 for bad CoNLL-U and a missing model.
@Suite(.needsWordNet) struct ParseCommandTests {
  @Test func textBecomesCoNLLU() throws {
    let result = try CLI.run(
      ["parse"], stdin: "Police said gunmen attacked the convoy. It burned.\n")
    #expect(result.status == 0)
    let words = result.stdoutLines.filter { !$0.hasPrefix("#") && !$0.isEmpty }
    #expect(words.count == 10)
    for line in words {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(columns.count == 10)
      #expect(Int(columns[6]) != nil)
    }
    #expect(result.stdoutLines.filter { $0.hasPrefix("# text = ") }.count == 2)
    #expect(words[3].hasPrefix("4\tattacked\tattack\tVERB\tVBD"))
  }

  @Test func conlluInputKeepsItsTokens() throws {
    let input = "1\tNew\t_\t_\t_\t_\t_\t_\t_\t_\n2\tYork-based\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    let result = try CLI.run(["parse", "--conllu"], stdin: input)
    #expect(result.status == 0)
    let forms = result.stdoutLines.filter { !$0.hasPrefix("#") && !$0.isEmpty }.map {
      $0.split(separator: "\t")[1]
    }
    #expect(forms == ["New", "York-based"])
  }

  @Test func jsonHasPhrasesAndArguments() throws {
    let result = try CLI.run(
      ["parse", "--format", "json"], stdin: "The minister met the president in Quito.")
    #expect(result.status == 0)
    let data = Data(result.stdout.utf8)
    let parsed = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    let sentence = try #require(parsed?.first)
    #expect((sentence["tokens"] as? [Any])?.count == 8)
    let predicates = try #require(sentence["predicates"] as? [[String: Any]])
    let met = try #require(predicates.first { $0["lemma"] as? String == "meet" })
    #expect(met["subject"] as? String == "The minister")
    #expect(met["object"] as? String == "the president")
  }

  @Test func jsonHasEntitiesWithDatesResolvedAgainstTheArticleDate() throws {
    let result = try CLI.run(
      ["parse", "--format", "json", "--date", "2025-09-05"],
      stdin: "Ecuador's President Daniel Noboa paid $4.1bn on Thursday, up 12% in Quito.")
    #expect(result.status == 0)
    let parsed =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    let entities = try #require(parsed?.first?["entities"] as? [[String: Any]])
    let found = entities.map { "\($0["kind"] as? String ?? ""): \($0["text"] as? String ?? "")" }
    #expect(
      found == [
        "place: Ecuador", "person: Daniel Noboa", "money: $4.1bn", "date: Thursday",
        "percent: 12%", "place: Quito",
      ])
    let thursday = try #require(entities.first { $0["kind"] as? String == "date" })
    #expect(thursday["date"] as? String == "2025-09-04")
  }

  @Test func aDateThatIsNoDateIsOneLine() throws {
    let result = try CLI.run(["parse", "--format", "json", "--date", "5 Sept"], stdin: "Hello.")
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("YYYY-MM-DD"))
  }

  @Test func invalidCoNLLUNamesTheLine() throws {
    let input = "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tB\t_\t_\n"
    let result = try CLI.run(["parse", "--conllu"], stdin: input)
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("line 2"))
    #expect(result.stdout.isEmpty)
  }

  @Test func missingModelIsOneLineNamingMakeModel() throws {
    let result = try CLI.run(
      ["parse"], stdin: "Hello.", extraEnvironment: ["NEWSDESK_SYNTAX_MODEL": "/no/such/model"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "newsdesk: syntax model /no/such/model is missing; run 'make model' to rebuild it\n")
  }

  @Test(arguments: [
    "", "x", "!!!", "🚀🚀🚀", "HTTP://EXAMPLE.COM", "ALL CAPS HEADLINE HERE",
    String(repeating: "very ", count: 1_000) + "long.",
  ])
  func oddInputNeverCrashes(_ text: String) throws {
    let result = try CLI.run(["parse"], stdin: text)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }

  @Test func missingFile() throws {
    let result = try CLI.run(["parse", "/no/such/file.txt"])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "newsdesk: no such file or folder: /no/such/file.txt; "
        + "check the spelling, or give the full path\n")
  }
}

/// `:why` shows the parse of the chosen sentence.
@Suite struct WhyParseTests {
  @Test func whyShowsThePredicatesOfTheSentence() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: "who did Rubio meet?\n:why\n")
    #expect(result.status == 0)
    let lines = result.stdoutLines
    let parse = try #require(lines.first { $0.hasPrefix("  parse: ") })
    #expect(parse.contains("meet: subject Rubio"))
    #expect(parse.count <= 140)
  }
}
