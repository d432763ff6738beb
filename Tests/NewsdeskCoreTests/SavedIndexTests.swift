import Foundation
import Testing

@testable import NewsdeskCore

/// The saved index: a warm load gives what a cold one gives; changed files are read alone;
/// a damaged, truncated or foreign file is never trusted.
@Suite struct SavedIndexTests {
  /// A corpus of `count` small articles in two folders, and a cache folder beside it.
  struct Fixture {
    let folder: TemporaryFolder
    var corpus: String { folder.path + "/corpus" }
    var cache: String { folder.path + "/cache" }

    init(articles count: Int = 40) throws {
      folder = try TemporaryFolder("newsdesk-saved-index")
      var random = SeededGenerator(seed: 42)
      let words = ["harbour", "strike", "minister", "budget", "storm", "engine", "river", "court"]
      for number in 0..<count {
        let sentences = (0..<(2 + number % 4)).map { sentence in
          let body = (0..<6).map { _ in words[Int(random.next() % UInt64(words.count))] }
          return "Report\(number) \(body.joined(separator: " ")) item\(number)x\(sentence)."
        }
        try write(
          number,
          "date 2025-01-\(String(format: "%02d", 1 + number % 28)) "
            + sentences.joined(separator: " "))
      }
    }

    func path(_ number: Int) -> String {
      corpus + "/\(number % 2 == 0 ? "even" : "odd")/article-\(String(format: "%03d", number)).txt"
    }

    @discardableResult
    func write(_ number: Int, _ text: String) throws -> String {
      let relative = String(path(number).dropFirst(folder.path.count + 1))
      return try folder.write(relative, text)
    }

    var options: LoadOptions {
      var options = LoadOptions(cacheFolder: cache)
      options.minimumCachedBytes = 0
      return options
    }

    func load(cached: Bool = true) throws -> (ArticleLibrary, LoadReport) {
      var library = ArticleLibrary()
      if cached { library.options = options }
      let report = try library.load(paths: [corpus])
      return (library, report)
    }

