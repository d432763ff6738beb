/// The date phrases of a sentence, whole: the day with its month ("24 November", "1 May,
/// 2002", "May 1, 2002"), and two dates joined into one answer ("between 12 January and 10
/// February", "in 1997 and 1998"), so that "when?" gets the date the article gives, not
/// the month alone.
extension EntityRecognizer {
  func dateSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let single = singleDateSpans(words)
    return single + periodPartSpans(single, words) + joinedDateSpans(single, words)
  }

  /// "the late 1990s", "early 2008": the part of the period is part of the date.
  func periodPartSpans(_ spans: [ClosedRange<Int>], _ words: SentenceWords) -> [ClosedRange<Int>] {
    spans.compactMap { span in
      span.lowerBound > 0 && Self.periodParts.contains(words.words[span.lowerBound - 1].lower)
        && words.punctuation(before: span.lowerBound) == nil
        ? (span.lowerBound - 1)...span.upperBound : nil
    }
  }

  static let periodParts: Set<String> = ["early", "late", "mid"]

  /// Each date phrase by itself.
  func singleDateSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    let list = words.words
    var index = 0
    while index < list.count {
      let word = list[index]
      if Lexicon.weekdays.contains(word.lower) {
        // "last Monday", "next Friday": the day the article means.
        if index > 0, ["last", "next"].contains(list[index - 1].lower) {
          spans.append((index - 1)...index)
        }
        spans.append(index...index)
      } else if ["days", "weeks", "day", "week"].contains(word.lower), index > 0,
        index + 1 < list.count, list[index + 1].lower == "ago",
        DateResolver.count(list[index - 1].lower) != nil
      {
        spans.append((index - 1)...(index + 1))  // "two days ago"
      } else if Lexicon.months.contains(word.lower), word.isCapitalized {
        // "24 November": the British order puts the day first.
        let start = index > 0 && isDayOfMonth(index - 1, before: index, words) ? index - 1 : index
        var end = index
        if end + 1 < list.count, list[end + 1].isNumber { end += 1 }
        if end + 1 < list.count, list[end + 1].isNumber, list[end + 1].lower.count == 4 { end += 1 }
        spans.append(start...end)
        index = end
      } else if word.isNumber, word.lower.count == 4, let year = Int(word.lower),
        (1000...2199).contains(year)
      {
        // "1368–1644": a range of years is one answer.
        if index + 1 < list.count, list[index + 1].isNumber, list[index + 1].lower.count == 4,
          let mark = words.punctuation(before: index + 1), mark == "–" || mark == "-"
        {
          spans.append(index...(index + 1))
        }
        spans.append(index...index)
      } else if Lexicon.ordinalWords.contains(word.lower), index + 1 < list.count,
        ["century", "centuries", "millennium"].contains(list[index + 1].lower)
      {
        spans.append(index...(index + 1))
      } else if word.lower.hasSuffix("s"), word.isNumber, word.lower.count == 5 {
        spans.append(index...index)  // "1990s"
      }
      index += 1
    }
    return spans
  }

  /// The year of a date with its month ("24 May 2012" → "2012"); nil for a year alone, a
  /// range of years or a date without one.
  func yearOfDate(_ span: ClosedRange<Int>, _ words: SentenceWords) -> ClosedRange<Int>? {
    let list = words.words
    guard span.contains(where: { Lexicon.months.contains(list[$0].lower) }),
      let year = span.last(where: { list[$0].isNumber && list[$0].lower.count == 4 })
    else { return nil }
    return year...year
  }

  /// Whether word `position` is a day of the month written just before the month word
  /// ("24", "1st"), with nothing but a space between them.
  private func isDayOfMonth(_ position: Int, before month: Int, _ words: SentenceWords) -> Bool {
    let word = words.words[position]
    guard word.isNumber, words.punctuation(before: month) == nil else { return false }
    let digits = word.lower.prefix { $0.isNumber }
    let suffix = word.lower.dropFirst(digits.count)
    guard let day = Int(digits), (1...31).contains(day) else { return false }
    return suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix))
  }

  /// Words that join two dates into one answer: "12 January and 10 February", "1997 to 1998".
  private static let dateJoiners: Set<String> = ["and", "to", "until", "till", "or"]

  /// Two date phrases joined by a joining word: one answer covering both.
  func joinedDateSpans(_ spans: [ClosedRange<Int>], _ words: SentenceWords) -> [ClosedRange<Int>] {
    var joined: [ClosedRange<Int>] = []
    for first in spans {
      for second in spans where second.lowerBound == first.upperBound + 2 {
        guard Self.dateJoiners.contains(words.words[first.upperBound + 1].lower),
          words.punctuation(before: first.upperBound + 1) == nil
        else { continue }
        // The widest pair only: "12 January and 10 February", not "January and 10".
        let wider = first.lowerBound...second.upperBound
        if !joined.contains(where: {
          $0.contains(wider.lowerBound) && $0.contains(wider.upperBound)
        }) {
          joined.append(wider)
        }
      }
    }
    return joined
  }
}

extension EntityRecognizer {
  /// Spans of years: "1961 to 1972" (after "from"), "1961 and 1972" (after "between"),
  /// "1961–1972".
  func yearRanges(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    func isYear(_ index: Int) -> Bool {
      index < list.count && list[index].lower.count == 4 && Int(list[index].lower) != nil
    }
    var spans: [ClosedRange<Int>] = []
    for index in list.indices where isYear(index) {
      if isYear(index + 1), ["–", "-"].contains(words.punctuation(before: index + 1)) {
        spans.append(index...(index + 1))
      }
      guard index > 0, isYear(index + 2) else { continue }
      let opener = list[index - 1].lower
      let joint = list[index + 1].lower
      if (opener == "from" && ["to", "until", "through", "till"].contains(joint))
        || (opener == "between" && joint == "and")
      {
        spans.append(index...(index + 2))
      }
    }
    return spans
  }
}
