import Foundation
import Testing

@testable import NewsdeskCore

/// Archive-sized trouble, on small generated inputs: every case loads or is refused with a
/// clear reason, and none hangs or crashes.
@Suite struct CorpusReaderBadInputTests {
  @Test func aFileThatVanishesAfterBeingFoundIsSkippedWithAWarning() throws {
    let folder = try TemporaryFolder()
    for number in 0..<5 { try folder.write("a\(number).txt", "Article \(number) says hello.") }
    let found = try ArticleFileFinder().find(in: folder.path)
    try FileManager.default.removeItem(atPath: folder.path + "/a2.txt")
    let batches = CorpusReader(vocabulary: SharedVocabulary()).read(
      found.files, stamps: found.stamps)
    let outcomes = batches.flatMap(\.outcomes)
    #expect(outcomes.count == 5)
    guard case .skipped(let warning, _) = outcomes[2] else {
      Issue.record("the vanished file was not skipped")
      return
    }
    #expect(warning.path.hasSuffix("a2.txt"))
    #expect(warning.reason.contains("vanished"))
    #expect(outcomes.filter { if case .articles = $0 { true } else { false } }.count == 4)
  }

  @Test func thousandsOfFilesInOneFolderLoadInOrder() throws {
    let folder = try TemporaryFolder()
    let count = 3_000
    for number in 0..<count {
      try folder.write(String(format: "story-%05d.txt", number), "Story \(number) is here.")
    }
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect(report.articlesAdded == count)
    #expect(library.articles.first?.id == "story-00000")
    #expect(library.articles.last?.id == "story-02999")
    #expect(library.index.checkInvariants().isEmpty)
  }

  @Test func foldersNestedTooDeepAreReportedAndTheRestLoads() throws {
    let folder = try TemporaryFolder()
    var path = ""
    for level in 0..<(ArticleFileFinder.maximumDepth + 6) {
      path += "/level\(level)"
      if level % 10 == 0 {
        try folder.write(String(path.dropFirst()) + "/story.txt", "At level \(level).")
      }
    }
    try folder.write(String(path.dropFirst()) + "/deepest.txt", "Too deep to be read.")
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect(report.warnings.contains { $0.reason.contains("nested too deep") })
    #expect(report.articlesAdded == 7)
    #expect(!library.articles.contains { $0.id == "deepest" })
  }

  @Test func symbolicLinkLoopsLoadEachArticleOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/story.txt", "The story.")
    try folder.write("a/b/other.txt", "The other story.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/a/b/back", withDestinationPath: folder.path + "/a")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/a/self", withDestinationPath: folder.path + "/a/self")
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect(report.articlesAdded == 2)
  }

  @Test func aHugeFileIsRefusedWithoutReadingIt() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("dump.txt", "")
    // 200 MB that take no disk space: the reader must refuse it by its size alone.
    #expect(truncate(path, 200 * 1024 * 1024) == 0)
    try folder.write("fine.txt", "A fine article.")
    let start = ContinuousClock.now
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect((ContinuousClock.now - start).seconds < 5)
    #expect(report.articlesAdded == 1)
    let warning = try #require(report.warnings.first { $0.path == path })
    #expect(warning.reason.contains("larger than 64 MB"))
  }

  @Test func aPipeNamedLikeAnArticleNeverBlocks() throws {
    let folder = try TemporaryFolder()
    let pipe = folder.path + "/news.txt"
    #expect(mkfifo(pipe, 0o644) == 0)
    try folder.write("real.txt", "A real article.")
    var library = ArticleLibrary()
    // In a folder: not a regular file, so not an article.
    #expect(try library.load(paths: [folder.path]).articlesAdded == 1)
    // Named directly: refused, not waited on.
    let report = try library.load(paths: [pipe])
    #expect(report.articlesAdded == 0)
    #expect(report.warnings.first?.reason == "not a regular file")
  }

  @Test func aFolderNamedLikeAnArticleIsWalked() throws {
    let folder = try TemporaryFolder()
    try folder.write("odd.txt/inside.md", "# Inside\n\nThe article inside a folder named odd.txt.")
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect(report.articlesAdded == 1)
    #expect(library.articles.first?.title == "Inside")
  }
}
