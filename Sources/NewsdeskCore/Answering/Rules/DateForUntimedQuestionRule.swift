/// "Which company is making the remaster?" → not "November 12": a date answers a question
/// that asks when, not one that asks who, what or where. On the SQuAD 2.0 train titles and
/// the yardstick, 61 answers were a date alone (a month or weekday with its day and year, or
/// a bare year) given to a question that names no time; 2 were right, and those were counts
/// read with a year beside them, which this rule leaves alone.
struct DateForUntimedQuestionRule: AnswerRule {
  let name = "dateForUntimedQuestion"
  let doc = "A span that is only a date fits less when the question asks no time."
  let scales = ScoredPart.typeFit

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard !Self.timedTypes.contains(sentence.type),
      sentence.context.questionWords.isDisjoint(with: Self.timeWords)
    else { return 1 }
    let words = sentence.words.words[candidate.span]
    guard words.allSatisfy({ Self.isDatePart($0) }) else { return 1 }
    let namesDay = words.contains {
      ($0.isCapitalized && Lexicon.months.contains($0.lower)) || Lexicon.weekdays.contains($0.lower)
    }
    // A year alone may still be a count ("how many … ?" → "1500"): amounts keep it.
    let isYearAlone = words.count == 1 && Self.isYear(words.first!.lower)
    guard namesDay || (isYearAlone && !Self.amountTypes.contains(sentence.type)) else {
      return 1
    }
    return AnswerWeights.dateForUntimedFit.value
  }

  /// The answer types a date answers.
  static let timedTypes: Set<AnswerType> = [.date, .time, .duration, .yesNo]
  static let amountTypes: Set<AnswerType> = [.number, .percent, .money, .quantity]

  /// Question words that ask for, or about, a time: "in what year", "at what age", "how long".
  static let timeWords: Set<String> = [
    "when", "year", "years", "date", "dates", "day", "days", "month", "months", "week", "weeks",
    "time", "times", "period", "century", "centuries", "decade", "decades", "era", "season",
    "age", "long", "anniversary", "deadline", "birthday", "until", "since",
  ]

  /// A word of a date phrase: a month or weekday, a day of the month, a year, or "early",
  /// "late", "mid" before one.
  static func isDatePart(_ word: SentenceWords.Word) -> Bool {
    if word.isCapitalized && Lexicon.months.contains(word.lower) { return true }
    if Lexicon.weekdays.contains(word.lower) { return true }
    if EntityRecognizer.periodParts.contains(word.lower) { return true }
    if isYear(word.lower) { return true }
    let digits = word.lower.prefix { $0.isNumber }
    let suffix = word.lower.dropFirst(digits.count)
    guard let day = Int(digits), (1...31).contains(day) else { return false }
    return ["", "st", "nd", "rd", "th"].contains(String(suffix))
  }

  /// "1997", "2015": a year of the last millennium or this century.
  static func isYear(_ word: String) -> Bool {
    guard word.count == 4, let year = Int(word) else { return false }
    return (1000...2099).contains(year)
  }
}
