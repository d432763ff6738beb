import Foundation
import Synchronization
import Testing

@testable import NewsdeskCore

/// The saved index when other newsdesks, killed writers or odd files share its folder: a
/// load never mixes two files, never blocks on what is at the index's path, leaves the
/// saving to a writer holding the lock, and removes only temporary files no one will finish.
@Suite struct SavedIndexSafetyTests {
  typealias Fixture = SavedIndexTests.Fixture

  /// Calls `replace` once, when the load it is given to starts saving.
  static func options(_ fixture: Fixture, atSaving replace: @escaping @Sendable () -> Void)
    -> LoadOptions
  {
    let done = Mutex(false)
    var options = fixture.options
    options.progress = { progress in
      guard progress.phase == .saving, !done.withLock({ $0 }) else { return }
      done.withLock { $0 = true }
      replace()
    }
    return options
  }

  /// The lock of the index at `path`, as another newsdesk would hold it. (No pattern binding
  /// is left holding it: debug builds keep those alive to the end of their scope.)
  static func lock(_ path: String) -> SavedIndexLock? {
    if case .acquired(let lock) = SavedIndexLock.acquire(indexPath: path, patience: .zero) {
      return lock
    }
    return nil
  }

  @Test func anIndexRenamedOverThePathWhileSavingIsNotReadFrom() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    let saved = fixture.savedPath
    let size = try #require(FileStamp.of(path: saved)).size
    try fixture.write(3, "date 2025-02-02 The harbour strike ended today. Dockworkers went home.")
    // Another newsdesk's index appears at the path after this load opened the old one: the
    // old one's text must still come from the old file, not from the new one at old offsets.
    var library = ArticleLibrary()
    library.options = Self.options(fixture) {
      let other = saved + ".other"
      FileManager.default.createFile(
        atPath: other, contents: Data(repeating: UInt8(ascii: "x"), count: Int(size)))
      rename(other, saved)
    }
    let report = try library.load(paths: [fixture.corpus])
    #expect(report.savedIndex == .updated)
    let uncached = try fixture.load(cached: false).0
    SavedIndexTests.expectSame(library, uncached)
    let (warm, warmReport) = try fixture.load()
    #expect(warmReport.savedIndex == .used)
    SavedIndexTests.expectSame(warm, uncached)
  }

  @Test func aWriterHoldingTheLockIsLeftToSave() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    let saved = fixture.savedPath
    let before = try Data(contentsOf: URL(fileURLWithPath: saved))
    try fixture.write(5, "The minister resigned over the budget.")
    var held = Self.lock(saved)
    #expect(held != nil)
    var library = ArticleLibrary()
    library.options = fixture.options
    library.options.lockPatience = .milliseconds(100)
    let report = try library.load(paths: [fixture.corpus])
    #expect(report.savedIndex == nil)
    #expect(report.notices.isEmpty)
    #expect(report.filesRead == 1)
    SavedIndexTests.expectSame(library, try fixture.load(cached: false).0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: saved)) == before)
    #expect(!fixture.savedFiles.contains { $0.contains(".tmp-") })
    held = nil
    // Released: the next load saves, and no lock file is left behind.
    #expect(try fixture.load().1.savedIndex == .updated)
    #expect(fixture.savedFiles.filter { !$0.hasSuffix(".ndindex") }.isEmpty)
  }

  @Test func aWriterThatWaitedUsesTheIndexSavedMeanwhile() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    let saved = fixture.savedPath
    try fixture.write(9, "The court ruled on the river today.")
    var held = Self.lock(saved)
    #expect(held != nil)
    // What another newsdesk would save: the same corpus indexed in another cache folder.
    var other = ArticleLibrary()
    other.options = LoadOptions(cacheFolder: fixture.folder.path + "/other")
    other.options.minimumCachedBytes = 0
    try other.load(paths: [fixture.corpus])
    let waiting = DispatchGroup()
    nonisolated(unsafe) var outcome: Result<LoadReport, any Error>?
    waiting.enter()
    DispatchQueue.global().async {
      var library = ArticleLibrary()
      library.options = fixture.options
      library.options.lockPatience = .seconds(60)
      outcome = Result { try library.load(paths: [fixture.corpus]) }
      waiting.leave()
    }
    usleep(200_000)
    rename(fixture.folder.path + "/other/" + (saved as NSString).lastPathComponent, saved)
    held = nil  // released, as the other newsdesk would once its index is in place
    waiting.wait()
    let report = try #require(outcome).get()
    #expect(report.savedIndex == .used)
    #expect(report.filesRead == 0)
  }

  @Test(arguments: ["fifo", "link to a device"])
  func somethingOtherThanAFileAtTheIndexPathIsNeverOpened(_ kind: String) throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    let saved = fixture.savedPath
    try FileManager.default.removeItem(atPath: saved)
    if kind == "fifo" {
      #expect(mkfifo(saved, 0o600) == 0)
    } else {
      try FileManager.default.createSymbolicLink(atPath: saved, withDestinationPath: "/dev/zero")
    }
    let finished = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var outcome: Result<(ArticleLibrary, LoadReport), any Error>?
    DispatchQueue.global().async {
      outcome = Result { try fixture.load() }
      finished.signal()
    }
    if finished.wait(timeout: .now() + 60) == .timedOut {
      // Let a reader stuck on the FIFO go, so the suite can end.
      close(open(saved, O_WRONLY | O_NONBLOCK))
      Issue.record("the load blocked on a \(kind) at the saved index's path")
      finished.wait()
    }
    let (library, report) = try #require(outcome).get()
    #expect(report.notices.count == 1)
    #expect(report.notices.first?.contains("not a regular file") == true)
    SavedIndexTests.expectSame(library, try fixture.load(cached: false).0)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  @Test func onlyTemporaryFilesOfWritersThatAreGoneAreRemoved() throws {
    let fixture = try Fixture()
    try FileManager.default.createDirectory(
      atPath: fixture.cache, withIntermediateDirectories: true)
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let dead = finished.processIdentifier
    let index = fixture.cache + "/corpus-00000000000000aa.ndindex"
    let locked = fixture.cache + "/corpus-00000000000000bb.ndindex"
    let names = [
      "dead writer": index + ".tmp-\(dead)-1",
      "live writer": index + ".tmp-\(getpid())-2",
      "dead writer, lock held": locked + ".tmp-\(dead)-3",
      "not newsdesk's name": index + ".tmp-unknown",
    ]
    for path in names.values {
      #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
    }
    var held = Self.lock(locked)
    #expect(held != nil)
    #expect(try fixture.load().1.savedIndex == .written)
    let left = Set(names.filter { FileManager.default.fileExists(atPath: $0.value) }.keys)
    #expect(left == ["live writer", "dead writer, lock held", "not newsdesk's name"])
    held = nil
  }

  @Test(arguments: [
    ["corpus", "corpus/"], ["corpus", "link"], ["corpus", "corpus/odd"],
    ["corpus/odd/article-001.txt", "corpus"], ["corpus/./even", "corpus/odd/../even"],
  ])
  func oneFolderNamedTwoWaysLoadsOnce(_ spellings: [String]) throws {
    let fixture = try Fixture()
    try FileManager.default.createSymbolicLink(
      atPath: fixture.folder.path + "/link", withDestinationPath: fixture.corpus)
    let paths = spellings.map { fixture.folder.path + "/" + $0 }
    var library = ArticleLibrary()
    try library.load(paths: paths)
    let unique = Set(library.articles.map { CorpusPaths.canonical($0.path) })
    #expect(unique.count == library.articles.count)
    #expect(library.articles.count == (spellings.last == "corpus/odd/../even" ? 20 : 40))
    // Loaded again under another name (through the link): nothing is added.
    let again = try library.load(
      paths: ["link" + spellings[0].dropFirst("corpus".count)].map {
        fixture.folder.path + "/" + $0
      })
    #expect(again.articlesAdded == 0)
    #expect(library.articles.count == unique.count)
  }
}
