import Testing

@testable import NewsdeskCore

/// The NITF and NewsML-G2 fields newsdesk reads, on small invented items.
@Suite struct NewsXMLArticleConverterTests {
  static func convert(_ xml: String) -> Result<ConvertedArticle, LoadWarning> {
    NewsXMLArticleConverter().convert(Array(xml.utf8), path: "item.xml")
  }

  @Test(arguments: [
    ("20250612T091500-0400", "2025-06-12"), ("2025-06-12T09:15:00Z", "2025-06-12"),
    ("2025-06-12", "2025-06-12"), (" 20241130 ", "2024-11-30"),
  ])
  func datesAreReadFromISOAndNITFNorm(text: String, expected: String) {
    #expect(NewsXMLArticleConverter.date(in: text) == CalendarDate(iso: expected))
  }

  @Test(arguments: ["yesterday", "2025-13-45", "2025061", ""])
  func notDatesGiveNone(text: String) {
    #expect(NewsXMLArticleConverter.date(in: text) == nil)
  }

  @Test func aNewsMessageGivesItsFirstItemOnly() throws {
    let xml = """
      <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
      <newsItem><contentMeta><headline>First story</headline></contentMeta>
      <contentSet><inlineData>The first story happened.

      It had a second paragraph.</inlineData></contentSet></newsItem>
      <newsItem><contentMeta><headline>Second story</headline></contentMeta>
      <contentSet><inlineData>The second story happened.</inlineData></contentSet></newsItem>
      </itemSet></newsMessage>
      """
    let article = try Self.convert(xml).get()
    #expect(article.title == "First story")
    #expect(article.body == "The first story happened.\n\nIt had a second paragraph.")
  }

  @Test func nitfFallsBackToTheReleaseDateAndHeadTitle() throws {
    let xml = """
      <nitf><head><title>Ferry timetable changes</title><docdata>
      <date.release norm="20250301T080000Z"/></docdata></head>
      <body><body.content><p>Ferries will run every 40 minutes.</p></body.content></body></nitf>
      """
    let article = try Self.convert(xml).get()
    #expect(article.title == "Ferry timetable changes")
    #expect(article.date == CalendarDate(iso: "2025-03-01"))
    #expect(article.body == "Ferries will run every 40 minutes.")
  }

  @Test func anItemWithoutBodyTextIsSkippedSayingSo() {
    guard case .failure(let warning) = Self.convert("<nitf><head><title>T</title></head></nitf>")
    else {
      Issue.record("an empty NITF file loaded")
      return
    }
    #expect(warning.reason.contains("no body text"))
  }
}
