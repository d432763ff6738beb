/// Turns a date as an article words it ("Thursday", "September 4", "last year") into a day
/// on the calendar, using the article's own date.
///
/// News names weekdays for days around its dateline: "Thursday" in an article dated
/// Thursday 2025-09-04 is that day, and "Wednesday" the day before. So a weekday resolves to
/// the nearest such day within three days either side. The tense of the clause the date
/// belongs to decides the direction when it says one: "was arrested on Sunday" is the Sunday
/// before, "will meet on Sunday" the one after, and "will take effect on 1 January" in an
/// October article the next January.
public struct DateResolver: Sendable {
  public init() {}

  public func resolve(
    _ phrase: String, articleDate: CalendarDate?, tense: ClauseTense = .unmarked
  ) -> CalendarDate? {
    let words = WordTokenizer.words(in: phrase)
    guard !words.isEmpty else { return nil }
    // "a week before September 4" counts from the date it names.
    if words.count >= 4, Self.unitDays[words[1]] != nil, let articleDate,
      let date = relative(words, articleDate: articleDate, tense: tense)
    {
      return date
    }
    if let date = explicitDate(words, articleDate: articleDate, tense: tense) { return date }
    guard let articleDate else { return nil }
    if words.count == 1 {
      switch words[0] {
      case "today", "tonight": return articleDate
      case "yesterday": return articleDate.adding(days: -1)
      case "tomorrow": return articleDate.adding(days: 1)
      default: break
      }
    }
    if let weekday = Self.weekdays.firstIndex(of: words[0]), words.count == 1 {
      let offset = (weekday - articleDate.weekday + 7) % 7  // 0...6 days ahead
      switch tense {
      case .past: return articleDate.adding(days: offset == 0 ? 0 : offset - 7)
      case .future: return articleDate.adding(days: offset)
      case .unmarked: return articleDate.adding(days: offset <= 3 ? offset : offset - 7)
      }
    }
    return relative(words, articleDate: articleDate, tense: tense)
  }

  /// "two days ago", "a week ago", "three days after Thursday", "last Monday", "next Friday".
  func relative(_ words: [String], articleDate: CalendarDate, tense: ClauseTense = .unmarked)
    -> CalendarDate?
  {
    if words.count == 2, let weekday = Self.weekdays.firstIndex(of: words[1]) {
      let ahead = (weekday - articleDate.weekday + 7) % 7
      switch words[0] {
      case "last", "past": return articleDate.adding(days: ahead == 0 ? -7 : ahead - 7)
      case "next", "coming": return articleDate.adding(days: ahead == 0 ? 7 : ahead)
      case "this", "on": return resolve(words[1], articleDate: articleDate, tense: tense)
      default: return nil
      }
    }
    guard words.count >= 3, let count = Self.count(words[0]),
      let unit = Self.unitDays[words[1]]
    else { return nil }
    let days = count * unit
    switch words[2] {
    case "ago" where words.count == 3:
      return articleDate.adding(days: -days)
    case "after", "before":
      // "two days after Thursday": counted from the day named after it.
      let anchor = words.dropFirst(3).joined(separator: " ")
      guard !anchor.isEmpty, let day = resolve(anchor, articleDate: articleDate, tense: tense)
      else {
        return nil
      }
      return day.adding(days: words[2] == "after" ? days : -days)
    default:
      return nil
    }
  }

  static let unitDays: [String: Int] = ["day": 1, "days": 1, "week": 7, "weeks": 7]

  static func count(_ word: String) -> Int? {
    if let number = Int(word), (0...1000).contains(number) { return number }
    let words = [
      "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve",
    ]
    if word == "one" { return 1 }
    return words.firstIndex(of: word).map { $0 + 1 }
  }

  /// "September 4, 2025", "4 September", "Sept. 4" (the article's year, or the year before or
  /// after when the tense says the day lies on the other side of the article's date),
  /// "2009" is no day.
  func explicitDate(_ words: [String], articleDate: CalendarDate?, tense: ClauseTense = .unmarked)
    -> CalendarDate?
  {
    guard let monthIndex = words.firstIndex(where: { Self.month(named: $0) != nil }),
      let month = Self.month(named: words[monthIndex])
    else { return nil }
    let numbers = words.compactMap { Int($0) }
    let day = numbers.first { (1...31).contains($0) }
    let written = numbers.first { $0 >= 1000 }
    guard let day, let year = written ?? articleDate?.year,
      let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    guard written == nil, let articleDate else { return date }
    switch tense {
    case .past where date.dayNumber > articleDate.dayNumber:
      return CalendarDate(year: year - 1, month: month, day: day)
    case .future where date.dayNumber < articleDate.dayNumber:
      return CalendarDate(year: year + 1, month: month, day: day)
    default: return date
    }
  }

  static func month(named word: String) -> Int? {
    let prefix = String(word.prefix(3))
    guard word.count >= 3, let index = CalendarDate.monthPrefixes.firstIndex(of: prefix) else {
      return nil
    }
    return index + 1
  }

  /// Sunday first, as `CalendarDate.weekday` counts.
  static var weekdays: [String] { Lexicon.weekdayNames }
}

extension CalendarDate {
  /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic without Foundation.
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  init?(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// 0 for Sunday through 6 for Saturday.
  var weekday: Int { ((dayNumber % 7) + 11) % 7 }

  func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }
}