    var savedFiles: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).sorted()
    }

    var savedPath: String { cache + "/" + savedFiles.first { $0.hasSuffix(".ndindex") }! }
  }

  /// Articles, sentences and answers must agree between two libraries.
  static func expectSame(
    _ lhs: ArticleLibrary, _ rhs: ArticleLibrary, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(lhs.articles.map(\.id) == rhs.articles.map(\.id), sourceLocation: sourceLocation)
    #expect(lhs.articles.map(\.title) == rhs.articles.map(\.title), sourceLocation: sourceLocation)
    #expect(lhs.articles.map(\.date) == rhs.articles.map(\.date), sourceLocation: sourceLocation)
    #expect(lhs.articles.map(\.body) == rhs.articles.map(\.body), sourceLocation: sourceLocation)
    #expect(lhs.sentenceCount == rhs.sentenceCount, sourceLocation: sourceLocation)
    #expect(lhs.index.checkInvariants().isEmpty, sourceLocation: sourceLocation)
    #expect(rhs.index.checkInvariants().isEmpty, sourceLocation: sourceLocation)
    var analyzer = TermAnalyzer()
    for query in ["harbour strike", "minister budget storm", "item7x1 report7", "court river"] {
      let terms = analyzer.terms(in: query)
      #expect(
        lhs.index.search(terms: terms, limit: 15) == rhs.index.search(terms: terms, limit: 15),
        "\(query)", sourceLocation: sourceLocation)
    }
    for article in lhs.articles.indices where !lhs.articles[article].sentences.isEmpty {
      #expect(lhs.articles[article].sentence(0) == rhs.articles[article].sentence(0))
      #expect(lhs.articles[article].allSentences() == rhs.articles[article].allSentences())
      #expect(
        lhs.articles[article].allSentences()
          == lhs.articles[article].sentences.indices.map { lhs.articles[article].sentence($0) })
    }
  }

  @Test func aWarmLoadGivesWhatTheColdLoadGave() throws {
    let fixture = try Fixture()
    let (cold, coldReport) = try fixture.load()
    #expect(coldReport.savedIndex == .written)
    #expect(coldReport.filesRead == 40)
    #expect(fixture.savedFiles.count == 1)
    let (warm, warmReport) = try fixture.load()
    #expect(warmReport.savedIndex == .used)
    #expect(warmReport.filesRead == 0)
    #expect(warmReport.notices.isEmpty)
    Self.expectSame(cold, warm)
    Self.expectSame(warm, try fixture.load(cached: false).0)
  }

  @Test func changedAddedAndRemovedFilesAreReadAlone() throws {
    let fixture = try Fixture()
    _ = try fixture.load()
    try fixture.write(3, "date 2025-02-02 The harbour strike ended today. Dockworkers went home.")
    try fixture.write(
      40, "A brand new article about the storm and the river. It has two sentences.")
    try FileManager.default.removeItem(atPath: fixture.path(10))
    let (updated, report) = try fixture.load()
    #expect(report.savedIndex == .updated)
    #expect(report.filesRead == 2)
    Self.expectSame(updated, try fixture.load(cached: false).0)
    #expect(updated.articles.contains { $0.body.contains("Dockworkers went home") })
    // The update was saved: the next start reads nothing.
    let (again, againReport) = try fixture.load()
    #expect(againReport.savedIndex == .used)
    Self.expectSame(updated, again)
  }

  @Test func aTouchedFileWithTheSameContentIsNotAnalysedAgain() throws {
    let fixture = try Fixture()
    let (cold, _) = try fixture.load()
    let text = try String(contentsOfFile: fixture.path(5), encoding: .utf8)
    try FileManager.default.removeItem(atPath: fixture.path(5))
    try fixture.write(5, text)  // same bytes, new inode and times
    let (touched, report) = try fixture.load()
    #expect(report.filesRead == 1)
    #expect(report.savedIndex == .updated)
    Self.expectSame(cold, touched)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  @Test func skippedFilesAreRememberedAndReportedAgain() throws {
    let fixture = try Fixture()
    try fixture.folder.write("corpus/odd/broken.txt", data: Data([0x66, 0x00, 0x01, 0x02]))
    let (_, cold) = try fixture.load()
    #expect(cold.warnings.map(\.path).contains { $0.hasSuffix("broken.txt") })
    let (_, warm) = try fixture.load()
    #expect(warm.savedIndex == .used)
    #expect(warm.warnings.map(\.reason) == cold.warnings.map(\.reason))
  }

  @Test(arguments: ["flip", "truncate", "empty", "garbage"])
  func aDamagedIndexIsRebuiltAndReported(_ damage: String) throws {
    let fixture = try Fixture()
    let (cold, _) = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    switch damage {
    case "flip": bytes[bytes.count / 2] ^= 0x40
    case "truncate": bytes = bytes.prefix(bytes.count * 2 / 3)
    case "empty": bytes = Data()
    default: bytes = Data(repeating: 0x5A, count: 10_000)
    }
    try bytes.write(to: URL(fileURLWithPath: path))
    let (rebuilt, report) = try fixture.load()
    #expect(report.savedIndex == .written)
    #expect(report.notices.count == 1)
    #expect(report.notices.first?.contains("damaged") == true)
    // Not compared with `cold`: its text is read from the file just damaged in place.
    #expect(cold.articles.count == rebuilt.articles.count)
    Self.expectSame(rebuilt, try fixture.load(cached: false).0)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  @Test func anIndexFromAnotherVersionIsRebuiltQuietly() throws {
    let fixture = try Fixture()
    let (cold, _) = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[SavedIndexFormat.magic.count] &+= 1  // the format version
    try bytes.write(to: URL(fileURLWithPath: path))
    let (rebuilt, report) = try fixture.load()
    #expect(report.savedIndex == .written)
    #expect(report.notices.isEmpty)
    #expect(cold.articles.count == rebuilt.articles.count)
    Self.expectSame(rebuilt, try fixture.load(cached: false).0)
  }

  /// An index in an older layout is never read as the new one: rebuilt, with one line
  /// saying why.
  @Test func anIndexInAnOlderFormatIsRebuiltWithANotice() throws {
    let fixture = try Fixture()
    let (cold, _) = try fixture.load()
    let path = fixture.savedPath
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    bytes[SavedIndexFormat.magic.count] = UInt8(SavedIndexFormat.version - 1)
    try bytes.write(to: URL(fileURLWithPath: path))
    let (rebuilt, report) = try fixture.load()
    #expect(report.savedIndex == .written)
    #expect(report.notices.count == 1)
    #expect(report.notices.first?.contains("older format") == true)
    #expect(report.notices.first?.contains("\n") == false)
    #expect(cold.articles.count == rebuilt.articles.count)
    Self.expectSame(rebuilt, try fixture.load(cached: false).0)
    #expect(try fixture.load().1.savedIndex == .used)
  }

  @Test func anUnwritableCacheFolderIsANoticeNotAFailure() throws {
    let fixture = try Fixture()
    try fixture.folder.write("cache", "a file where the cache folder should be")
    let (library, report) = try fixture.load()
    #expect(library.articles.count == 40)
    #expect(report.savedIndex == nil)
    #expect(report.notices.count == 1)
    Self.expectSame(library, try fixture.load(cached: false).0)
  }

  @Test func smallCorporaGetNoSavedIndex() throws {
    let fixture = try Fixture(articles: 5)
    var library = ArticleLibrary()
    library.options = LoadOptions(cacheFolder: fixture.cache)
    let report = try library.load(paths: [fixture.corpus])
    #expect(report.savedIndex == nil)
    #expect(fixture.savedFiles.isEmpty)
  }

  @Test func theCacheFolderKeepsOnlyTheMostRecentlyUsed() throws {
    let fixture = try Fixture(articles: 6)
    var options = fixture.options
    options.maximumSavedIndexes = 2
    for number in 0..<3 {
      var library = ArticleLibrary()
      library.options = options
      try library.load(paths: [fixture.path(number)])
    }
    #expect(fixture.savedFiles.filter { $0.hasSuffix(".ndindex") }.count == 2)
    #expect(!fixture.savedFiles.contains { $0.contains(".tmp-") })
  }

  @Test func reloadReadsWhatChanged() throws {
    let fixture = try Fixture()
    var library = ArticleLibrary()
    library.options = fixture.options
    try library.load(paths: [fixture.corpus])
    try fixture.write(7, "The minister resigned over the budget.")
    let report = try library.reload()
    #expect(report.filesRead == 1)
    #expect(library.articles.contains { $0.body == "The minister resigned over the budget." })
    Self.expectSame(library, try fixture.load(cached: false).0)
  }

  @Test func headerAndManifestRoundTrip() throws {
    let header = SavedIndexFormat.Header(
      identity: 7, corpusKey: 9,
      sections: [.init(kind: 1, offset: 4096, length: 10, checksum: 3)])
    let bytes = SavedIndexFormat.encode(header)
    #expect(bytes.count == SavedIndexFormat.headerSize)
    let decoded = try bytes.withUnsafeBytes { try SavedIndexFormat.decode($0) }
    #expect(decoded.header == header)
    let manifest = SavedIndexManifest(
      corpusPaths: ["/a", "/b"],
      files: [
        FileRecord(
          path: "/a/x.txt", stamp: FileStamp(size: 1, modified: 2, changed: 3, inode: 4),
          contentHash: 5,
          content: .articles(
            [
              ArticleRecord(
                baseID: "x", title: "Título", date: CalendarDate(year: 2025, month: 9, day: 4),
                source: nil, sentenceCount: 3, text: 10..<20),
              ArticleRecord(
                baseID: "x-2", title: "Feed item", date: nil, source: "https://example.com/2",
                format: .rss, isSummary: true, sentenceCount: 1, text: 20..<30),
            ], warnings: ["item 3: no text in it"])),
        FileRecord(
          path: "/a/y.txt", stamp: FileStamp(size: 0, modified: 0, changed: 0, inode: 0),
          contentHash: 0, content: .skipped(reason: "the file is empty")),
      ])
    let encoded = manifest.encoded()
    #expect(encoded.withUnsafeBytes { SavedIndexManifest.decode($0) } == manifest)
    #expect(
      encoded.dropLast().withUnsafeBytes { SavedIndexManifest.decode(UnsafeRawBufferPointer($0)) }
        == nil)
  }

  @Test func contentHashDoesNotDependOnHowTheInputIsCut() {
    let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let whole = ContentHash.of(bytes)
    for cut in [1, 7, 31, 32, 33, 500] {
      var hash = ContentHash()
      bytes.withUnsafeBytes { raw in
        hash.update(UnsafeRawBufferPointer(rebasing: raw[..<cut]))
        hash.update(UnsafeRawBufferPointer(rebasing: raw[cut...]))
      }
      #expect(hash.finalize() == whole)
    }
    var changed = bytes
    changed[999] ^= 1
    #expect(ContentHash.of(changed) != whole)
    #expect(ContentHash.of([UInt8]()) != ContentHash.of([0]))
  }
}
