/// Another figure where the question has one: "in the film's first eight days" over "in the
/// film's first seven days", "on 16 November" over "on 6 November", "more than two hundred
/// minutes" over "more than one hundred minutes". SQuAD 2.0 writes unanswerable questions so,
/// with one number of an answerable question changed; a reporter meets the same when the
/// articles give another figure than the one asked about.
extension QuestionContrast {
  /// A figure of the question (digits, a number word, an ordinal or a month) that the sentence
  /// lacks, where the sentence has another figure of the same kind in the same place: followed
  /// by the same word ("eight days" / "seven days") or percent sign ("fell by 85%" / "falling
  /// by 75%"), or after the same word that is not a function word ("26 December" / "26
  /// October") or is a word that hedges or limits a figure ("only 20" / "only 10"). Years are
  /// left to the year check (`ClauseEvidence.contradictingYear`).
  static func otherFigure(
    question questionText: SentenceWords, sentence sentenceText: SentenceWords
  )
    -> Opposite?
  {
    let question = questionText.words
    let sentence = sentenceText.words
    let asked = figures(in: question)
    let stated = figures(in: sentence)
    // A value is stated only as a figure of the same kind: "8 December" does not state the
    // "eight months" a question asks about.
    func holds(_ figures: [Figure], _ figure: Figure) -> Bool {
      figures.contains { $0.value == figure.value && $0.kind == figure.kind }
    }
    for figure in asked where !holds(stated, figure) && !figure.isYear {
      for other in stated
      where other.kind == figure.kind && !holds(asked, other) && !other.isYear {
        // A share is no count: "only 20%" does not state another "only 10 cars".
        let askedShare = following(figure.position, in: questionText)?.word == "percent"
        guard askedShare == (following(other.position, in: sentenceText)?.word == "percent")
        else { continue }
        if let next = following(figure.position, in: questionText),
          next.word == following(other.position, in: sentenceText)?.word
        {
          return Opposite(
            asked: next.written, stated: following(other.position, in: sentenceText)!.written)
        }
        // After the same word: a day before a month ("26 December"), a word that is no
        // figure nor function word ("up to 14 hours"), or one that hedges or limits a figure
        // ("only 20"); not "2013-4" over "2013–14".
        let before = figures(in: [question[max(0, figure.position - 1)]]).isEmpty
        if let previous = neighbour(figure.position - 1, in: question),
          before
            ? !StopWords.contains(previous) || figureModifiers.contains(previous)
            : figure.kind == .month,
          previous == neighbour(other.position - 1, in: sentence)
        {
          return Opposite(
            asked: question[figure.position - 1].surface + " " + question[figure.position].surface,
            stated: sentence[other.position - 1].surface + " " + sentence[other.position].surface)
        }
      }
    }
    return nil
  }

  /// The word after the figure at `position`, as compared and as written with the figure: a
  /// percent sign, "percent" and "per cent" are one word ("85%" is "85 percent").
  static func following(_ position: Int, in text: SentenceWords)
    -> (word: String, written: String)?
  {
    let words = text.words
    let figure = words[position].surface
    if text.hasPercentSign(after: position) { return ("percent", figure + "%") }
    let next = position + 1
    if words.indices.contains(next), words[next].lower == "percent" {
      return ("percent", figure + " " + words[next].surface)
    }
    if words.indices.contains(next + 1), words[next].lower == "per", words[next + 1].lower == "cent"
    {
      return ("percent", figure + " per cent")
    }
    guard let word = neighbour(next, in: words) else { return nil }
    return (word, figure + " " + words[next].surface)
  }

  /// Words that hedge or limit the figure after them: the figure is what they qualify, so
  /// "only 20" over "only 10" is another figure in the same place, though "only" is a
  /// function word.
  static let figureModifiers: Set<String> = [
    "only", "about", "around", "almost", "nearly", "roughly", "approximately", "some", "over",
    "under", "just", "exactly", "least", "than",
  ]

  /// A month or weekday the question names that the sentence lacks, over a sentence naming
  /// another: "in January of what year?" over "in March 2015", "the Friday–Sunday gross" over
  /// "its Friday–Saturday gross".
  static func otherMonth(question: [SentenceWords.Word], sentence: [SentenceWords.Word])
    -> Opposite?
  {
    for kind in [Figure.Kind.month, .weekday] {
      let asked = figures(in: question).filter { $0.kind == kind }
      let stated = figures(in: sentence).filter { $0.kind == kind }
      let askedValues = Set(asked.map(\.value))
      let statedValues = Set(stated.map(\.value))
      if let month = asked.first(where: { !statedValues.contains($0.value) }),
        let other = stated.first(where: { !askedValues.contains($0.value) })
      {
        return Opposite(
          asked: question[month.position].surface, stated: sentence[other.position].surface)
      }
    }
    return nil
  }

