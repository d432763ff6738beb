import Foundation
import Testing

@testable import NewsdeskCore

/// Scale must not change answers: golden questions about the seed article, asked with the
/// seed article inside a generated archive of 2,000 others (written by
/// ../shared/bench/make_corpus.py, whose text is learnt from the seed itself, so the archive
/// is full of near-miss sentences), cite the seed article with the right answer — loaded
/// cold, and again from the saved index.
@Suite(.needsWordNet) struct GoldenArchiveTests {
  static let generator = TestSupport.repositoryRoot
    .deletingLastPathComponent().appendingPathComponent("shared/bench/make_corpus.py").path

  static var canGenerate: Bool {
    FileManager.default.fileExists(atPath: generator)
      && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
  }

  static let seedID = "2025-09-04-rubio-ecuador-security-visit"

  /// Questions from Tests/Scripts/seed-golden.qa with the words their answer must hold.
  static let cases: [(question: String, answer: String)] = [
    ("who is Venezuela's interior minister?", "Diosdado Cabello"),
    ("who refused to renew the lease on the base?", "Rafael Correa"),
    ("which gang did the boat belong to?", "Tren de Aragua"),
    ("when was the base at Manta closed?", "2009"),
    ("how many people did the boat strike kill?", "11"),
    ("what share of the world's cocaine leaves from Ecuador?", "70 percent"),
    ("who might Noboa follow in the steps of?", "Bukele"),
  ]

  @Test(.enabled(if: canGenerate, "needs /usr/bin/python3 and ../shared/bench/make_corpus.py"))
  func goldenAnswersHoldInsideAGeneratedArchive() throws {
    let folder = try TemporaryFolder("newsdesk-golden-archive")
    let archive = folder.path + "/archive"
    let generate = Process()
    generate.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    generate.arguments = [Self.generator, archive, "--articles", "2000", "--seed", "7"]
    generate.standardOutput = FileHandle.nullDevice
    try generate.run()
    generate.waitUntilExit()
    try #require(generate.terminationStatus == 0)
    try FileManager.default.copyItem(
      atPath: TestSupport.seedArticlePath, toPath: archive + "/\(Self.seedID).txt")

    var options = LoadOptions(cacheFolder: folder.path + "/cache")
    options.minimumCachedBytes = 0
    for start in ["cold", "warm"] {
      var session = NewsdeskSession()
      session.loadOptions = options
      let report = try session.load(paths: [archive])
      #expect(report.articlesAdded == 2_001)
      #expect(report.savedIndex == (start == "cold" ? .written : .used))
      for (question, answer) in Self.cases {
        let reply = session.ask(question)
        #expect(reply.evidence?.article.id == Self.seedID, "\(start): \(question)")
        #expect(
          AnswerNormalizer.normalize(reply.shortAnswer ?? "").contains(
            AnswerNormalizer.normalize(answer)),
          "\(start): \(question) → \(reply.shortAnswer ?? "(none)")")
      }
    }
  }
}
