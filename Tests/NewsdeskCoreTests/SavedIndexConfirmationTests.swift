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

  /// Changes one article file of the fixture's corpus: "changed", "added" or "removed".
  static func make(_ change: String, in fixture: Fixture) throws {
    switch change {
    case "changed":
      try fixture.write(3, "date 2025-02-02 The harbour strike ended. Dockworkers went home.")
    case "added":
      try fixture.write(40, "A brand new article about the storm. It has two sentences.")
    default:
      try FileManager.default.removeItem(atPath: fixture.path(10))
    }
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
    try Self.make(change, in: fixture)
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

  /// A corpus whose saved text spans several pieces (`ChunkChecksums.size`), with article
  /// `damaged`'s text altered in the saved index after it was written (its checksums left
  /// as they were).
  static func damagedTextFixture(damaged: Int) throws -> Fixture {
    let fixture = try Fixture(articles: 0)
    for number in 0..<60 {
      let sentences = (0..<60).map { "Report\(number) told of the harbour storm, part \($0)." }
      try fixture.write(number, sentences.joined(separator: " "))
    }
    _ = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let place = try #require(bytes.range(of: Data("Report\(damaged) told".utf8)))
    bytes[place.lowerBound + 1] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: path))
    return fixture
  }

  /// The text verified a piece at a time, when first read: a sound piece reads whole, the
  /// damaged piece is caught before its bytes are used (it reads as nothing), and from then
  /// on nothing of the text is believed.
  @Test func aDamagedPieceOfTextIsCaughtWhenFirstRead() throws {
    let fixture = try Self.damagedTextFixture(damaged: 51)
    let (clean, _) = try fixture.load(cached: false)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.savedPath))
    let header = try bytes.withUnsafeBytes { try SavedIndexFormat.decode($0).header }
    let placed = try PlacedIndex.open(
      path: fixture.savedPath, identity: header.identity, corpusKey: header.corpusKey)
    #expect(placed.text.count > 2 * ChunkChecksums.size)
    // Article 0 is first in the text, article 51 (odd) in its second half.
    let first = Article(stored: placed.articles, number: 0)
    #expect(first.body == clean.articles[0].body)
    #expect(!placed.textVerifier.isDamaged)
    let number = try #require(clean.articles.firstIndex { $0.body.hasPrefix("Report51 ") })
    #expect(Article(stored: placed.articles, number: number).body.isEmpty)
    #expect(placed.textVerifier.isDamaged)
    #expect(Article(stored: placed.articles, number: 0).body.isEmpty)
    #expect(!placed.textVerifier.verifyRest())
  }

  /// A warm start that verifies its text piece by piece finds the damaged piece (read, or
  /// in the background once confirmed), never shows its bytes, and rebuilds the index with
  /// the usual one-line notice.
  @Test func damagedTextIsRebuiltOnceFound() throws {
    let fixture = try Self.damagedTextFixture(damaged: 20)
    let (clean, _) = try fixture.load(cached: false)
    var warm = ArticleLibrary()
    warm.options = fixture.options
    warm.options.confirmsFreshnessLater = true
    warm.options.eagerlyVerifiedTextBytes = 0
    let report = try warm.load(paths: [fixture.corpus])
    #expect(report.savedIndex == .used)
    let damaged = try #require(clean.articles.firstIndex { $0.body.hasPrefix("Report20 ") })
    // Read before the rebuild, it is nothing, never the damaged bytes.
    #expect(warm.articles[damaged].body.isEmpty)
    #expect(warm.awaitsConfirmation)
    let confirmed = try #require(try warm.confirmFreshness())
    #expect(confirmed.notices.count == 1)
    #expect(confirmed.notices.first?.contains("damaged") == true)
    #expect(!warm.textIsDamaged)
    SavedIndexTests.expectSame(warm, clean)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  /// A question whose sentences lie in a damaged piece is answered from the rebuilt index,
  /// never from the damaged text, and the rebuild is told once.
  @Test func anAnswerNeverComesFromDamagedText() throws {
    let fixture = try Self.damagedTextFixture(damaged: 5)
    var session = NewsdeskSession()
    session.loadOptions = fixture.options
    session.loadOptions.confirmsFreshnessLater = true
    session.loadOptions.eagerlyVerifiedTextBytes = 0
    try session.load(paths: [fixture.corpus])
    // Found by the background pass, or by the answer reading the piece: told once either way.
    var notices = try session.confirmFreshness()?.notices ?? []
    let answer = session.ask("What did Report5 tell of?")
    #expect(answer.candidates.first?.sentence.hasPrefix("Report5 told") == true)
    notices += try session.confirmFreshness()?.notices ?? []
    #expect(notices.count == 1)
    #expect(notices.first?.contains("damaged") == true)
    #expect(try session.confirmFreshness() == nil)
  }

  /// A warm start of a large index (here any: `eagerlyConfirmedArticles` 0) whose
  /// questions wait only for its integrity, while the stat of every file goes on.
  static func deferredFilesLoad(_ fixture: Fixture) throws -> NewsdeskSession {
    var session = NewsdeskSession()
    session.loadOptions = fixture.options
    session.loadOptions.confirmsFreshnessLater = true
    session.loadOptions.eagerlyConfirmedArticles = 0
    try session.load(paths: [fixture.corpus])
    return session
  }

  /// A file changed, added or gone is found by the stat that goes on after the first
  /// answer, and read again with the usual notice once it is done.
  @Test(arguments: ["changed", "added", "removed"])
  func aLargeIndexFindsChangedFilesAfterItsFirstAnswer(_ change: String) throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    try Self.make(change, in: fixture)
    var session = try Self.deferredFilesLoad(fixture)
    // Answered from the saved index as it was, or from the files read again: the stat may
    // or may not be done by now. Either way the index is sound.
    _ = session.ask("What did Report3 say about the harbour?")
    let report = try session.confirmFreshness()
    let notices = report?.notices ?? []
    #expect(notices.count <= 1)
    #expect(notices.allSatisfy { $0.contains("files changed") })
    #expect(!session.library.awaitsConfirmation)
    SavedIndexTests.expectSame(session.library, try fixture.load(cached: false).0)
  }

  /// What a question reads is verified before it is answered, even while the files are
  /// still being compared: damaged postings are caught by the wait for integrity alone.
  @Test func aLargeIndexVerifiesWhatAQuestionReadsBeforeAnswering() throws {
    let fixture = try Fixture()
    let (clean, _) = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let header = try bytes.withUnsafeBytes { try SavedIndexFormat.decode($0).header }
    let postings = try #require(
      header.sections.first { $0.kind == SavedIndexFormat.Section.sentencePacked.rawValue })
    #expect(postings.length > 0)
    bytes[Int(postings.offset + postings.length / 2)] ^= 0x10
    try bytes.write(to: URL(fileURLWithPath: path))
    var session = try Self.deferredFilesLoad(fixture)
    let report = try #require(try session.confirmFreshness(waitingForFiles: false))
    #expect(report.notices.count == 1)
    #expect(report.notices.first?.contains("damaged") == true)
    #expect(!session.library.awaitsConfirmation)
    SavedIndexTests.expectSame(session.library, clean)
  }

  /// A damaged list of files (read only to compare the files) is found by the step after
  /// the first answer, and rebuilt with the notice told once.
  @Test func aLargeIndexFindsADamagedListOfFilesAfterItsFirstAnswer() throws {
    let fixture = try Fixture()
    let (clean, _) = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let header = try bytes.withUnsafeBytes { try SavedIndexFormat.decode($0).header }
    let manifest = try #require(
      header.sections.first { $0.kind == SavedIndexFormat.Section.manifest.rawValue })
    bytes[Int(manifest.offset + manifest.length / 2)] ^= 0x10
    try bytes.write(to: URL(fileURLWithPath: path))
    var session = try Self.deferredFilesLoad(fixture)
    var notices = try session.confirmFreshness(waitingForFiles: false)?.notices ?? []
    notices += try session.confirmFreshness()?.notices ?? []
    #expect(notices.count == 1)
    #expect(notices.first?.contains("damaged") == true)
    SavedIndexTests.expectSame(session.library, clean)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  @Test func aPathThatIsGoneStillFailsTheLoadAtOnce() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    try FileManager.default.removeItem(atPath: fixture.corpus)
    #expect(throws: NewsdeskError.self) { try Self.deferredLoad(fixture) }
  }
}
