import Foundation
import Testing

@testable import NewsdeskCore

/// HTML pages, NITF, NewsML-G2, a JSON Lines export and an RSS feed load as the same
/// article a plain-text file gives.
@Suite struct ArticleFormatsTests {
  static var folder: String {
    TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures/formats/same-article").path
  }
  static let versions = [
    "tarija-vineyards.txt", "tarija-vineyards.html", "tarija-vineyards-nitf.xml",
    "tarija-vineyards-newsml.xml", "tarija-vineyards.jsonl", "tarija-vineyards.rss",
  ]

  static func draft(_ name: String) throws -> ArticleReader.Draft {
    try ArticleReader().read(path: folder + "/" + name).get()
  }

  @Test(arguments: versions)
  func eachFormatGivesTheTextArticlesTitleDateAndSentences(name: String) throws {
    let text = try Self.draft("tarija-vineyards.txt")
    let other = try Self.draft(name)
    #expect(other.title == text.title)
    #expect(other.date == text.date)
    let sentences = { (draft: ArticleReader.Draft) in
      draft.sentences.map { location in
        String(
          decoding: Array(draft.body.utf8)[Int(location.start)..<Int(location.end)], as: UTF8.self)
      }
    }
    #expect(sentences(other) == sentences(text))
  }

  @Test(arguments: [
    "what did the cooperative open?", "how much did the plant cost?",
    "who is the cooperative president?", "where will the first shipment go?",
    "why will the first shipment go to Chile?", "how many bottles can the plant fill a day?",
  ])
  func theSameQuestionGetsTheSameAnswerInEveryFormat(question: String) throws {
    var answers: [String] = []
    for name in Self.versions {
      var session = NewsdeskSession()
      _ = try session.load(paths: [Self.folder + "/" + name])
      let answer = session.ask(question)
      answers.append("\(answer.shortAnswer ?? "-") | \(answer.evidence?.sentence ?? "-")")
    }
    #expect(Set(answers).count == 1, "\(answers)")
    #expect(answers.first?.hasPrefix("- | -") == false)
  }

  @Test func theHTMLPageLeavesOutItsFurniture() throws {
    let page = try Self.draft("tarija-vineyards.html")
    for furniture in ["cookies", "Politics", "analytics", "Related", "Newsletter", "rights"] {
      #expect(!page.body.contains(furniture), "\(furniture) is in the body")
    }
    #expect(page.source == "https://valle-wire.example/2025/06/tarija-bottling")
    #expect(page.body.contains("8.5 million"))  // &nbsp; decoded, as a space
  }

  @Test func aFolderLoadTakesEveryFormatWhateverTheCaseOfItsExtension() throws {
    let folder = try TemporaryFolder()
    try folder.write("A.HTML", "<p>The museum reopened on Sunday.</p>")
    try folder.write("b.Htm", "<p>The bridge closed on Monday.</p>")
    try folder.write("c.TXT", "The market moved on Tuesday.")
    let found = try ArticleFileFinder().find(in: folder.path)
    #expect(found.files.map { ($0 as NSString).lastPathComponent } == ["A.HTML", "b.Htm", "c.TXT"])
  }

  @Test func aPageWithoutArticleOrTitleTakesItsBodyAndFirstHeading() throws {
    let html = """
      <html><body><nav>Home | World</nav><h1>Dam inspection finds cracks</h1>
      <div>Inspectors found cracks in the Rio Verde dam on Friday.</div>
      <div>Repairs will start in May.</div></body></html>
      """
    let draft = try ArticleReader().read(
      text: html, path: "2025-02-07-dam.html", baseID: "dam"
    ).get()
    #expect(draft.title == "Dam inspection finds cracks")
    #expect(draft.sentences.count == 2)  // the heading is the title, not a sentence
    #expect(!draft.body.contains("Home"))
  }

  @Test func aDateInJSONLDIsReadWhenThePageHasNoOther() throws {
    let html = """
      <html><head><script type="application/ld+json">
      {"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-11-30"}]}
      </script></head><body><article><p>The tram line opened.</p></article></body></html>
      """
    let draft = try ArticleReader().read(text: html, path: "tram.html", baseID: "tram").get()
    #expect(draft.date == CalendarDate(iso: "2024-11-30"))
  }
}
