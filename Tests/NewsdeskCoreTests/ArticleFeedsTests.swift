import Foundation
import Testing

@testable import NewsdeskCore

/// Files that hold many articles: RSS and Atom feeds (one article per item) and JSON Lines
/// exports (one per line), each article with its own id, date, link and format.
@Suite struct ArticleFeedsTests {
  static let fixtures = TestSupport.repositoryRoot.appendingPathComponent(
    "Tests/Scripts/fixtures/formats"
  )
  .path

  static func read(_ name: String) throws -> ArticleReader.FileDrafts {
    try ArticleReader().readAll(path: fixtures + "/" + name).get()
  }

  @Test func anRSSFeedGivesOneArticlePerItemWithText() throws {
    let feed = try Self.read("feeds/valle-wire.rss")
    #expect(feed.drafts.map(\.baseID) == ["valle-wire-1", "valle-wire-2"])
    #expect(
      feed.drafts.map(\.title) == [
        "Andes Rail orders 14 trains from a Spanish builder", "Potosí silver mine to reopen",
      ])
    #expect(
      feed.drafts.map(\.date) == [CalendarDate(iso: "2025-07-07"), CalendarDate(iso: "2025-07-08")])
    #expect(feed.drafts[0].source == "https://valle-wire.example/2025/07/andes-rail-trains")
    #expect(feed.drafts.allSatisfy { $0.format == .rss })
    // content:encoded is the story; an item with only a description is a summary.
    #expect(feed.drafts.map(\.isSummary) == [false, true])
    #expect(feed.drafts[0].sentences.count == 4)
    #expect(feed.drafts[0].body.contains("€210m"))  // an HTML entity inside CDATA, decoded
    #expect(!feed.drafts[1].body.contains("<p>"))  // escaped markup read as markup
    // The item with no text is left out, and the warning names it; the rest loads.
    #expect(feed.warnings.count == 1)
    #expect(feed.warnings[0].isPartial)
    #expect(feed.warnings[0].reason.contains("item 3 (Photo gallery: the harvest)"))
  }

  @Test func anAtomFeedReadsHTMLAndInlineXHTMLContentAndSummaries() throws {
    let feed = try Self.read("feeds/league-desk.atom")
    #expect(feed.drafts.count == 3)
    #expect(feed.warnings.isEmpty)
    #expect(feed.drafts.allSatisfy { $0.format == .atom })
    #expect(feed.drafts[0].date == CalendarDate(iso: "2025-05-18"))  // published, not updated
    #expect(feed.drafts[0].body.hasPrefix("Riverside beat Northgate 5-4"))  // content, not summary
    #expect(
      feed.drafts[1].body
        == "Northgate appointed Lena Varga as coach on Monday.\n\nVarga led Eastport to the league title in 2023."
    )
    #expect(feed.drafts[1].source == "https://league-desk.example/2025/05/northgate-coach")
    #expect(feed.drafts.map(\.isSummary) == [false, false, true])
  }

  @Test func aJSONLinesExportSkipsBadLinesByNumberAndLoadsTheRest() throws {
    let export = try Self.read("jsonl/cms-export.jsonl")
    #expect(
      export.drafts.map(\.baseID) == [
        "cms-export-wire-1001", "cms-export-wire-1003", "cms-export-lithium-deal",
      ])
    #expect(
      export.drafts.map(\.title) == [
        "Copper price hits a record", "Port of Arica expands", "Lithium deal signed",
      ])
    #expect(
      export.drafts.map(\.date) == [
        CalendarDate(iso: "2025-03-03"), CalendarDate(iso: "2025-03-04"),
        CalendarDate(iso: "2025-03-06"),
      ])
    #expect(export.drafts[0].source == "https://cms.example/1001")
    #expect(
      export.drafts[2].body
        == "Bolivia signed a lithium deal with a Chinese group on Thursday.\n\nThe deal is worth $1bn."
    )
    #expect(export.drafts.allSatisfy { $0.format == .jsonLines && !$0.isSummary })
    let reasons = export.warnings.map(\.reason)
    #expect(reasons.count == 3)
    #expect(reasons[0].hasPrefix("line 3: not valid JSON"))
    #expect(reasons[1].hasPrefix("line 5: no article text"))
    #expect(reasons[2].hasPrefix("line 6: not a JSON object"))
  }

  @Test(arguments: [
    ("Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04"), ("4 Mar 2025 10:00 +0100", "2025-03-04"),
    ("Sat, 1 Nov 97 00:00:00 EST", "1997-11-01"), ("2025-03-04T23:30:00-05:00", "2025-03-04"),
    ("Mon, 31 Feb 2025 10:00:00 GMT", nil), ("yesterday", nil), ("", nil),
  ])
  func feedDatesReadAsWritten(text: String, expected: String?) {
    #expect(FeedDate.calendarDate(in: text) == expected.flatMap { CalendarDate(iso: $0) })
  }

  @Test func anXMLFileWhoseRootIsAFeedLoadsAsOne() throws {
    let folder = try TemporaryFolder()
    let rss = try String(contentsOfFile: Self.fixtures + "/feeds/valle-wire.rss", encoding: .utf8)
    let path = try folder.write("wire.XML", rss)
    let feed = try ArticleReader().readAll(path: path).get()
    #expect(feed.drafts.count == 2)
  }

  @Test func aFeedExtensionOnAnotherDocumentIsSkippedWithItsRoot() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("site.rss", "<?xml version=\"1.0\"?><html><body>x</body></html>")
    let result = ArticleReader().readAll(path: path)
    guard case .failure(let warning) = result else {
      Issue.record("a page named .rss loaded")
      return
    }
    #expect(warning.reason.contains("<html>"))
    #expect(!warning.isPartial)
  }

  @Test func aFileWhoseEveryPartIsBadIsSkippedAsAWhole() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("broken.jsonl", "{\"title\": \"x\"\nnot json\n")
    guard case .failure(let warning) = ArticleReader().readAll(path: path) else {
      Issue.record("a JSON Lines file with no article loaded")
      return
    }
    #expect(warning.reason.hasPrefix("no article in it: line 1:"))
    #expect(warning.reason.hasSuffix("(and 1 more)"))
  }

  @Test func aFolderLoadTakesFeedsAndExportsWhateverTheCaseOfTheirExtensions() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.JSONL", "{\"body\": \"The dam opened.\"}\n")
    try folder.write("b.Atom", "<feed/>")
    try folder.write("c.RSS", "<rss/>")
    try folder.write("d.ndjson", "{\"text\": \"The bridge closed.\"}\n")
    try folder.write("e.json", "{}")
    let found = try ArticleFileFinder().find(in: folder.path)
    #expect(
      found.files.map { ($0 as NSString).lastPathComponent } == [
        "a.JSONL", "b.Atom", "c.RSS", "d.ndjson",
      ])
  }

  @Test func formatsRestrictWhatAFolderLoadTakes() throws {
    let folder = try TemporaryFolder()
    for name in ["a.txt", "b.md", "c.html", "d.xml", "e.rss", "f.jsonl"] {
      try folder.write(name, "x")
    }
    let types = try ArticleFileType.parseList("md, .JSONL,feed").get()
    let found = try ArticleFileFinder(types: types).find(in: folder.path)
    #expect(found.files.map { ($0 as NSString).lastPathComponent } == ["b.md", "e.rss", "f.jsonl"])
    #expect(try ArticleFileType.parseList("nitf,htm").get() == [.xml, .html])
    #expect(ArticleFileType.parseList("txt,pdf") == .failure(.init(name: "pdf")))
    #expect(ArticleFileType.parseList(",") == .failure(.init(name: ",")))
  }

  @Test func theSavedIndexKeepsEachArticleOfAFileAndItsWarnings() throws {
    let folder = try TemporaryFolder()
    let cache = try folder.makeFolder("cache")
    let corpus = try folder.makeFolder("corpus")
    for name in ["feeds/valle-wire.rss", "feeds/league-desk.atom", "jsonl/cms-export.jsonl"] {
      let text = try String(contentsOfFile: Self.fixtures + "/" + name, encoding: .utf8)
      try folder.write("corpus/" + (name as NSString).lastPathComponent, text)
    }
    try folder.write("corpus/plain.txt", "The mayor opened the library on Friday.")
    var options = LoadOptions(cacheFolder: cache)
    options.minimumCachedBytes = 0
    func load() throws -> (ArticleLibrary, LoadReport) {
      var library = ArticleLibrary()
      library.options = options
      let report = try library.load(paths: [corpus])
      return (library, report)
    }
    let (first, written) = try load()
    let (second, used) = try load()
    #expect(written.savedIndex == .written)
    #expect(used.savedIndex == .used)
    #expect(first.articles.count == 9)
    #expect(second.articles.map(\.id) == first.articles.map(\.id))
    #expect(second.articles.map(\.format) == first.articles.map(\.format))
    #expect(second.articles.map(\.isSummary) == first.articles.map(\.isSummary))
    #expect(second.articles.map(\.source) == first.articles.map(\.source))
    #expect(second.articles.map(\.body) == first.articles.map(\.body))
    #expect(used.warnings == written.warnings)
    #expect(written.warnings.count == 4)
    // A line added to the export: that file is read again, the others come from the index.
    let export = corpus + "/cms-export.jsonl"
    let handle = try #require(FileHandle(forWritingAtPath: export))
    try handle.seekToEnd()
    try handle.write(
      contentsOf: Data("{\"id\": \"wire-1005\", \"body\": \"Tin rose 3% on Friday.\"}\n".utf8))
    try handle.close()
    let (third, updated) = try load()
    #expect(updated.savedIndex == .updated)
    #expect(updated.filesRead == 1)
    #expect(third.articles.count == 10)
    #expect(third.articles.contains { $0.id == "cms-export-wire-1005" })
    #expect(third.index.checkInvariants().isEmpty)
    let question = "who saved two penalties?"
    var before = NewsdeskSession()
    _ = try before.load(paths: [corpus])
    var after = NewsdeskSession()
    after.loadOptions = options
    _ = try after.load(paths: [corpus])
    #expect(before.ask(question).shortAnswer == after.ask(question).shortAnswer)
  }
}
