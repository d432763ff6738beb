import Foundation
import Testing

@testable import NewsdeskCore

/// The precision and coverage a script run reports, and how its abstention cases fared.
@Suite struct QAAnsweringTallyTests {
  @Test func precisionAndCoverageCountOnlyQuestionsWithExpectations() throws {
    // Right answer; wrong answer; a decline where one was expected; a decline where an
    // answer was expected; a question with no expectation (not counted).
    let text = """
      who did Rubio meet?
      = Noboa

      who did Rubio meet?
      = Correa

      what is the capital of France?
      !

      what is the population of Peru?
      = two million

      who did Rubio meet?

      """
    let script = try QAScriptParser().parse(text, path: "t.qa").get()
    var ran = QAScriptRunner(session: try QAScriptRunnerTests.session()).run(script)
    // Whatever this build answers, the run is set to: answered, answered, declined,
    // declined, answered (what is tallied is the point here, not what newsdesk said).
    for (index, abstained) in [false, false, true, true, false].enumerated() {
      ran.cases[index].answer.abstained = abstained
    }
    ran.cases[0].unmet = []
    ran.cases[1].unmet = ran.cases[1].testCase.expectations
    ran.cases[2].unmet = []
    ran.cases[3].unmet = ran.cases[3].testCase.expectations
    let tally = QAAnsweringTally(ran.cases)
    #expect(tally.questions == 4)
    #expect(tally.answered == 2)
    #expect(tally.answeredRight == 1)
    #expect(tally.precision == 0.5)
    #expect(tally.coverage == 0.5)
    #expect(tally.expectedAbstentions == 1)
    #expect(tally.abstainedWhenExpected == 1)
    #expect(
      tally.line == "answered 2 of 4 (50.0 %), 1 right (50.0 %); declined 1 of the 1 it should")
    let summary = QAJSONReport.summaryObject(QARunSummary(files: [ran])).serialized()
    #expect(
      summary.contains(
        "\"answering\":{\"questions\":4,\"answered\":2,\"answeredRight\":1,\"precision\":0.5,\"coverage\":0.5,\"expectedAbstentions\":1,\"abstainedWhenExpected\":1}"
      ))
  }

  @Test func aRunWithNothingToCheckHasNoPrecisionOrCoverage() {
    let tally = QAAnsweringTally([])
    #expect(tally.precision == nil)
    #expect(tally.coverage == nil)
    #expect(tally.line == "answered 0 of 0 (–), 0 right (–)")
  }
}
