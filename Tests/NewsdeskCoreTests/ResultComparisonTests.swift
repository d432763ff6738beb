import Foundation
import Testing

@testable import NewsdeskCore

/// Comparing two quality runs: what one change fixed and broke, set by set.
struct ResultComparisonTests {
  func result(_ id: String, _ set: String, _ right: Bool, _ score: Double) -> QuestionResult {
    QuestionResult(id: id, set: set, type: "person", right: right, score: score)
  }

  var before: [QuestionResult] {
    [
      result("a", "yardstick", false, 0.5),
      result("b", "yardstick", true, 1),
      result("c", "yardstick", true, 1),
      result("1", "news-dev", false, 0),
      result("gone", "news-dev", true, 1),
    ]
  }
  var after: [QuestionResult] {
    [
      result("a", "yardstick", true, 1),
      result("b", "yardstick", false, 0),
      result("c", "yardstick", true, 1),
      result("1", "news-dev", true, 1),
      result("new", "news-dev", false, 0),
    ]
  }

  @Test("Fixed, broken and net per set; unpaired questions are counted apart")
  func fixedAndBroken() throws {
    let comparison = ResultComparison(before: before, after: after)
    #expect(comparison.sets.map(\.set) == ["yardstick", "news-dev"])
    let yardstick = try #require(comparison.sets.first)
    #expect(yardstick.fixed.map(\.after.id) == ["a"])
    #expect(yardstick.broken.map(\.after.id) == ["b"])
    #expect(yardstick.net == 0)
    #expect(yardstick.paired == 3)
    // F1 went 2.5 → 2 over three questions.
    #expect(abs(yardstick.meanScoreChange - (-0.5 / 3)) < 1e-12)
    let news = try #require(comparison.sets.last)
    #expect(news.fixed.map(\.after.id) == ["1"])
    #expect(news.broken.isEmpty)
    #expect(news.net == 1)
    #expect(news.paired == 1)
    #expect(news.unpaired == 2)
  }

  @Test("The same set of ids in another set is another question")
  func setsKeepIDsApart() {
    let comparison = ResultComparison(
      before: [result("x", "trecqa-dev", false, 0)], after: [result("x", "trecqa-train", true, 1)])
    #expect(comparison.sets.allSatisfy { $0.fixed.isEmpty && $0.paired == 0 })
  }

  @Test("A result file reads back what it wrote, one result per line")
  func resultFileRoundTrip() throws {
    var results = after
    results[0].answer = "Denver \"Broncos\""
    results[0].rule = "type fits"
    let file = QualityResultFile(results: results)
    let text = try file.encoded()
    #expect(text.split(separator: "\n").count == results.count + 2)
    #expect(try QualityResultFile(decoding: Data(text.utf8)) == file)
  }

  @Test("Two saved result files compared: what the later run fixed and broke")
  func twoFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "result-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let beforePath = folder.appendingPathComponent("before.json").path
    let afterPath = folder.appendingPathComponent("after.json").path
    try """
    {"results": [
    {"id":"dev-1","right":false,"score":0.5,"set":"trecqa-dev","type":"DATE"},
    {"id":"dev-2","right":true,"score":1,"set":"trecqa-dev","type":"PERSON"}
    ]}
    """.write(toFile: beforePath, atomically: true, encoding: .utf8)
    try """
    {"results": [
    {"id":"dev-1","right":true,"score":1,"set":"trecqa-dev","type":"DATE"},
    {"id":"dev-2","right":true,"score":0.75,"set":"trecqa-dev","type":"PERSON"}
    ]}
    """.write(toFile: afterPath, atomically: true, encoding: .utf8)
    let comparison = ResultComparison(
      before: try QualityResultFile.read(from: beforePath).results,
      after: try QualityResultFile.read(from: afterPath).results)
    let dev = try #require(comparison.sets.first)
    #expect(dev.fixed.map(\.after.id) == ["dev-1"])
    #expect(dev.broken.isEmpty)
    #expect(dev.net == 1)
    // Average precision 1.5 → 1.75 over two questions.
    #expect(abs(dev.meanScoreChange - 0.125) < 1e-12)
  }

  @Test("A file that is not a result file is a one-line error naming it")
  func badFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "not-results-\(UUID().uuidString).json"
    ).path
    try "[1, 2".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: NewsdeskError.self) { try QualityResultFile.read(from: path) }
    #expect(throws: NewsdeskError.noSuchPath(path + ".missing")) {
      try QualityResultFile.read(from: path + ".missing")
    }
  }
}
