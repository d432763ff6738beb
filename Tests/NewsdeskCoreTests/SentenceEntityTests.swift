import Testing

@testable import NewsdeskCore

/// The entities an annotated sentence holds: names and figures read once, with their kinds
/// and extents, and dates resolved against the article's date.
@Suite(.needsWordNet) struct SentenceEntityTests {
  /// WordNet tells a capitalised opening word ("Shares", "Rescuers") from a name.
  static let reader = EntityReader(lexicon: TestSupport.lexicon)

  static func entities(_ text: String) -> [String] {
    reader.entities(in: text).map { "\($0.kind.rawValue): \($0.text)" }
  }

  @Test(
    arguments: [
      (
        "Shares in Barclays Bank fell 8% to £28.7m on 4 March 2024.",
        ["organization: Barclays Bank", "percent: 8%", "money: £28.7m", "date: 4 March 2024"]
      ),
      (
        "The convoy left at 10am and covered 33,300 miles in three days.",
        ["time: 10am", "quantity: 33,300 miles", "quantity: three days"]
      ),
      (
        "They found 12 miners near Quito at midnight.",
        ["number: 12", "place: Quito", "time: midnight"]
      ),
      ("On Tuesday, the Venezuelan envoy arrived.", ["date: Tuesday"]),
      ("", []),
      ("!!! ??? ...", []),
    ] as [(String, [String])])
  func kindsAndExtents(_ text: String, _ expected: [String]) {
    #expect(Self.entities(text) == expected)
  }

  @Test func datesAreResolvedAgainstTheArticleDate() throws {
    let sentence = AnnotatedSentence(
      text: "He resigned on Thursday, two days after the vote on 2 September 2025.", tokens: [],
      entities: Self.reader)
    // Written in full, a date names its day without the article's date; a weekday needs it.
    let alone = sentence.entities.filter { $0.kind == .date }
    #expect(alone.map(\.date) == [nil, CalendarDate(year: 2025, month: 9, day: 2)])
    let friday = try #require(CalendarDate(year: 2025, month: 9, day: 5))
    let resolved = sentence.entities(articleDate: friday).filter { $0.kind == .date }
    #expect(resolved.first?.date == CalendarDate(year: 2025, month: 9, day: 4))
  }

  @Test func offsetsPointAtTheEntityInTheSentence() {
    let text = "Trade Minister Alan Tarrant met Grace Osei in Leeds."
    for entity in Self.reader.entities(in: text) {
      let bytes = Array(text.utf8)[entity.utf8Range]
      #expect(String(decoding: bytes, as: UTF8.self) == entity.text)
    }
    #expect(Self.entities(text).contains("person: Alan Tarrant"))
  }

  @Test func aLongSentenceIsReadWithoutFailing() {
    let text = String(repeating: "Mr Smith paid $5 on 3 May in Paris, ", count: 300)
    #expect(!EntityReader.surface.entities(in: text).isEmpty)
  }
}
