import Foundation
import Testing

@testable import NewsdeskCore

/// The short crash sweep `make test` runs: the golden scripts' questions asked of paragraphs
/// of the repository's own articles, one paragraph at a time, a seeded sample of the cross
/// product. Crashes of the kind issue 11 found hide in combinations of a question form and
/// a sentence shape that no single test names; a crash fails the whole run. The long sweep
/// over the shared data sets is Benchmarks/CrashSweep (`newsdesk-sweep`).
@Suite struct CrashSweepTests {
  static let pairs = 1_500
  static let seed: UInt64 = 11

  static func questions() throws -> [String] {
    let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/Scripts").path
    let names = try #require(FileManager.default.subpaths(atPath: folder)).filter {
      $0.hasSuffix(".qa")
    }.sorted()
    return try names.flatMap { name -> [String] in
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      guard case .success(let script) = QAScriptParser().parse(text, path: name) else {
        Issue.record("\(name) does not parse")
        return []
      }
      return script.cases.map(\.question)
    }
  }

  /// The articles' blank-line paragraphs, each with its date line when the article has one.
  static func paragraphs() throws -> [String] {
    let root = TestSupport.repositoryRoot.path
    var result: [String] = []
    for folder in [
      "corpus", "Tests/Fixtures/articles", "Tests/Scripts/articles", "Tests/Scripts/fixtures",
    ] {
      let path = root + "/" + folder
      for name in (FileManager.default.subpaths(atPath: path) ?? []).sorted()
      where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        let text = try String(contentsOfFile: path + "/" + name, encoding: .utf8)
        result += text.components(separatedBy: "\n\n").filter {
          $0.split(separator: " ").count >= 4
        }
      }
    }
    return result
  }

  @Test func goldenQuestionsOverOtherParagraphsNeverCrash() throws {
    let questions = try Self.questions()
    let paragraphs = try Self.paragraphs()
    try #require(questions.count > 100 && paragraphs.count > 20)
    var generator = SeededGenerator(seed: Self.seed)
    // By paragraph, a few questions each, in the order drawn: follow-ups ("When?") are read
    // against whatever came before.
    let perParagraph = Self.pairs / paragraphs.count + 1
    var asked = 0
    for paragraph in paragraphs {
      var session = NewsdeskSession()
      session.composer.options.threshold = 0
      session.addArticle(text: paragraph, id: "paragraph")
      for _ in 0..<perParagraph {
        let question = questions[Int(generator.next() % UInt64(questions.count))]
        let answer = session.ask(question)
        asked += 1
        // What every answer promises, whatever the pair: a highlight inside its sentence.
        if let evidence = answer.evidence, let highlight = evidence.highlight {
          #expect(highlight.upperBound <= evidence.sentence.utf8.count, "\(question)")
        }
        #expect(
          answer.abstained || answer.shortAnswer != nil || answer.analysis.answerType == .yesNo)
      }
    }
    #expect(asked >= Self.pairs)
  }
}
