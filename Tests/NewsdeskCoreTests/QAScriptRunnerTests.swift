import Foundation
import Testing

@testable import NewsdeskCore

/// The runner: commands act on the session, problems name their line, and files do not leak
/// into each other.
@Suite struct QAScriptRunnerTests {
  static func session() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.seedArticlePath])
    return session
  }

  static func run(_ text: String, path: String = "t.qa", session: NewsdeskSession? = nil) throws
    -> QAFileResult
  {
    let script = try QAScriptParser().parse(text, path: path).get()
    return QAScriptRunner(session: try session ?? Self.session()).run(script)
  }

  @Test func casesAreCheckedInOrder() throws {
    let result = try Self.run(
      "who did Rubio meet?\n= Noboa\n\nwho did Rubio meet?\n= Correa\n\nwho did Rubio meet?\n")
    #expect(result.cases.map(\.status) == [.passed, .failed, .skipped])
    #expect(result.cases.map(\.testCase.line) == [1, 4, 7])
    #expect(result.cases[1].unmet.map(\.source) == ["= Correa"])
    #expect(result.tally == QATally(passed: 1, failed: 1, skipped: 1))
    #expect(result.errors.isEmpty)
  }

  @Test func focusAsksOnlyTheNamedArticle() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "port.txt", "The port of Guayaquil installed four container scanners on Wednesday.\n")
    try folder.write("t.qa", "")
    let text =
      ":load port.txt\n:focus port\nwho did Rubio meet?\n:focus off\nwho did Rubio meet?\n= Noboa\n"
    let result = try Self.run(text, path: folder.path + "/t.qa")
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(result.cases.count == 2)
    // Focused on the port article, the seed's answer cannot be cited.
    #expect(result.cases[0].answer.evidence.map { $0.article.id } ?? "port" == "port")
    #expect(result.cases[0].answer.shortAnswer?.contains("Noboa") != true)
    #expect(result.cases[1].status == .passed)
  }

  @Test func loadPathsAreTriedBesideTheScriptFirst() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "articles/port.txt", "The port of Guayaquil installed four container scanners on Wednesday.\n"
    )
    let result = try Self.run(
      ":load articles/port.txt\nhow many scanners did the port install?\n",
      path: folder.path + "/t.qa")
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(result.cases.first?.answer.evidence?.article.id == "port")
  }

  @Test func commandProblemsNameTheirLineAndTheRestStillRuns() throws {
    let result = try Self.run(
      "# start\n:load no/such/place\n:focus nowhere\nwho did Rubio meet?\n= Noboa\n")
    #expect(result.errors.map(\.line) == [2, 3])
    #expect(result.errors[0].message.contains("no such file or folder"))
    #expect(result.errors[1].message.contains("no loaded article 'nowhere'"))
    #expect(result.cases.map(\.status) == [.passed])
  }

  @Test func focusWithNoArticlesIsAnErrorNotACrash() throws {
    let result = try Self.run(":focus 1\nwho did Rubio meet?\n!\n", session: NewsdeskSession())
    #expect(result.errors.map(\.line) == [1])
    #expect(result.cases.map(\.status) == [.passed])
  }

  @Test func everyFileStartsFromTheSameSession() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "port.txt", "The port of Guayaquil installed four container scanners on Wednesday.\n")
    let runner = QAScriptRunner(session: try Self.session())
    let loading = try QAScriptParser().parse(
      ":load port.txt\n:focus port\nwho?\n", path: folder.path + "/a.qa"
    ).get()
    _ = runner.run(loading)
    let plain = try QAScriptParser().parse(":focus port\n", path: folder.path + "/b.qa").get()
    // The second file never loaded the port article, so it cannot focus on it.
    #expect(runner.run(plain).errors.map(\.line) == [1])
  }

  @Test func summaryCountsByTypeAndFileAndChoosesTheExitStatus() throws {
    let good = try Self.run("who did Rubio meet?\n= Noboa\n", path: "good.qa")
    let bad = try Self.run(
      "who did Rubio meet?\n= Correa\nwhen was the base closed?\n= 2009\n", path: "bad.qa")
    let broken = QAFileResult(
      path: "broken.qa", script: nil,
      errors: [QAScriptError(path: "broken.qa", line: 1, message: "x")])
    #expect(QARunSummary(files: [good]).exitStatus == 0)
    #expect(QARunSummary(files: [good, bad]).exitStatus == 1)
    let summary = QARunSummary(files: [good, bad, broken])
    #expect(summary.exitStatus == 2)
    #expect(summary.total == QATally(passed: 2, failed: 1))
    #expect(summary.errorCount == 1)
    #expect(summary.byFile.map(\.path) == ["good.qa", "bad.qa", "broken.qa"])
    #expect(summary.byFile.map(\.errors) == [0, 0, 1])
    let types = summary.byAnswerType.map(\.answerType)
    #expect(types == types.sorted())
    #expect(summary.byAnswerType.reduce(0) { $0 + $1.tally.total } == 3)
  }
}
