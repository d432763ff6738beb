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

/// A relative date resolved in the direction its clause's tense points.
struct DateTenseTests {
  /// Saturday 6 September 2025.
  static let saturday = CalendarDate(year: 2025, month: 9, day: 6)!
  /// Wednesday 15 October 2025.
  static let october = CalendarDate(year: 2025, month: 10, day: 15)!

  @Test(arguments: [
    ("Sunday", ClauseTense.past, "2025-08-31"), ("Sunday", .future, "2025-09-07"),
    ("Sunday", .unmarked, "2025-09-07"), ("Friday", .past, "2025-09-05"),
    ("Friday", .future, "2025-09-12"), ("Saturday", .past, "2025-09-06"),
    ("on Sunday", .past, "2025-08-31"), ("two days after Sunday", .past, "2025-09-02"),
    ("next Sunday", .past, "2025-09-07"), ("last Friday", .future, "2025-09-05"),
  ])
  func weekdayFollowsTense(_ phrase: String, _ tense: ClauseTense, _ expected: String) {
    #expect(
      DateResolver().resolve(phrase, articleDate: Self.saturday, tense: tense)?.iso == expected)
  }

  @Test(arguments: [
    ("1 January", ClauseTense.future, "2026-01-01"), ("1 January", .unmarked, "2025-01-01"),
    ("1 January", .past, "2025-01-01"), ("December 3", .past, "2024-12-03"),
    ("December 3", .future, "2025-12-03"), ("1 January 2025", .future, "2025-01-01"),
    ("20 October", .past, "2024-10-20"), ("15 October", .past, "2025-10-15"),
  ])
  func dayOfMonthTakesTheYearTheTenseSays(
    _ phrase: String, _ tense: ClauseTense, _ expected: String
  ) {
    #expect(
      DateResolver().resolve(phrase, articleDate: Self.october, tense: tense)?.iso == expected)
  }

  @Test(arguments: [
    ("The man was arrested on Sunday.", "Sunday", ClauseTense.past),
    ("He has been charged with fraud on Monday.", "Monday", .past),
    ("The driver, arrested on Sunday, is in custody.", "Sunday", .past),
    ("The new tariff will take effect on 1 January.", "1 January", .future),
    ("The minister is to announce the plan on Tuesday.", "Tuesday", .future),
    ("The council plans to vote on Friday.", "Friday", .future),
    ("The striker was due to appear in court on Monday.", "Monday", .future),
    ("The two teams are meeting on Thursday.", "Thursday", .future),
    ("The law takes effect on 1 January.", "1 January", .future),
    ("The company said on Tuesday it would close the plant on Friday.", "Friday", .unmarked),
    ("The company said on Tuesday it would close the plant on Friday.", "Tuesday", .past),
    ("Sunday, 7 September.", "Sunday", .unmarked),
  ])
  func readsTheTenseOfTheDatesClause(_ sentence: String, _ date: String, _ tense: ClauseTense)
    throws
  {
    let annotator = try #require(SentenceAnnotator.standard)
    let annotated = annotator.annotate(sentence)
    let start = try #require(sentence.utf8.firstRange(of: date.utf8))
    let offset = sentence.utf8.distance(from: sentence.utf8.startIndex, to: start.lowerBound)
    #expect(annotated.tense(of: offset..<(offset + date.utf8.count)) == tense)
  }

  @Test func entitiesResolveWithTheirClausesTense() throws {
    let annotator = try #require(SentenceAnnotator.standard)
    let sentence = annotator.annotate(
      "Police arrested the driver on Sunday and will charge him on Monday.")
    let dates = sentence.entities(articleDate: Self.saturday).filter { $0.kind == .date }
    #expect(dates.map { $0.date?.iso } == ["2025-08-31", "2025-09-08"])
  }
}
