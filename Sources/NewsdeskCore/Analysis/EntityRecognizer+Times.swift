/// Times of day: "10am", "at 9.30 pm", "14:00", "six o'clock", "noon", "midnight".
extension EntityRecognizer {
  /// The words after a figure that make it a time of day.
  static let clockSuffixes: Set<String> = [
    "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "o'clock",
  ]
  /// Times of day named by a word.
  static let namedTimes: Set<String> = ["noon", "midday", "midnight"]

  func timeSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    for index in list.indices {
      let word = list[index]
      if Self.namedTimes.contains(word.lower) {
        spans.append(index...index)
        continue
      }
      // "10am" is one word; "14:00" too, with the colon inside it.
      if word.isNumber, Self.isClockFigure(word.lower) {
        spans.append(index...index)
        continue
      }
      guard Self.isNumeral(word), index + 1 < list.count,
        Self.clockSuffixes.contains(list[index + 1].lower)
          || (list[index + 1].lower == "o" && index + 2 < list.count
            && list[index + 2].lower == "clock")
      else { continue }
      spans.append(index...(list[index + 1].lower == "o" ? index + 2 : index + 1))
    }
    return spans
  }

  /// "10am", "9.30pm", "14:00": a figure that is a time as written.
  static func isClockFigure(_ lower: String) -> Bool {
    for suffix in ["am", "pm"] where lower.hasSuffix(suffix) {
      let figure = lower.dropLast(2)
      if !figure.isEmpty, figure.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) {
        return true
      }
    }
    let parts = lower.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else {
      return false
    }
    return parts[1].count == 2 && (0...23).contains(hour) && (0...59).contains(minute)
  }
}
