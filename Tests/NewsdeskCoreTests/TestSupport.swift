import Foundation
import Testing

@testable import NewsdeskCore

/// Paths and builders the component tests share.
enum TestSupport {
  /// The repository root, found from this file's own path.
  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // NewsdeskCoreTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static var seedArticlePath: String {
    repositoryRoot.appendingPathComponent("corpus/2025-09-04-rubio-ecuador-security-visit.txt").path
  }

  static var fixtureArticlesPath: String {
    repositoryRoot.appendingPathComponent("Tests/Fixtures/articles").path
  }

  /// The extractor's candidates for a question over one sentence, every question term
  /// weighing the same: with the sentence's parse when `parse` is set (the parse-reading
  /// rules need it), with the next sentence when a quote may run on, and without the rules
  /// named in `without`.
  static func candidates(
    _ question: String, in sentence: String, parse: Bool = false, next: String? = nil,
    without: Set<String> = []
  ) -> [ShortAnswerExtractor.Candidate] {
    let analysis = QuestionAnalyzer().analyze(question)
    var analyzer = TermAnalyzer()
    var weights: [String: Double] = [:]
    for term in analysis.terms { weights[term] = 1 }
    let context = ShortAnswerExtractor.QuestionContext(analysis: analysis, termWeights: weights)
    return ShortAnswerExtractor(disabledRules: without).candidates(
      in: sentence, context: context, analyzer: &analyzer, nextSentence: next,
      annotated: parse ? SentenceAnnotator.standard?.annotate(sentence) : nil)
  }

  /// The extractor's best short answer to a question in one sentence.
  static func bestAnswer(_ question: String, in sentence: String) -> String? {
    candidates(question, in: sentence).first?.text
  }

  /// An article built in memory from its body, split the way the reader splits files.
  static func article(
    id: String, title: String? = nil, date: CalendarDate? = nil, body: String
  ) -> Article {
    let spans = SentenceSplitter().split(body)
    return Article(
      id: id, title: title ?? id, date: date, source: nil, path: "/memory/\(id).txt", body: body,
      sentences: ArticleReader.locations(of: spans, in: body))
  }
}

/// A fresh folder under the system temporary folder, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
  let path: String

  init(_ label: String = "newsdesk-tests") throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  deinit {
    // Restore permissions first so a chmod 000 file cannot block the clean-up.
    if let names = FileManager.default.subpaths(atPath: path) {
      for name in names { chmod(path + "/" + name, 0o755) }
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `text` (UTF-8) to `name`, creating folders on the way; returns the full path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, data: Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, data: Data) throws -> String {
    let full = path + "/" + name
    let folder = (full as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: full, contents: data) else {
      throw CocoaError(.fileWriteUnknown)
    }
    return full
  }

  func makeFolder(_ name: String) throws -> String {
    let full = path + "/" + name
    try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
    return full
  }
}

/// A rule's case on one invented sentence: the answer the best candidate must hold, and the
/// rule that must have fired for some candidate (read with the sentence's parse).
struct RuleCase: CustomTestStringConvertible, Sendable {
  var question: String
  var sentence: String
  var answer: String
  var rule: String
  var testDescription: String { "\(rule): \(question)" }

  func check() throws {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    let best = try #require(all.first)
    #expect(best.text.contains(answer), "\(best.trace.summary)")
    let fired = all.contains { candidate in candidate.firings.contains { $0.rule == rule } }
    #expect(fired, "\(all.map(\.trace.summary))")
  }
}
