import Foundation
import Testing

@testable import NewsdeskCore

@Suite struct ArticleParserTests {
  let parser = ArticleParser()

  @Test func frontMatterFields() {
    let text = """
      ---
      title: Quito approves water plan
      date: 2025-03-10
      source: Andes Wire
      ---
      The council approved the plan.
      """
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == "Quito approves water plan")
    #expect(parsed.date == CalendarDate(year: 2025, month: 3, day: 10))
    #expect(parsed.source == "Andes Wire")
    #expect(
      parsed.body.trimmingCharacters(in: .whitespacesAndNewlines)
        == "The council approved the plan.")
    #expect(!parsed.body.contains("---"))
  }

  @Test func quotedFrontMatterValuesLoseTheirQuotes() {
    let text = """
      ---
      title: "Rubio: a visit, in two parts"
      source: 'AFP'
      date: "2025-09-04"
      ---
      Body.
      """
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == "Rubio: a visit, in two parts")
    #expect(parsed.source == "AFP")
    #expect(parsed.date?.iso == "2025-09-04")
  }

  @Test func frontMatterKeysIgnoreCaseAndUnknownKeys() {
    let text = "---\nTitle: Upper key\nauthor: Someone\nDATE: 2024-02-29\n---\nBody."
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == "Upper key")
    #expect(parsed.date?.iso == "2024-02-29")
    #expect(parsed.source == nil)
  }

  @Test func dateWithTimeInFrontMatterKeepsTheDay() {
    let parsed = parser.parse("---\ndate: 2025-09-04T10:30:00Z\n---\nBody.", isMarkdown: false)
    #expect(parsed.date?.iso == "2025-09-04")
  }

  @Test func unclosedFrontMatterIsLeftAsText() {
    let text = "---\ntitle: Never closed\nThe body goes on."
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.title == nil)
    #expect(parsed.body.contains("The body goes on."))
  }

  @Test func leadingDateSharingALineWithTheFirstSentence() {
    let text =
      "date 2025-09-04 US Secretary of State Marco Rubio is expected to discuss security.\n\nRubio will meet Noboa."
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.date == CalendarDate(year: 2025, month: 9, day: 4))
    #expect(parsed.body.hasPrefix("US Secretary of State"))
    #expect(!parsed.body.contains("2025-09-04"))
    #expect(parsed.title == nil)
  }

  @Test(arguments: [
    "date: 2025-09-04\nBody text here.", "Date 2025-09-04\nBody text here.",
    "\n\n  date\t2025-09-04 Body text here.",
  ])
  func leadingDateVariants(_ text: String) {
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.date?.iso == "2025-09-04")
    #expect(parsed.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Body text here.")
  }

  @Test func theSeedArticleHasItsDateAndNoDateInTheBody() throws {
    let text = try String(contentsOfFile: TestSupport.seedArticlePath, encoding: .utf8)
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.date?.iso == "2025-09-04")
    #expect(parsed.body.hasPrefix("US Secretary of State Marco Rubio"))
  }

  @Test(arguments: [
    "date 2025-02-29 Something happened on a day that does not exist.",
    "date 2025-13-01 Something happened in a month that does not exist.",
    "date 2025-9-4 Something happened with a short date.",
  ])
  func invalidLeadingDateIsIgnored(_ text: String) {
    let parsed = parser.parse(text, isMarkdown: false)
    #expect(parsed.date == nil)
    #expect(parsed.body.contains("Something happened"))
  }

  @Test func invalidFrontMatterDateIsIgnoredButTheRestIsRead() {
    let parsed = parser.parse("---\ntitle: Kept\ndate: tomorrow\n---\nBody.", isMarkdown: false)
    #expect(parsed.date == nil)
    #expect(parsed.title == "Kept")
  }

  @Test func dateGluedToAWordIsNotADateLine() {
    let parsed = parser.parse("date 2025-09-04abc was a code name.", isMarkdown: false)
    #expect(parsed.date == nil)
    #expect(parsed.body.hasPrefix("date 2025-09-04abc"))
  }

  @Test func frontMatterDateWinsOverALeadingDate() {
    let parsed = parser.parse(
      "---\ndate: 2025-01-01\n---\ndate 2025-02-02 Body.", isMarkdown: false)
    #expect(parsed.date?.iso == "2025-01-01")
    #expect(parsed.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Body.")
  }

  @Test func markdownHeadingBecomesTheTitle() {
    let parsed = parser.parse(
      "# Dockworkers strike in Callao\n\nDockworkers walked out.", isMarkdown: true)
    #expect(parsed.title == "Dockworkers strike in Callao")
    #expect(!parsed.body.contains("#"))
    #expect(
      parsed.body.trimmingCharacters(in: .whitespacesAndNewlines) == "Dockworkers walked out.")
  }

  @Test func markdownHeadingAfterFrontMatterAndDate() {
    let text = "---\nsource: Desk\n---\ndate 2025-03-18\n# Strike at the port\n\nThe strike began."
    let parsed = parser.parse(text, isMarkdown: true)
    #expect(parsed.title == "Strike at the port")
    #expect(parsed.date?.iso == "2025-03-18")
    #expect(parsed.source == "Desk")
    #expect(parsed.body.trimmingCharacters(in: .whitespacesAndNewlines) == "The strike began.")
  }

  @Test func frontMatterTitleWinsOverAHeading() {
    let parsed = parser.parse(
      "---\ntitle: From front matter\n---\n# From heading\nBody.", isMarkdown: true)
    #expect(parsed.title == "From front matter")
  }

  @Test func headingInPlainTextIsNotATitle() {
    let parsed = parser.parse("# Not a title\nBody.", isMarkdown: false)
    #expect(parsed.title == nil)
    #expect(parsed.body.hasPrefix("# Not a title"))
  }

  @Test func byteOrderMarkIsIgnored() {
    let parsed = parser.parse(
      "\u{FEFF}---\ntitle: With a BOM\ndate: 2025-05-05\n---\nBody.", isMarkdown: false)
    #expect(parsed.title == "With a BOM")
    #expect(parsed.date?.iso == "2025-05-05")
    let dated = parser.parse("\u{FEFF}date 2025-09-04 The first sentence.", isMarkdown: false)
    #expect(dated.date?.iso == "2025-09-04")
    #expect(dated.body.hasPrefix("The first sentence."))
    #expect(!dated.body.contains("\u{FEFF}"))
  }

  // MARK: - Derived titles

  func derivedTitle(_ body: String) -> String {
    let sentences = ArticleReader.locations(of: parser.splitter.split(body), in: body)
    return parser.derivedTitle(body: body, sentences: sentences)
  }

  @Test func shortFirstSentenceIsTheWholeTitle() {
    #expect(
      derivedTitle("Rubio meets Noboa in Quito. Then he flies home.")
        == "Rubio meets Noboa in Quito.")
  }

  @Test func derivedTitleFoldsWhitespace() {
    #expect(derivedTitle("Rubio   meets\nNoboa. More.") == "Rubio meets Noboa.")
  }

  @Test func longFirstSentenceIsCutAtAWordBoundaryWithAnEllipsis() throws {
    let sentence =
      "US Secretary of State Marco Rubio is expected to discuss bolstering security cooperation Thursday in violence-swept Ecuador."
    let title = derivedTitle(sentence + " Another sentence.")
    #expect(title.hasSuffix("…"))
    #expect(title.count <= parser.maximumDerivedTitleLength)
    let kept = String(title.dropLast())
    #expect(!kept.hasSuffix(" "))
    #expect(sentence.hasPrefix(kept))
    // The next character of the sentence after the kept words is a space: nothing was cut mid-word.
    let next = sentence[sentence.index(sentence.startIndex, offsetBy: kept.count)]
    #expect(next == " ")
    #expect(title == "US Secretary of State Marco Rubio is expected to discuss bolstering…")
  }

  @Test func oneHugeWordIsCutToTheLimit() {
    let word = String(repeating: "x", count: 200)
    let title = derivedTitle(word + ". Next.")
    #expect(title.hasSuffix("…"))
    #expect(title.count == parser.maximumDerivedTitleLength)
  }

  @Test func noSentencesMeansUntitled() {
    #expect(parser.derivedTitle(body: "", sentences: []) == "(untitled)")
  }
}
