import Foundation
import Testing

@testable import NewsdeskCore

/// Files the loader cannot take are named in a warning, never skipped in silence; front
/// matter written with Windows line ends is read like any other (issue 11, item 5).
@Suite struct ArticleLoadingEdgeTests {
  @Test(arguments: ["\r\n", "\n"])
  func frontMatterIsReadWhateverTheLineEnd(lineEnd: String) {
    let text = [
      "---", "title: Quito approves water plan", "date: 2025-03-10", "---",
      "The council approved the plan.",
    ].joined(separator: lineEnd)
    let parsed = ArticleParser().parse(text, isMarkdown: false)
    #expect(parsed.title == "Quito approves water plan")
    #expect(parsed.date == CalendarDate(year: 2025, month: 3, day: 10))
    #expect(
      parsed.body.trimmingCharacters(in: .whitespacesAndNewlines)
        == "The council approved the plan.")
  }

  @Test func markdownHeadingEndsAtACRLF() {
    let parsed = ArticleParser().parse("# Water plan\r\nThe council approved it.", isMarkdown: true)
    #expect(parsed.title == "Water plan")
    #expect(parsed.body.contains("council"))
  }

  /// A name of bytes that are not UTF-8 (an archive copied from an old Latin-1 system).
  @Test func aFileNameThatIsNotUTF8IsNamedInAWarning() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "The council approved the plan.")
    // "caf\xE9.txt": Latin-1 é, invalid as UTF-8.
    let raw: [UInt8] = Array((folder.path + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
    let descriptor = raw.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
    }
    try #require(descriptor >= 0)
    close(descriptor)
    let found = try ArticleFileFinder().find(in: folder.path)
    #expect(found.files == [folder.path + "/good.txt"])
    #expect(found.warnings.count == 1)
    #expect(found.warnings.first?.reason.contains("not valid UTF-8") == true)
    #expect(found.warnings.first?.path.hasSuffix("caf\u{FFFD}.txt") == true)
  }

  /// Permission bits do not stop root, so under root (as in CI) there is nothing to see.
  @Test(.enabled(if: geteuid() != 0, "running as root: permission bits do not stop reads"))
  func aFolderListableButNotSearchableIsNamedInAWarning() throws {
    let folder = try TemporaryFolder()
    try folder.write("locked/story.txt", "The council approved the plan.")
    try folder.write("open.txt", "The mayor signed it.")
    chmod(folder.path + "/locked", 0o444)
    defer { chmod(folder.path + "/locked", 0o755) }
    let found = try ArticleFileFinder().find(in: folder.path)
    #expect(found.files == [folder.path + "/open.txt"])
    #expect(found.warnings.map(\.path) == [folder.path + "/locked"])
    #expect(found.warnings.first?.reason.contains("not searched") == true)
  }
}
