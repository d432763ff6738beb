import Foundation
import Testing

/// `--explain` and `:why` show the rules that scored the short answer.
@Suite struct ExplainTests {
  @Test func jsonCarriesTheTraceUnderExplain() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--format", "json", "--explain", "who did Rubio meet?",
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    try #require(result.stdoutLines.count == 1)
    let line = result.stdoutLines[0]
    _ = try ContractAnswer.check(line)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let trace = try #require(object["trace"] as? [String: Any])
    let chosen = try #require(trace["chosen"] as? [String: Any])
    #expect(chosen["answer"] as? String == object["answer"] as? String)
    let rules = try #require(chosen["rules"] as? [[String: Any]])
    let names = rules.compactMap { $0["rule"] as? String }
    #expect(Array(names.prefix(3)) == ["spanFit", "nearness", "length"])
    // "Rubio will meet … Daniel Noboa": the object after the question's verb.
    #expect(names.contains("verbRole"))
    let product = rules.compactMap { $0["factor"] as? Double }.reduce(1, *)
    let score = try #require(chosen["score"] as? Double)
    #expect(abs(product - score) < 1e-9)
    // The confidence's path ends at the figure the answer gives.
    let steps = try #require(trace["confidence"] as? [[String: Any]])
    #expect(steps.first?["check"] as? String == "coverage")
    #expect(steps.last?["check"] as? String == "calibrated")
    #expect(steps.last?["confidence"] as? Double == object["confidence"] as? Double)
  }

  /// `newsdesk test --format json --explain`: each case's answer carries its trace too.
  @Test func testCasesCarryTheTraceUnderExplain() throws {
    let result = try CLI.run([
      "test", "--corpus", "corpus", "--format", "json", "--explain", "Tests/Scripts/examples.qa",
    ])
    #expect(result.status == 0)
    let cases = result.stdoutLines.filter { $0.contains("\"type\":\"case\"") }
    #expect(!cases.isEmpty)
    #expect(cases.allSatisfy { $0.contains("\"trace\":{\"chosen\":") })
  }

  @Test func noTraceWithoutExplain() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--format", "json", "who did Rubio meet?",
    ])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\"trace\""))
  }

  @Test func textShowsTheRulesAfterTheAnswer() throws {
    let result = try CLI.run(["ask", "--corpus", "corpus", "--explain", "who did Rubio meet?"])
    #expect(result.status == 0)
    let rules = try #require(result.stdoutLines.first { $0.contains("rules for “") })
    #expect(rules.contains("verbRole ×1.5"))
  }

  @Test func whyShowsTheRules() throws {
    let result = try CLI.run(["--corpus", "corpus"], stdin: "who did Rubio meet?\n:why\n")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let question = try #require(
      result.stdoutLines.firstIndex { $0.hasPrefix("Question: who did Rubio meet?") })
    let why = result.stdoutLines[question...].joined(separator: "\n")
    #expect(why.contains("rules for “Daniel Noboa”"))
    #expect(why.contains("runner-up “"))
    #expect(why.contains("confidence: coverage "))
  }

  /// A person the sentence gives another role than the one asked: the trace shows the check
  /// that declined it.
  @Test func theDecliningCheckIsInTheTrace() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--explain", "who is Mexico's president?",
    ])
    #expect(result.status == 0)
    let path = try #require(result.stdoutLines.first { $0.contains("confidence: coverage") })
    #expect(path.hasSuffix("otherRole 0.06"))
  }
}
