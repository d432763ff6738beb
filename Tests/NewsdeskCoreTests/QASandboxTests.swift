import Foundation
import Testing

@testable import NewsdeskCore

/// Which `:load` paths `--sandbox` allows, and `--update`'s write through a symlink.
@Suite struct QASandboxTests {
  func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "newsdesk-sandbox-\(UUID().uuidString)"
    ).path
    for folder in ["scripts/sub", "corpus", "elsewhere"] {
      try FileManager.default.createDirectory(
        atPath: path + "/" + folder, withIntermediateDirectories: true)
    }
    try Data("x".utf8).write(to: URL(fileURLWithPath: path + "/elsewhere/secret.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: path + "/scripts/out", withDestinationPath: path + "/elsewhere")
    return path
  }

  @Test(arguments: [
    ("scripts/a.txt", true), ("scripts/sub/b.txt", true), ("scripts/missing/new.txt", true),
    ("corpus/c.txt", true), ("corpus", true), ("single.txt", true),
    ("elsewhere/secret.txt", false), ("scripts/../elsewhere/secret.txt", false),
    ("scripts/out/secret.txt", false), ("scripts/sub/../../elsewhere", false),
    ("scriptsX/a.txt", false), ("corpus-2/c.txt", false),
  ])
  func theScriptsFolderAndTheCorporaAreInside(relative: String, allowed: Bool) throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let sandbox = QASandbox(corpora: [root + "/corpus", root + "/single.txt"])
    #expect(sandbox.allows(root + "/" + relative, scriptPath: root + "/scripts/t.qa") == allowed)
  }

  @Test func canonicalPathsResolveDotsAndLinks() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let real = QASandbox.canonical(root + "/elsewhere")
    #expect(QASandbox.canonical(root + "/scripts/out") == real)
    #expect(QASandbox.canonical(root + "/scripts/./sub/../out/new/../x") == real + "/x")
    #expect(QASandbox.canonical("/") == "/")
  }

  @Test func updateWritesThroughALinkAndKeepsTheMode() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let target = root + "/elsewhere/t.qa"
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
    chmod(target, 0o604)
    let link = root + "/scripts/t.qa"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    try QAScriptFiles.write("new\n", to: link)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    var info = stat()
    #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o604)
  }

  @Test func aFailedWriteSaysWhyAndLeavesNoTemporaryFile() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: QAScriptFiles.WriteError.self) {
      try QAScriptFiles.write("new\n", to: root + "/no/such/folder/t.qa")
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: root + "/scripts").sorted() == [
        "out", "sub",
      ])
  }
}
