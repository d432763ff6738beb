import Foundation
import Testing

@testable import NewsdeskCore

@Suite struct ArticleLibraryTests {
  @Test func loadsTheFixtureFolder() throws {
    var library = ArticleLibrary()
    let report = try library.load(paths: [TestSupport.fixtureArticlesPath])
    #expect(report.articlesAdded == 3)
    #expect(report.warnings.isEmpty)
    #expect(report.sentencesAdded == library.sentenceCount)
    #expect(
      library.articles.map(\.id) == [
        "callao-dockworkers-strike", "valparaiso-harbour-festival", "quito-water-plan",
      ])
    let callao = library.articles[0]
    #expect(callao.title == "Dockworkers strike at the port of Callao")
    #expect(callao.date?.iso == "2025-03-18")
    #expect(callao.source == "Pacific Desk")
    let festival = library.articles[1]
    #expect(festival.date?.iso == "2025-04-02")
    #expect(festival.sentence(0).hasPrefix("The Valparaíso harbour festival opened"))
    #expect(
      festival.title == "The Valparaíso harbour festival opened on Wednesday with fireworks over…")
    #expect(library.index.checkInvariants().isEmpty)
    #expect(library.index.articleCount == 3)
  }

  @Test func loadsSeveralPathsAndFilesInOrder() throws {
    var library = ArticleLibrary()
    try library.load(paths: [
      TestSupport.seedArticlePath, TestSupport.fixtureArticlesPath + "/quito-water-plan.txt",
    ])
    #expect(
      library.articles.map(\.id) == ["2025-09-04-rubio-ecuador-security-visit", "quito-water-plan"])
    let total = library.articles.reduce(0) { $0 + $1.sentences.count }
    #expect(library.sentenceCount == total)
  }

  @Test func secondLoadAddsAfterTheFirst() throws {
    var library = ArticleLibrary()
    try library.load(paths: [TestSupport.seedArticlePath])
    let firstCount = library.sentenceCount
    let report = try library.load(paths: [TestSupport.fixtureArticlesPath])
    #expect(report.articlesAdded == 3)
    #expect(library.articles.count == 4)
    #expect(library.sentenceCount == firstCount + report.sentencesAdded)
    #expect(library.index.checkInvariants().isEmpty)
    // The first sentence of the second load is numbered right after the first load's.
    #expect(library.index.location(ofSentence: firstCount).article == 1)
    #expect(library.index.location(ofSentence: firstCount).sentence == 0)
  }

  @Test func sameFileNameInDifferentFoldersGetsUniqueIDs() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/story.txt", "The first story is about Quito.")
    try folder.write("b/story.txt", "The second story is about Lima.")
    try folder.write("c/story.md", "The third story is about Cusco.")
    var library = ArticleLibrary()
    try library.load(paths: [folder.path])
    let ids = library.articles.map(\.id)
    #expect(ids == ["story", "story-2", "story-3"])
    // Loading the same folder again still gives fresh ids.
    try library.load(paths: [folder.path + "/a"])
    #expect(library.articles.last?.id == "story-4")
    #expect(Set(library.articles.map(\.id)).count == library.articles.count)
  }

  @Test func articleNamedByNumberIDAndFileName() throws {
    let folder = try TemporaryFolder()
    try folder.write("a/story.txt", "The first story is about Quito.")
    try folder.write("b/story.txt", "The second story is about Lima.")
    try folder.write("b/lima-port.md", "The port of Lima is busy.")
    var library = ArticleLibrary()
    try library.load(paths: [folder.path])
    // Order: a/story.txt, b/lima-port.md, b/story.txt
    #expect(library.articles.map(\.id) == ["story", "lima-port", "story-2"])
    #expect(library.article(named: "1") == 0)
    #expect(library.article(named: "3") == 2)
    #expect(library.article(named: "4") == nil)
    #expect(library.article(named: "0") == nil)
    #expect(library.article(named: "-1") == nil)
    #expect(library.article(named: "story-2") == 2)
    #expect(library.article(named: "lima-port") == 1)
    #expect(library.article(named: "lima-port.md") == 1)
    #expect(library.article(named: "b/story.txt") == 2)
    #expect(library.article(named: folder.path + "/a/story.txt") == 0)
    #expect(library.article(named: "no-such-article") == nil)
    #expect(library.article(named: "") == nil)
  }

  /// A number on an empty library would build the range 1...0 and trap; that case is checked
  /// end to end in BadInputTests (`:show 1` with no articles), in a subprocess, so a trap
  /// cannot take this test run down with it.
  @Test func articleNamedByIDOnAnEmptyLibraryIsNil() {
    let library = ArticleLibrary()
    #expect(library.article(named: "story") == nil)
    #expect(library.article(named: "") == nil)
  }

  @Test func badFilesAreReportedAndTheRestLoads() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "The Quito council approved a water plan on Monday.")
    let empty = try folder.write("empty.txt", "")
    let binary = try folder.write(
      "binary.txt", data: Data([0x47, 0x49, 0x46, 0x00, 0x00, 0x01, 0xFF]))
    let latin1 = try folder.write("latin1.md", data: Data([0x63, 0x61, 0x66, 0xE9, 0x2E]))
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect(report.articlesAdded == 1)
    #expect(library.articles.map(\.id) == ["good"])
    #expect(Set(report.warnings.map(\.path)) == [empty, binary, latin1])
    #expect(report.warnings.count == 3)
    #expect(library.index.checkInvariants().isEmpty)
  }

  @Test func missingPathThrowsBeforeLoadingAnything() throws {
    var library = ArticleLibrary()
    #expect(throws: NewsdeskError.noSuchPath("/no/such/folder")) {
      try library.load(paths: [TestSupport.fixtureArticlesPath, "/no/such/folder"])
    }
    #expect(library.articles.isEmpty)
    #expect(library.sentenceCount == 0)
  }

  @Test func emptyFolderLoadsNothing() throws {
    let folder = try TemporaryFolder()
    var library = ArticleLibrary()
    let report = try library.load(paths: [folder.path])
    #expect(report.articlesAdded == 0)
    #expect(library.articles.isEmpty)
    #expect(library.index.search(terms: ["quito"], limit: 5).isEmpty)
  }

  @Test func manyFilesLoadInSortedOrderWithMatchingIndex() throws {
    let folder = try TemporaryFolder()
    for number in 0..<150 {
      let name = String(format: "article-%03d.txt", number)
      try folder.write(name, "Story number marker\(number) is here. It has a second sentence.")
    }
    var library = ArticleLibrary()
    try library.load(paths: [folder.path])
    #expect(library.articles.count == 150)
    #expect(library.articles.map(\.id) == (0..<150).map { String(format: "article-%03d", $0) })
    #expect(library.index.checkInvariants().isEmpty)
    for number in [0, 63, 64, 65, 127, 128, 149] {
      let hits = library.index.search(terms: ["marker\(number)"], limit: 3)
      #expect(hits.count == 1)
      let location = try #require(
        hits.first.map { library.index.location(ofSentence: $0.sentence) })
      #expect(location.article == number)
      #expect(location.sentence == 0)
    }
  }
}
