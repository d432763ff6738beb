import Foundation
import Testing

@testable import NewsdeskCore

@Suite struct ArticleFileFinderTests {
  @Test func findsTextAndMarkdownRecursivelyInSortedOrder() throws {
    let folder = try TemporaryFolder()
    for name in [
      "b.md", "a.txt", "c.markdown", "d.json", "README", "notes.TXT.bak", "G.TXT", "sub/e.txt",
      "sub/deeper/f.md", "sub/deeper/g.pdf", ".hidden.txt", ".drafts/x.txt", "sub/.secret.md",
    ] {
      try folder.write(name, "Some text.")
    }
    let found = try ArticleFileFinder().find(in: folder.path)
    let relative = found.files.map { String($0.dropFirst(folder.path.count + 1)) }
    #expect(relative == ["G.TXT", "a.txt", "b.md", "c.markdown", "sub/deeper/f.md", "sub/e.txt"])
    #expect(found.warnings.isEmpty)
  }

  @Test func trailingSlashGivesCleanPaths() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "Text.")
    let found = try ArticleFileFinder().find(in: folder.path + "/")
    #expect(found.files == [folder.path + "/a.txt"])
  }

  @Test func aFileNamedDirectlyIsTakenWhateverItsExtension() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("story.article", "Text.")
    #expect(try ArticleFileFinder().find(in: path).files == [path])
  }

  @Test func symbolicLinkLoopTerminates() throws {
    let folder = try TemporaryFolder()
    try folder.write("top.txt", "Top.")
    try folder.write("child/inner.txt", "Inner.")
    // child/up → the folder itself, and child/self → child: two loops.
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/child/up", withDestinationPath: folder.path)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/child/self", withDestinationPath: ".")
    let found = try ArticleFileFinder().find(in: folder.path)
    let relative = found.files.map { String($0.dropFirst(folder.path.count + 1)) }
    #expect(relative == ["child/inner.txt", "top.txt"])
  }

  @Test func linkedFolderIsFollowedOnce() throws {
    let folder = try TemporaryFolder()
    let outside = try TemporaryFolder()
    try outside.write("linked.txt", "Linked.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/a-link", withDestinationPath: outside.path)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/b-link", withDestinationPath: outside.path)
    let found = try ArticleFileFinder().find(in: folder.path)
    #expect(found.files == [folder.path + "/a-link/linked.txt"])
  }

  @Test func danglingLinkIsSkipped() throws {
    let folder = try TemporaryFolder()
    try folder.write("real.txt", "Real.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/gone.txt", withDestinationPath: folder.path + "/nowhere.txt")
    #expect(try ArticleFileFinder().find(in: folder.path).files == [folder.path + "/real.txt"])
  }

  @Test func missingPathThrowsNoSuchPath() {
    #expect(throws: NewsdeskError.noSuchPath("/no/such/place")) {
      try ArticleFileFinder().find(in: "/no/such/place")
    }
    #expect(NewsdeskError.noSuchPath("/x").description == "no such file or folder: /x")
  }

  @Test func emptyFolderFindsNothing() throws {
    let folder = try TemporaryFolder()
    let found = try ArticleFileFinder().find(in: folder.path)
    #expect(found.files.isEmpty)
    #expect(found.warnings.isEmpty)
  }

  @Test func fixtureFolderSkipsHiddenAndForeignFiles() throws {
    let found = try ArticleFileFinder().find(in: TestSupport.fixtureArticlesPath)
    let names = found.files.map { ($0 as NSString).lastPathComponent }
    #expect(
      names == [
        "callao-dockworkers-strike.md", "valparaiso-harbour-festival.txt", "quito-water-plan.txt",
      ])
  }
}
