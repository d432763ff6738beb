import Foundation
import Testing

@testable import NewsdeskCore

/// A warm start reads its articles in place from the saved index's article table: every field
/// is what a cold load gives, ids stay unique across loads, and a damaged table is caught
/// before anything is answered.
@Suite struct StoredArticlesTests {
  typealias Fixture = SavedIndexTests.Fixture

  /// A fixture with two files of the same name in different folders, so that one id is
  /// made unique ("article-001-2").
  static func fixtureWithSharedName() throws -> Fixture {
    let fixture = try Fixture(articles: 8)
    try fixture.folder.write(
      "corpus/zz/article-001.txt",
      "date 2025-02-03 The ferry strike ended on Monday. Harbour workers went back.")
    return fixture
  }

  static func fields(_ article: Article) -> [String] {
    [
      article.id, article.title, article.date?.iso ?? "-", article.source ?? "-", article.path,
      "\(article.format)", "\(article.isSummary)", "\(article.sentences)",
      "\(article.sentenceCount)", article.body,
    ]
  }

  @Test(arguments: [false, true])
  func aWarmLoadReadsEveryFieldInPlaceAsAColdOneHasIt(confirmingLater: Bool) throws {
    let fixture = try Self.fixtureWithSharedName()
    let (cold, _) = try fixture.load(cached: false)
    _ = try fixture.load()
    var warm = ArticleLibrary()
    warm.options = fixture.options
    warm.options.confirmsFreshnessLater = confirmingLater
    let report = try warm.load(paths: [fixture.corpus])
    #expect(report.savedIndex == .used)
    #expect(report.articlesAdded == cold.articles.count)
    #expect(warm.articles.hasStoredArticles)
    #expect(warm.articles.map(Self.fields) == cold.articles.map(Self.fields))
    #expect(warm.articles.contains { $0.id == "article-001-2" })
    try warm.confirmFreshness()
    #expect(warm.articles.map(Self.fields) == cold.articles.map(Self.fields))
  }

  /// Ids given after a warm load (a second load, a text added) differ from the saved ones.
  @Test func idsGivenLaterStayUnique() throws {
    let fixture = try Self.fixtureWithSharedName()
    _ = try fixture.load()
    var (library, _) = try fixture.load()
    #expect(library.articles.hasStoredArticles)
    let more = try fixture.folder.write(
      "more/article-001.txt", "date 2025-03-04 A second harbour reopened after the storm.")
    try library.load(paths: [(more as NSString).deletingLastPathComponent])
    let number = library.add(text: "The court sat late on Friday.", id: "article-001")
    let added = try #require(number)
    let ids = library.articles.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.suffix(2) == ["article-001-3", "article-001-4"])
    #expect(library.articles[added].id == "article-001-4")

    // A warm load into a library that already holds articles makes its ids unique too.
    var later = ArticleLibrary()
    later.options = fixture.options
    try later.load(paths: [(more as NSString).deletingLastPathComponent])
    try later.load(paths: [fixture.corpus])
    #expect(
      later.articles.filter { $0.id.hasPrefix("article-001") }.map(\.id).sorted() == [
        "article-001", "article-001-2", "article-001-3",
      ])
    #expect(Set(later.articles.map(\.id)).count == later.articles.count)
  }

  /// An article record pointing outside the strings section, resealed so that its checksum
  /// holds: the saved index is refused, and a warm start that used it at once rebuilds it
  /// with the one-line notice before answering.
  @Test func aDamagedArticleTableIsRejected() throws {
    var saved = try SavedIndexResealedTests.Saved()
    let table = saved.range(of: .articleTable)
    let stringsStart = table.lowerBound + 8 * (StoredArticles.headerWords + 2)
    saved.bytes.replaceSubrange(
      stringsStart..<stringsStart + 8, with: [UInt8](repeating: 0x7F, count: 8))
    #expect(try saved.resealedAndOpened() == nil)

    var warm = ArticleLibrary()
    warm.options = saved.fixture.options
    warm.options.confirmsFreshnessLater = true
    try warm.load(paths: [saved.fixture.corpus])
    // Read in place before the confirmation, the damaged record reads short, never out of
    // bounds.
    #expect(warm.articles[0].id.isEmpty)
    let settled = try warm.confirmFreshness()
    let confirmed = try #require(settled)
    #expect(confirmed.notices.count == 1)
    #expect(confirmed.notices.first?.contains("damaged") == true)
    SavedIndexTests.expectSame(warm, try saved.fixture.load(cached: false).0)
  }
}
