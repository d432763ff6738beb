import Foundation
import Testing

@testable import NewsdeskCore

/// A warm start that uses its saved index at once and confirms it in the background
/// (`LoadOptions.confirmsFreshnessLater`): nothing answers from it before the confirmation,
/// and what the confirmation finds changed or damaged is read again, as a load would.
@Suite struct SavedIndexConfirmationTests {
  typealias Fixture = SavedIndexTests.Fixture

  static func deferredLoad(_ fixture: Fixture) throws -> (ArticleLibrary, LoadReport) {
    var library = ArticleLibrary()
    library.options = fixture.options
    library.options.confirmsFreshnessLater = true
    let report = try library.load(paths: [fixture.corpus])
    return (library, report)
  }

  @Test func anUnchangedCorpusIsConfirmedWithoutReadingAnything() throws {
    let fixture = try Fixture()
    let (cold, _) = try fixture.load()
    var (warm, report) = try Self.deferredLoad(fixture)
    #expect(report.savedIndex == .used)
    #expect(warm.awaitsConfirmation)
    let confirmed = try warm.confirmFreshness()
    #expect(confirmed?.notices == [])
    #expect(confirmed?.filesRead == 0)
    #expect(!warm.awaitsConfirmation)
    #expect(try warm.confirmFreshness() == nil)
    SavedIndexTests.expectSame(cold, warm)
  }

  @Test(arguments: ["changed", "added", "removed"])
  func whatChangedIsReadAgainBeforeAnythingIsAnswered(_ change: String) throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    switch change {
    case "changed":
      try fixture.write(3, "date 2025-02-02 The harbour strike ended. Dockworkers went home.")
    case "added":
      try fixture.write(40, "A brand new article about the storm. It has two sentences.")
    default:
      try FileManager.default.removeItem(atPath: fixture.path(10))
    }
    var (warm, _) = try Self.deferredLoad(fixture)
    // Until confirmed, the library is the saved index as it was.
    #expect(warm.articles.count == 40)
    let confirmed = try #require(try warm.confirmFreshness())
    #expect(confirmed.notices.first?.contains("files changed") == true)
    #expect(confirmed.filesRead == (change == "removed" ? 0 : 1))
    SavedIndexTests.expectSame(warm, try fixture.load(cached: false).0)
  }

  @Test func aSessionConfirmsBeforeItAnswers() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    try fixture.write(5, "date 2025-03-03 Zanzibar harbour reopened on Monday after the storm.")
    var session = NewsdeskSession()
    session.loadOptions = fixture.options
    session.loadOptions.confirmsFreshnessLater = true
    try session.load(paths: [fixture.corpus])
    #expect(session.library.awaitsConfirmation)
    let answer = session.ask("When did the Zanzibar harbour reopen?")
    #expect(!session.library.awaitsConfirmation)
    #expect(session.library.articles.contains { $0.body.contains("Zanzibar harbour reopened") })
    // The sentence it reads from is the one written after the index was saved.
    #expect(answer.candidates.first?.sentence.contains("Zanzibar harbour reopened") == true)
  }

  @Test(arguments: ["flip", "truncate"])
  func aDamagedIndexIsRebuiltAndReportedOnceConfirmed(_ damage: String) throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    switch damage {
    case "flip": bytes[bytes.count / 2] ^= 0x40
    default: bytes = bytes.prefix(bytes.count * 2 / 3)
    }
    try bytes.write(to: URL(fileURLWithPath: path))
    var (warm, report) = try Self.deferredLoad(fixture)
    // A file that does not even open is rebuilt by the load itself; one whose checksums
    // fail is found by the confirmation. Either way the user hears of it once.
    let confirmed = try warm.confirmFreshness()
    let notices = report.notices + (confirmed?.notices ?? [])
    #expect(notices.count == 1)
    #expect(notices.first?.contains("damaged") == true)
    SavedIndexTests.expectSame(warm, try fixture.load(cached: false).0)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  @Test func aPathThatIsGoneStillFailsTheLoadAtOnce() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    try FileManager.default.removeItem(atPath: fixture.corpus)
    #expect(throws: NewsdeskError.self) { try Self.deferredLoad(fixture) }
  }
}
