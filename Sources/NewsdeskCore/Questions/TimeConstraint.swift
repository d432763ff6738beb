/// The time a question names ("what did Rubio say on Wednesday?", "what happened in 2009?",
/// "on September 3"): sentences whose dates agree answer it, those whose dates differ don't.
public struct TimeConstraint: Sendable, Equatable {
  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// 0 for Sunday through 6 for Saturday.
  public var weekday: Int?
  /// The question's words that name the time, lower-cased: they are matched by date, not
  /// as words.
  public var words: Set<String>

  /// Reads the first time expression of a question's words, if any.
  public init?(questionWords words: [String]) {
    var found = Set<String>()
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    for (index, word) in words.enumerated() {
      if let number = DateResolver.weekdays.firstIndex(of: word), weekday == nil {
        weekday = number
        found.insert(word)
      } else if word.count >= 3, let number = DateResolver.month(named: word),
        CalendarDate.monthPrefixes.contains(String(word.prefix(3))),
        Lexicon.months.contains(word), month == nil, word != "may" || index > 0
      {
        month = number
        found.insert(word)
        if index + 1 < words.count, let value = Int(words[index + 1]), (1...31).contains(value) {
          day = value
          found.insert(words[index + 1])
        } else if index > 0, let value = Int(words[index - 1]), (1...31).contains(value) {
          day = value
          found.insert(words[index - 1])
        }
      } else if word.count == 4, let value = Int(word), (1000...2199).contains(value), year == nil {
        year = value
        found.insert(word)
      }
    }
    guard year != nil || month != nil || weekday != nil else { return nil }
    self.year = year
    self.month = month
    self.day = day
    self.weekday = weekday
    self.words = found
  }

  /// Whether a day agrees with every part of the constraint.
  public func admits(_ date: CalendarDate) -> Bool {
    if let year, date.year != year { return false }
    if let month, date.month != month { return false }
    if let day, date.day != day { return false }
    if let weekday, date.weekday != weekday { return false }
    return true
  }

  /// Whether a year named alone agrees ("in 2009" against "in 2009").
  public func admits(year named: Int) -> Bool {
    guard month == nil, day == nil, weekday == nil else { return year == named }
    return year == named
  }
}
