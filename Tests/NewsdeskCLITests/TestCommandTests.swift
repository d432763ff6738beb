import Foundation
import FoundationXML
import Testing

/// `newsdesk test`: exit statuses, the failure report, bad files, --update, --junit, JSON;
/// and `newsdesk run --echo`. Questions are ones the seed article answers plainly, so the
/// tests follow the script format rather than the answer composer's current state.
@Suite(.needsWordNet) struct TestCommandTests {
  static let passing = """
    # passing
    ? who did Rubio meet?
    = Noboa
    @ 2025-09-04-rubio-ecuador-security-visit#2

    what is the capital of France?
    !

    """

  static let failing = """
    # one passes, one fails
    who did Rubio meet?
    = Noboa

    who did Rubio meet?
    = Correa
    !!

    """

  func test(_ arguments: [String]) throws -> CLIResult {
    try CLI.run(["test", "--corpus", CLI.corpusPath] + arguments)
  }

  @Test func passingScriptExitsZero() throws {
    let scratch = try Scratch()
    let path = try scratch.write("pass.qa", Self.passing)
    let result = try test([path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdoutLines.last == "2 passed, 0 failed")
    #expect(!result.stdout.contains("FAIL"))
    #expect(result.stderr.isEmpty)
  }

  @Test func failureNamesFileLineQuestionExpectedGotAndSentence() throws {
    let scratch = try Scratch()
    let path = try scratch.write("fail.qa", Self.failing)
    let result = try test([path])
    #expect(result.status == 1)
    #expect(result.stdoutLines.last == "1 passed, 1 failed")
    let lines = result.stdoutLines
    let start = try #require(
      lines.firstIndex(of: "FAIL \(path):5: who did Rubio meet?"), "\(result.stdout)")
    #expect(lines[start + 1] == "     expected = Correa (line 6)")
    #expect(lines[start + 2].hasPrefix("     got      \"") && lines[start + 2].contains("Noboa"))
    #expect(
      lines[start + 3].hasPrefix(
        "     cited    2025-09-04-rubio-ecuador-security-visit#2 “Rubio will meet"))
    // The passing question and the passing "!!" line are not reported.
    #expect(!result.stdout.contains("\(path):2:"))
    #expect(!result.stdout.contains("expected !!"))
    #expect(result.stdout.contains("by answer type:\n  PERSON  1 passed, 1 failed"))
    #expect(result.stdout.contains("by file:\n  \(path)  1 passed, 1 failed"))
  }

  @Test func verboseListsPassingAndSkippedQuestions() throws {
    let scratch = try Scratch()
    let path = try scratch.write("v.qa", Self.passing + "who refused to renew the lease?\n")
    let quiet = try test([path])
    #expect(quiet.status == 0)
    #expect(quiet.stdoutLines.last == "2 passed, 0 failed, 1 skipped")
    #expect(!quiet.stdout.contains("ok   "))
    let verbose = try test(["-v", path])
    #expect(verbose.stdoutLines.last == "2 passed, 0 failed, 1 skipped")
    #expect(
      verbose.stdoutLines.contains { $0.hasPrefix("ok   \(path):2: who did Rubio meet?  → ") })
    #expect(
      verbose.stdoutLines.contains {
        $0.hasPrefix("ok   \(path):6: what is the capital of France?  → (abstained)")
      })
    #expect(
      verbose.stdoutLines.contains {
        $0.hasPrefix("skip \(path):8: who refused to renew the lease?")
      })
  }

  @Test(arguments: [
    ("marker.qa", "who did Rubio meet?\n% Noboa\n", 2, "unknown marker '%'"),
    ("orphan.qa", "# no question yet\n= Noboa\n", 2, "has no question above it"),
    ("regex.qa", "who did Rubio meet?\n~ /(noboa/\n", 2, "invalid regex"),
  ])
  func malformedFileExitsTwoAndTheOthersStillRun(
    _ name: String, _ text: String, _ line: Int, _ message: String
  ) throws {
    let scratch = try Scratch()
    let bad = try scratch.write(name, text)
    let good = try scratch.write("good.qa", Self.failing)
    let result = try test([bad, good])
    #expect(result.status == 2)
    #expect(
      result.stderrLines.contains {
        $0.hasPrefix("\(bad):\(line): error: ") && $0.contains(message)
      }, "\(result.stderr)")
    #expect(result.stdout.contains("FAIL \(good):5: who did Rubio meet?"))
    #expect(result.stdout.contains("  \(bad)  not run: 1 error"))
    #expect(result.stdoutLines.last == "1 passed, 1 failed")
  }

  @Test func nonUTF8AndMissingFilesExitTwoAndTheOthersStillRun() throws {
    let scratch = try Scratch()
    let latin1 = try scratch.write(
      "latin1.qa", data: Data("who?\n= Caf".utf8) + Data([0xE9, 0x0A]))
    let good = try scratch.write("good.qa", Self.passing)
    let missing = scratch.path + "/missing.qa"
    let result = try test([latin1, missing, good])
    #expect(result.status == 2)
    #expect(result.stderrLines.contains("\(latin1):2: error: not UTF-8 text"), "\(result.stderr)")
    #expect(result.stderrLines.contains("\(missing): error: no such file or folder"))
    #expect(result.stdoutLines.last == "2 passed, 0 failed")
  }

  @Test func aFolderRunsItsScriptsButNotItsSubfolders() throws {
    let scratch = try Scratch()
    try scratch.write("a.qa", Self.passing)
    try scratch.write("pending/b.qa", Self.failing)
    let result = try test([scratch.path])
    #expect(result.status == 0)
    #expect(result.stdoutLines.last == "2 passed, 0 failed")
    #expect(!result.stdout.contains("b.qa"))
  }

  @Test func theProjectsScriptsPassAndPendingIsLeftOut() throws {
    let result = try CLI.run(["test", "Tests/Scripts"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("Tests/Scripts/examples.qa"))
    #expect(result.stdout.contains("Tests/Scripts/seed-golden.qa"))
    #expect(!result.stdout.contains("pending/"))
    #expect(result.stdoutLines.last?.hasSuffix(" passed, 0 failed") == true)
  }

  @Test func updateRewritesOnlyFailingAndNewQuestions() throws {
    let scratch = try Scratch()
    let original = """
      # a comment that stays

      who did Rubio meet?
      = Noboa
      # a passing case, untouched

      who did Rubio meet?
      = Correa
      !!

      what is the capital of France?
      = Paris

      when was the base closed?
      # new: no expectation yet
      """ + "\n"
    let path = try scratch.write("u.qa", original)
    let result = try test(["--update", path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("updated \(path): 3 questions"))
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    let before = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(Array(lines[0..<7]) == Array(before[0..<7]))
    #expect(lines[7].hasPrefix("= ") && lines[7].contains("Noboa"), "\(lines)")
    #expect(Array(lines[8..<11]) == ["!!", "", "what is the capital of France?"])
    #expect(lines[11] == "!")
    // A new question's expectations go directly under it, above the comment that followed.
    #expect(Array(lines[12..<14]) == ["", "when was the base closed?"])
    #expect(lines[14].hasPrefix("= "))
    #expect(lines[15].hasPrefix("@ 2025-09-04-rubio-ecuador-security-visit#"))
    #expect(Array(lines[16...]) == ["# new: no expectation yet", ""])
    let again = try test([path])
    #expect(again.status == 0)
    #expect(again.stdoutLines.last == "4 passed, 0 failed")
  }

  @Test func updateLeavesMalformedFilesAloneAndExitsTwo() throws {
    let scratch = try Scratch()
    let text = "who did Rubio meet?\n% x\n"
    let path = try scratch.write("bad.qa", text)
    let result = try test(["--update", path])
    #expect(result.status == 2)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
  }

  @Test func junitReportIsValidXML() throws {
    let scratch = try Scratch()
    let good = try scratch.write("good.qa", Self.failing)
    let bad = try scratch.write("bad.qa", "= orphan\n")
    let report = scratch.path + "/report.xml"
    let result = try test(["--junit", report, good, bad])
    #expect(result.status == 2)
    let data = try #require(FileManager.default.contents(atPath: report))
    let parser = XMLParser(data: data)
    let counter = ElementCounter()
    parser.delegate = counter
    #expect(parser.parse(), "\(String(decoding: data, as: UTF8.self))")
    #expect(counter.attributes["testsuites"]?["tests"] == "3")
    #expect(counter.attributes["testsuites"]?["failures"] == "1")
    #expect(counter.attributes["testsuites"]?["errors"] == "1")
    #expect(counter.counts["testsuite"] == 2)
    #expect(counter.counts["failure"] == 1)
    #expect(counter.counts["error"] == 1)
  }

  @Test func junitToAnUnwritablePathExitsTwo() throws {
    let scratch = try Scratch()
    let good = try scratch.write("good.qa", Self.passing)
    let result = try test(["--junit", scratch.path + "/no/such/folder/r.xml", good])
    #expect(result.status == 2)
    #expect(result.stderr.contains("r.xml"))
  }

  @Test func jsonGivesOneObjectPerCaseAndErrorThenASummary() throws {
    let scratch = try Scratch()
    let good = try scratch.write("good.qa", Self.failing)
    let bad = try scratch.write("bad.qa", "who?\n~ nope\n")
    let result = try test(["--format", "json", good, bad])
    #expect(result.status == 2)
    let objects = try result.stdoutLines.map { try CLI.jsonObject($0) }
    #expect(objects.map { $0["type"] as? String } == ["case", "case", "error", "summary"])
    #expect(objects[0]["status"] as? String == "passed")
    #expect(objects[1]["status"] as? String == "failed")
    #expect(objects[1]["line"] as? Int == 5)
    let got = try #require(objects[1]["got"] as? [String: Any])
    let gotLine = String(
      result.stdoutLines[1].split(separator: "\"got\":", maxSplits: 1)[1].dropLast())
    _ = try ContractAnswer.check(gotLine)
    #expect(got["question"] as? String == "who did Rubio meet?")
    #expect(objects[2]["file"] as? String == bad)
    #expect(objects[2]["line"] as? Int == 2)
    #expect(objects[3]["passed"] as? Int == 1)
    #expect(objects[3]["failed"] as? Int == 1)
    #expect(objects[3]["errors"] as? Int == 1)
    #expect((objects[3]["byFile"] as? [String: Any])?.keys.sorted() == [bad, good].sorted())
    #expect(!result.stdout.contains("passed, "))
  }

  @Test func runEchoPrintsEachQuestionBeforeItsAnswer() throws {
    let script = "# comment\nwho did Rubio meet?\n:reset\nwhen was the base closed?\n"
    let text = try CLI.run(["run", "--echo", "-"], stdin: script)
    #expect(text.status == 0)
    let lines = text.stdoutLines
    let first = try #require(lines.firstIndex(of: "> who did Rubio meet?"))
    let second = try #require(lines.firstIndex(of: "> when was the base closed?"))
    #expect(first == 0)
    #expect(lines[first + 1].contains("Noboa"))
    #expect(second > first + 1 && lines[second - 1] == "")
    #expect(lines[second + 1].contains("2009"))
    #expect(!text.stdout.contains("> # comment") && !text.stdout.contains("> :reset"))
    let plain = try CLI.run(["run", "--format", "json", "-"], stdin: script)
    let echoed = try CLI.run(["run", "--format", "json", "--echo", "-"], stdin: script)
    #expect(echoed.status == 0)
    #expect(echoed.stdout == plain.stdout)
  }
}

/// Counts elements and keeps the attributes of the last of each name.
final class ElementCounter: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]
  var attributes: [String: [String: String]] = [:]
  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    counts[name, default: 0] += 1
    self.attributes[name] = attributes
  }
}
