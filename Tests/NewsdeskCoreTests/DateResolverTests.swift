import Testing

@testable import NewsdeskCore

/// Dates as articles word them, resolved against the article's own date.
struct DateResolverTests {
  static let thursday = CalendarDate(year: 2025, month: 9, day: 4)!  // a Thursday

  @Test(arguments: [
    ("Thursday", "2025-09-04"), ("Wednesday", "2025-09-03"), ("Monday", "2025-09-01"),
    ("Sunday", "2025-09-07"), ("Friday", "2025-09-05"), ("yesterday", "2025-09-03"),
    ("tomorrow", "2025-09-05"), ("today", "2025-09-04"), ("September 4, 2025", "2025-09-04"),
    ("21 February 1804", "1804-02-21"), ("Jan. 22", "2025-01-22"), ("Sept. 30", "2025-09-30"),
    ("two days ago", "2025-09-02"), ("a week ago", "2025-08-28"), ("3 days ago", "2025-09-01"),
    ("two days after Monday", "2025-09-03"), ("a week before September 4", "2025-08-28"),
    ("last Monday", "2025-09-01"), ("last Thursday", "2025-08-28"), ("next Thursday", "2025-09-11"),
    ("next Friday", "2025-09-05"),
  ])
  func resolves(_ phrase: String, _ expected: String) {
    #expect(DateResolver().resolve(phrase, articleDate: Self.thursday)?.iso == expected)
  }

  @Test(arguments: [
    "2009", "last year", "decades", "", "February 30, 2025", "two days later", "days ago",
    "two days after the attack",
  ])
  func leavesAloneWhatIsNotOneDay(_ phrase: String) {
    #expect(DateResolver().resolve(phrase, articleDate: Self.thursday) == nil)
  }

  @Test func weekdaysNeedAnArticleDate() {
    #expect(DateResolver().resolve("Thursday", articleDate: nil) == nil)
  }

  @Test(arguments: [
    (1970, 1, 1, 4), (2025, 9, 4, 4), (2000, 2, 29, 2), (2024, 12, 31, 2), (1804, 2, 21, 2),
  ])
  func weekdayArithmetic(_ year: Int, _ month: Int, _ day: Int, _ weekday: Int) throws {
    let date = try #require(CalendarDate(year: year, month: month, day: day))
    #expect(date.weekday == weekday)
    #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    #expect(date.adding(days: 1)?.adding(days: -1) == date)
  }
}
