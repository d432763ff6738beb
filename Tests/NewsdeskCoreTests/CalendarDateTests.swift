import Testing

@testable import NewsdeskCore

@Suite struct CalendarDateTests {
  @Test(arguments: [
    "2024-02-29", "2000-02-29", "2025-02-28", "2025-01-31", "2025-04-30", "2025-12-31",
    "0001-01-01",
    "9999-12-31",
  ])
  func validDates(_ text: String) throws {
    let date = try #require(CalendarDate(iso: text))
    #expect(date.iso == text)
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2025-02-29", "1900-02-29", "2025-04-31", "2025-06-31", "2025-13-01", "2025-00-10",
    "2025-01-00",
    "2025-01-32", "0000-01-01", "2025-9-04", "25-09-04", "20250904", "2025/09/04", "2025-09-04x",
    "abcd-ef-gh", "", "2025-09", "2025-09-04-01", " 2025-09-04", "-2025-09-04",
  ])
  func invalidDates(_ text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  /// The doc comment promises "exactly YYYY-MM-DD": digits only, no signs.
  @Test(arguments: ["2025-+1-04", "+025-09-04", "2025-09-+4"])
  func signedFieldsAreNotDates(_ text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test func componentsAreChecked() {
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2025, month: 0, day: 1) == nil)
    #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
  }

  @Test func isoPadsEveryField() throws {
    let date = try #require(CalendarDate(year: 5, month: 3, day: 7))
    #expect(date.iso == "0005-03-07")
  }

  @Test func ordering() throws {
    let early = try #require(CalendarDate(iso: "2024-12-31"))
    let late = try #require(CalendarDate(iso: "2025-01-01"))
    #expect(early < late)
    #expect(!(late < early))
    #expect([late, early].sorted() == [early, late])
  }

  @Test(arguments: [
    (2, 2024, 29), (2, 2025, 28), (2, 1900, 28), (2, 2000, 29), (4, 2025, 30), (12, 2025, 31),
  ])
  func daysInMonth(_ month: Int, _ year: Int, _ days: Int) {
    #expect(CalendarDate.daysIn(month: month, year: year) == days)
  }
}
