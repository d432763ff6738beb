import Foundation
import Testing

/// The saved index from the command line: written to $XDG_CACHE_HOME/newsdesk, not with
/// --no-cache, refreshed by :reload, and a full disk is one warning, not a failure.
@Suite struct SavedIndexCLITests {
  /// A corpus over the size that gets a saved index (1 MB): filler articles and one with a
  /// known answer.
  static func makeCorpus(in scratch: Scratch) throws -> String {
    let words = ["harbour", "council", "budget", "storm", "engine", "river", "court", "market"]
    var random: UInt64 = 7
    for number in 0..<280 {
      var sentences: [String] = []
      for sentence in 0..<40 {
        let body = (0..<12).map { _ -> String in
          random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          return words[Int(random >> 33) % words.count]
        }
        sentences.append("Item \(number) \(sentence) " + body.joined(separator: " ") + ".")
      }
      try scratch.write(
        "corpus/filler/\(String(format: "%03d", number)).txt", sentences.joined(separator: " "))
    }
    try writeFact(in: scratch, name: "Elena Vargas")
    return scratch.path + "/corpus"
  }

  static func writeFact(in scratch: Scratch, name: String) throws {
    try scratch.write(
      "corpus/quito-port.txt",
      "date 2025-03-01 The harbour master of Quito is \(name). She took office in March.")
  }

  static let question = "who is the harbour master of Quito?"

  static func savedIndexes(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/newsdesk")) ?? [])
      .filter { $0.hasSuffix(".ndindex") }
  }

  @Test func theSavedIndexIsWrittenUsedAndSkippedWithNoCache() throws {
    let scratch = try Scratch()
    let corpus = try Self.makeCorpus(in: scratch)
    let cache = ["XDG_CACHE_HOME": scratch.path + "/cache"]
    let cold = try CLI.run(["ask", "--corpus", corpus, Self.question], extraEnvironment: cache)
    #expect(cold.status == 0)
    #expect(cold.stdout.contains("Elena Vargas"))
    #expect(Self.savedIndexes(in: scratch.path + "/cache").count == 1)
    let warm = try CLI.run(["ask", "--corpus", corpus, Self.question], extraEnvironment: cache)
    #expect(warm.stdout == cold.stdout)
    #expect(warm.stderr.isEmpty)

    let other = ["XDG_CACHE_HOME": scratch.path + "/other"]
    let uncached = try CLI.run(
      ["ask", "--no-cache", "--corpus", corpus, Self.question], extraEnvironment: other)
    #expect(uncached.stdout == cold.stdout)
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/other/newsdesk"))
  }

  @Test func reloadReadsAChangedArticle() throws {
    let scratch = try Scratch()
    let corpus = try Self.makeCorpus(in: scratch)
    let session = try ShellSession(
      ["--corpus", corpus], environment: ["XDG_CACHE_HOME": scratch.path + "/cache"])
    let before = try session.send(Self.question, until: "confidence")
    #expect(before.contains("Elena Vargas"))
    try Self.writeFact(in: scratch, name: "Pedro Alba")
    let reloaded = try session.send(":reload", until: "read again")
    #expect(reloaded.contains("1 file read again"))
    let after = try session.send(Self.question, until: "confidence")
    #expect(after.contains("Pedro Alba"))
    #expect(try session.finish() == 0)
  }

  @Test func aFullDiskIsOneWarningAndTheOldIndexStays() throws {
    let scratch = try Scratch()
    let corpus = try Self.makeCorpus(in: scratch)
    let cache = ["XDG_CACHE_HOME": scratch.path + "/cache"]
    _ = try CLI.run(["ask", "--corpus", corpus, Self.question], extraEnvironment: cache)
    let saved =
      scratch.path + "/cache/newsdesk/" + Self.savedIndexes(in: scratch.path + "/cache")[0]
    let before = try Data(contentsOf: URL(fileURLWithPath: saved))
    try Self.writeFact(in: scratch, name: "Pedro Alba")
    // A file-size limit makes every write past 64 KB fail, as a full disk does.
    let limited = try CLI.run(
      [
        "-c", "ulimit -f 64; exec \"$0\" \"$@\"", try CLI.binary(), "ask", "--corpus", corpus,
        Self.question,
      ],
      extraEnvironment: cache, executable: "/bin/sh")
    #expect(limited.status == 0)
    #expect(limited.stdout.contains("Pedro Alba"))
    let warnings = limited.stderrLines.filter { $0.contains("could not save the index") }
    #expect(warnings.count == 1)
    #expect(limited.stderrLines.count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: saved)) == before)
    #expect(Self.savedIndexes(in: scratch.path + "/cache").count == 1)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: scratch.path + "/cache/newsdesk")
    #expect(!leftovers.contains { $0.contains(".tmp-") })
  }
}
