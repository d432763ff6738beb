/// Recognises the entities of a sentence that are not names (names are `NameRecognizer`'s):
/// numbers, percentages, sums of money and quantities here, dates and spans of years in
/// `EntityRecognizer+Dates`. It finds spans only; how well one answers a question is the
/// answer rules' to weigh. Read from the surface, so it needs neither WordNet nor the parser.
public struct EntityRecognizer: Sendable {
  public init() {}

  /// A number written in figures or in words: "42", "28.7m", "seven".
  static func isNumeral(_ word: SentenceWords.Word) -> Bool {
    word.isNumber || Lexicon.numberWords.contains(word.lower)
  }

  /// Runs of numerals with the unit words allowed to join them ("33,300 pounds", "three
  /// days"), each ending at a bracket or a semicolon.
  func numberSpans(_ words: SentenceWords, unitWords: Set<String>) -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    let list = words.words
    var index = 0
    while index < list.count {
      if Self.isNumeral(list[index]) {
        var end = index
        // A bracket starts another figure ("51,300 pounds (23,300 kg)"); a hyphen joins a
        // fraction ("one-quarter").
        while end + 1 < list.count, !["(", ")", ";"].contains(words.punctuation(before: end + 1)),
          Self.isNumeral(list[end + 1])
            || unitWords.contains(list[end + 1].lower)
            || (words.isHyphenJoined(end + 1)
              && Lexicon.fractionWords.contains(list[end + 1].lower))
            || isHyphenatedFractionJoint(end + 1, words)
        {
          end += 1
        }
        // "120m per second", "90 miles an hour": a figure with a unit (in its word or after it)
        // and the time it is counted over is one rate, not a length cut short.
        if !unitWords.isEmpty, end > index || Self.hasUnitSuffix(list[end].lower),
          let rateEnd = rateEnd(after: end, words)
        {
          end = rateEnd
        }
        spans.append(index...end)
        index = end
      }
      index += 1
    }
    return spans
  }
  /// Where "per second", "an hour" or "/h" after position `end` ends, when it follows at once.
  func rateEnd(after end: Int, _ words: SentenceWords) -> Int? {
    let list = words.words
    // "17m/s", "61km/h".
    if end + 1 < list.count, words.punctuation(before: end + 1) == "/",
      Self.rateTimeAbbreviations.contains(list[end + 1].lower)
    {
      return end + 1
    }
    guard end + 2 < list.count, words.punctuation(before: end + 1) == nil,
      words.punctuation(before: end + 2) == nil,
      Lexicon.rateTimeUnits.contains(list[end + 2].lower)
    else { return nil }
    return ["per", "an", "a"].contains(list[end + 1].lower) ? end + 2 : nil
  }

  /// The time of a rate written after a slash: "km/h", "m/s".
  static let rateTimeAbbreviations: Set<String> = ["h", "hr", "s", "sec", "min"]

  /// Whether a word is a figure with its unit written on ("120m", "38mph"), not digits alone
  /// nor a number word ("half" in "half an hour" is no rate).
  static func hasUnitSuffix(_ word: String) -> Bool {
    word.first?.isNumber == true && word.contains { $0.isLetter }
  }

  /// "three-and-a-half": the "and" and "a" that join a whole number to its fraction, inside
  /// one hyphenated word.
  func isHyphenatedFractionJoint(_ position: Int, _ words: SentenceWords) -> Bool {
    let list = words.words
    guard words.isHyphenJoined(position), ["and", "a"].contains(list[position].lower) else {
      return false
    }
    var next = position + 1
    while next < list.count, words.isHyphenJoined(next), ["and", "a"].contains(list[next].lower) {
      next += 1
    }
    return next < list.count && words.isHyphenJoined(next)
      && Lexicon.fractionWords.contains(list[next].lower)
  }

  /// Sums of money: a figure after a currency sign ("$4.1bn", "£28.7m"), with a currency
  /// named after it ("5.65bn euros"), or in pence ("415p").
  func moneySpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    return numberSpans(words, unitWords: Lexicon.currencyNames.union(["of"]))
      .filter { span in
        let before = words.punctuation(before: span.lowerBound)
        return before == "$" || before == "€" || before == "£"
          || span.contains {
            Lexicon.currencyNames.contains(list[$0].lower) || Self.isPence(list[$0].lower)
          }
      }
  }

  /// A sum in pence written as one word: digits, perhaps a decimal point, then "p".
  static func isPence(_ word: String) -> Bool {
    guard word.count >= 2, word.last == "p" else { return false }
    let figure = word.dropLast()
    return figure.first?.isNumber == true && figure.allSatisfy { $0.isNumber || $0 == "." }
  }

  /// Figures given as a percentage: "70%", "4.5 percent", "12 per cent", "0.25 percentage
  /// points", "50 basis points".
  func percentSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let units: Set<String> = ["percent", "per", "cent", "percentage", "basis", "points", "point"]
    return numberSpans(words, unitWords: units).compactMap { span in
      let last = words.words[span.upperBound].lower
      if last == "percent" || last == "cent" { return span }
      if last == "points" || last == "point", span.count >= 3,
        ["percentage", "basis"].contains(words.words[span.upperBound - 1].lower)
      {
        return span
      }
      // "70%": the sign follows the number directly.
      return words.hasPercentSign(after: span.upperBound) ? span : nil
    }
  }
}
