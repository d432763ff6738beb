import Testing

@testable import NewsdeskCore

/// A `Key: value` header without `---` lines, ended by a blank line.
@Suite struct ArticleParserHeaderTests {
  let parser = ArticleParser()

  @Test func titleAndDateLinesBeforeABlankLine() {
    let text = "Title: Rovers win the cup\nDate: 2026-12-05\n\nRovers won the cup on Saturday."
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == "Rovers win the cup")
    #expect(parsed.date?.iso == "2026-12-05")
    #expect(parsed.body.trimmingWhitespace() == "Rovers won the cup on Saturday.")
  }

  @Test(
    arguments: [
      (
        "Headline: Mill sold\nPublished: Sat, 05 Dec 2026 10:00:00 GMT\nBy: A. Reporter\n\nBody.",
        "Mill sold", "2026-12-05"
      ),
      ("date: 5 December 2026\nsource: Valle Wire\r\n\r\nBody.", nil, "2026-12-05"),
      ("TITLE: Upper case keys\n\nBody.", "Upper case keys", nil),
    ] as [(String, String?, String?)])
  func headerVariants(text: String, title: String?, date: String?) {
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == title)
    #expect(parsed.date?.iso == date)
    #expect(parsed.body.trimmingWhitespace() == "Body.")
  }

  @Test(arguments: [
    // A first sentence with a colon is body text.
    "Update: police have closed the road.\n\nMore follows.",
    // A known key among unknown ones is not a header.
    "Title: Rovers win\nVenue: Marlow Park\n\nBody.",
    // Only keys that fill nothing the article shows.
    "Author: A. Reporter\n\nBody.",
    // A header that runs straight into the body, with no blank line.
    "Title: Rovers win\nRovers won the cup.",
  ])
  func textThatIsNotAHeaderStaysBody(_ text: String) {
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == nil)
    #expect(parsed.body == text)
  }

  @Test func aLeadingDateLineAloneStillReadsAsBefore() {
    let parsed = parser.parse("Date: 2026-12-05\n\nBody.", isMarkdown: false)
    #expect(parsed.date?.iso == "2026-12-05")
    #expect(parsed.body.trimmingWhitespace() == "Body.")
  }
}
