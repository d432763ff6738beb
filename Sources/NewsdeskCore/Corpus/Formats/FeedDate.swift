/// Reads the dates feeds carry: RFC 822 in RSS (`Tue, 04 Mar 2025 10:00:00 GMT`, also
/// without the weekday or with a two-digit year), ISO 8601 in Atom and Dublin Core
/// (`2025-03-04T10:00:00Z`). The calendar day is the one written, in the feed's own zone.
enum FeedDate {
  static let monthAbbreviations = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  static func calendarDate(in text: String) -> CalendarDate? {
    let trimmed = text.trimmingWhitespace()
    if let iso = CalendarDate(iso: trimmed.prefix(10)) { return iso }
    // RFC 822: [weekday ","] day month year time zone
    var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
    if let first = words.first, Int(first) == nil { words.removeFirst() }
    guard words.count >= 3, let day = Int(words[0]),
      let month = monthAbbreviations.firstIndex(of: String(words[1].prefix(3)).lowercased()),
      var year = Int(words[2])
    else { return nil }
    if words[2].count == 2 { year += year < 70 ? 2000 : 1900 }
    return CalendarDate(year: year, month: month + 1, day: day)
  }
}