  struct Figure {
    /// A day is a figure beside a month ("8 December", "December 8"): a date, not an amount.
    enum Kind { case amount, day, ordinal, month, weekday }
    var position: Int
    var value: String
    var kind: Kind
    var isYear: Bool {
      kind == .amount && value.count == 4
        && (Int(value).map { (1000...2199).contains($0) } ?? false)
    }
  }

  /// The figures of a text: numbers in digits ("3,000" as "3000") or words, ordinals ("24th",
  /// "eighth") and months (capitalised; "May" only after a figure or "in").
  static func figures(in words: [SentenceWords.Word]) -> [Figure] {
    words.indices.compactMap { position in
      let word = words[position]
      let plain = word.lower.replacingOccurrences(of: ",", with: "")
      if !plain.isEmpty, plain.allSatisfy({ $0.isNumber || $0 == "." }), plain.first!.isNumber {
        return Figure(
          position: position, value: plain, kind: amountKind(plain, at: position, in: words))
      }
      // A capitalised number word inside a text names something ("the Seven Years War").
      let inName = position > 0 && word.isCapitalized
      if let value = numberWords[word.lower], !inName {
        return Figure(
          position: position, value: value, kind: amountKind(value, at: position, in: words))
      }
      if let value = ordinalWords[word.lower], !inName {
        return Figure(position: position, value: value, kind: .ordinal)
      }
      if isDigitOrdinal(word.lower) {
        return Figure(position: position, value: word.lower.filter(\.isNumber), kind: .ordinal)
      }
      if word.isCapitalized, Lexicon.months.contains(word.lower) {
        let before = position > 0 ? words[position - 1].lower : ""
        if word.lower == "may", !mayBefore.contains(before), !(before.first?.isNumber ?? false) {
          return nil
        }
        // "Feb" and "February" are one month.
        return Figure(position: position, value: String(word.lower.prefix(3)), kind: .month)
      }
      if word.isCapitalized, Lexicon.weekdays.contains(word.lower) {
        return Figure(position: position, value: word.lower, kind: .weekday)
      }
      return nil
    }
  }

  /// A day of the month when a month is written beside it and it could be one; else an amount.
  static func amountKind(_ value: String, at position: Int, in words: [SentenceWords.Word])
    -> Figure.Kind
  {
    guard let number = Int(value), (1...31).contains(number) else { return .amount }
    let besideMonth = [position - 1, position + 1].contains { index in
      words.indices.contains(index) && words[index].isCapitalized
        && Lexicon.months.contains(words[index].lower)
    }
    return besideMonth ? .day : .amount
  }

  /// The words after which "May" is the month, not the verb.
  static let mayBefore: Set<String> = [
    "in", "late", "early", "mid", "since", "until", "by", "from", "of", "last", "next", "this",
  ]

  /// The word at `position`, lower-cased without a plural "s", when there is one and it is
  /// not itself a figure of the kind compared.
  static func neighbour(_ position: Int, in words: [SentenceWords.Word]) -> String? {
    guard words.indices.contains(position) else { return nil }
    var word = words[position].lower
    guard word.count > 1 || word.first?.isNumber == true else { return nil }
    if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
    return numberWords[word] ?? word
  }

  static func isDigitOrdinal(_ word: String) -> Bool {
    let digits = word.prefix { $0.isNumber }
    return !digits.isEmpty
      && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
  }

  /// Number words, as digits, so that "two" matches "2".
  static let numberWords: [String: String] = {
    let units = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen",
    ]
    var table: [String: String] = [:]
    for (value, word) in units.enumerated() { table[word] = String(value) }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (offset, word) in tens.enumerated() { table[word] = String(20 + 10 * offset) }
    return table
  }()

  /// Ordinal words, as digits, so that "third" matches "3rd".
  static let ordinalWords: [String: String] = {
    let words = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ]
    var table: [String: String] = [:]
    for (offset, word) in words.enumerated() { table[word] = String(offset + 1) }
    return table
  }()
}
