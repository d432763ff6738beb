import Foundation
import Testing

@testable import LineEditor

/// Where history goes for each kind of path, and that a save never harms what it must not.
@Suite struct HistoryFileTests {
  @Test func aRegularFileOrAMissingOneIsWrittenWhereItIs() throws {
    let folder = try HistoryScratch()
    let existing = try folder.write("history", HistoryFile.formatCookie)
    #expect(HistoryFile.destination(for: existing) == .file(existing))
    #expect(HistoryFile.destination(for: folder.path + "/new") == .file(folder.path + "/new"))
  }

  @Test(arguments: ["absolute", "relative", "dangling", "chain"])
  func aSymlinkIsFollowedToItsTarget(kind: String) throws {
    let folder = try HistoryScratch()
    let target = folder.path + "/dotfiles/history"
    try FileManager.default.createDirectory(
      atPath: folder.path + "/dotfiles", withIntermediateDirectories: true)
    if kind != "dangling" { try folder.write("dotfiles/history", HistoryFile.formatCookie) }
    let link = folder.path + "/link"
    switch kind {
    case "relative": try folder.link(link, to: "dotfiles/history")
    case "chain":
      try folder.link(folder.path + "/middle", to: target)
      try folder.link(link, to: "middle")
    default: try folder.link(link, to: target)
    }
    #expect(HistoryFile.destination(for: link) == .file(target))
  }

  @Test func devNullTurnsHistoryOffDirectlyOrThroughALink() throws {
    let folder = try HistoryScratch()
    let link = folder.path + "/history"
    try folder.link(link, to: "/dev/null")
    #expect(HistoryFile.destination(for: "/dev/null") == .off)
    #expect(HistoryFile.destination(for: link) == .off)
  }

  @Test func foldersDevicesFIFOsAndLoopsAreRefused() throws {
    let folder = try HistoryScratch()
    let fifo = folder.path + "/fifo"
    try #require(mkfifo(fifo, 0o600) == 0)
    try folder.link(folder.path + "/loop", to: "loop")
    let expectations = [
      (folder.path, "a folder"), ("/dev/zero", "a character device"), (fifo, "a FIFO"),
      (folder.path + "/loop", "too many levels of symbolic links"),
    ]
    for (path, words) in expectations {
      guard case .refused(let reason) = HistoryFile.destination(for: path) else {
        Issue.record("\(path) was not refused")
        continue
      }
      #expect(reason.contains(words), "\(path): \(reason)")
    }
  }

  @Test func theStateSaysWhichFilesMayBeReplaced() throws {
    let folder = try HistoryScratch()
    let good = try folder.write("good", HistoryFile.formatCookie + "who\\040won?\n")
    let empty = try folder.write("empty", "")
    let foreign = try folder.write("foreign", "ls -l\ncd /tmp\n")
    let readOnly = try folder.write("read-only", HistoryFile.formatCookie)
    chmod(readOnly, 0o444)
    #expect(HistoryFile(path: good).state() == .usable)
    #expect(HistoryFile(path: empty).state() == .usable)
    #expect(HistoryFile(path: folder.path + "/none").state() == .missing)
    guard case .leftAlone(let reason, let loadable) = HistoryFile(path: foreign).state() else {
      Issue.record("a file in another format was not left alone")
      return
    }
    #expect(reason.contains("not a libedit history file") && !loadable)
    #expect(
      HistoryFile(path: readOnly).state() == .leftAlone(reason: "is read-only", loadable: true))
  }

  @Test(.enabled(if: getuid() != 0, "root reads every file, so none is unreadable"))
  func anUnreadableFileIsLeftAlone() throws {
    let folder = try HistoryScratch()
    let locked = try folder.write("locked", HistoryFile.formatCookie)
    chmod(locked, 0o200)
    guard case .leftAlone(let reason, false) = HistoryFile(path: locked).state() else {
      Issue.record("an unreadable file was not left alone")
      return
    }
    #expect(reason.contains("cannot be read"))
  }

  @Test func aSaveCreatesTheFileThenAppendsToIt() throws {
    let folder = try HistoryScratch()
    let file = HistoryFile(path: folder.path + "/history")
    #expect(file.save(["who won?"], limit: 1000) == nil)
    #expect(file.save(["when?", "why?"], limit: 1000) == nil)
    #expect(try folder.entries(file.path) == ["who won?", "when?", "why?"])
    #expect(folder.mode(file.path) == 0o600)
  }

  @Test func aSaveKeepsTheFileModeAndWritesThroughALink() throws {
    let folder = try HistoryScratch()
    let target = try folder.write("target", HistoryFile.formatCookie + "old\n")
    chmod(target, 0o640)
    let link = folder.path + "/link"
    try folder.link(link, to: target)
    guard case .file(let resolved) = HistoryFile.destination(for: link) else {
      Issue.record("the link was not followed")
      return
    }
    #expect(HistoryFile(path: resolved).save(["new"], limit: 1000) == nil)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try folder.entries(target) == ["old", "new"])
    #expect(folder.mode(target) == 0o640)
  }

  @Test(arguments: ["foreign", "read-only", "/dev/null"])
  func aFileThatCannotBeUsedIsNeverReplaced(kind: String) throws {
    let folder = try HistoryScratch()
    var path = "/dev/null"
    var before = Data()
    if kind != "/dev/null" {
      before = Data("ls -l\nmy own notes\n".utf8)
      path = try folder.write(kind, String(decoding: before, as: UTF8.self))
      if kind == "read-only" {
        before = Data((HistoryFile.formatCookie + "kept\n").utf8)
        try before.write(to: URL(fileURLWithPath: path))
        chmod(path, 0o444)
      }
    }
    let problem = HistoryFile(path: path).save(["lost?"], limit: 1000)
    #expect(problem?.contains("left alone") == true, "\(problem ?? "saved")")
    var info = stat()
    #expect(stat(path, &info) == 0)
    if kind == "/dev/null" {
      #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
      #expect(!FileManager.default.fileExists(atPath: "/dev/null.lock"))
    } else {
      #expect(FileManager.default.contents(atPath: path) == before)
    }
  }

  @Test func theNewestEntriesAreKeptUpToTheCap() throws {
    let folder = try HistoryScratch()
    let file = HistoryFile(path: folder.path + "/history")
    #expect(file.save((1...8).map { "q\($0)" }, limit: 5) == nil)
    #expect(file.save(["q9"], limit: 5) == nil)
    #expect(try folder.entries(file.path) == ["q5", "q6", "q7", "q8", "q9"])
  }

  /// Two sessions saving at once, each after every entry, as two shells do: the lock and the
  /// merge keep every line of both.
  @Test func twoWritersAtOnceKeepBothSessionsLines() throws {
    let folder = try HistoryScratch()
    let path = folder.path + "/history"
    let perWriter = 60
    let failures = Counter()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      let file = HistoryFile(path: path)
      for number in 0..<perWriter where file.save(["s\(writer)-\(number)"], limit: 1000) != nil {
        failures.add()
      }
    }
    #expect(failures.value == 0)
    let entries = try folder.entries(path)
    #expect(entries.count == 2 * perWriter)
    for writer in 0..<2 {
      let own = entries.filter { $0.hasPrefix("s\(writer)-") }
      #expect(own == (0..<perWriter).map { "s\(writer)-\($0)" }, "writer \(writer)'s lines")
    }
  }
}

/// Counts from several threads.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
