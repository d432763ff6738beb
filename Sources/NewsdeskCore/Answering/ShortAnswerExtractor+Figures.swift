/// Figures ("how much", "how many", "what percentage") as whole phrases: the currency sign
/// and the percent sign the words alone leave out, the unit the number counts, brackets
/// closed or cut; and read against the parse, so that a figure answers only when it belongs
/// to what the question names and, for "by how much", is the change rather than the level.
extension ShortAnswerExtractor {
  static let figureTypes: Set<AnswerType> = [.number, .quantity, .duration, .percent, .money]

  /// The candidates of a figure question made whole and weighed by their clause.
  func figuresRead(
    _ candidates: [Candidate], _ words: SentenceWords, context: QuestionContext
  ) -> [Candidate] {
    let type = context.analysis.answerType
    guard Self.figureTypes.contains(type) else {
      // A bare figure answers other questions too ("what is its target?" → "2%"): it keeps
      // its currency and percent signs.
      return candidates.map { Self.isBareFigure($0.text) ? completedFigure($0, words) : $0 }
    }
    let sentence = FigureReading(
      words: words, lexicon: lexicon, question: context.analysis)
    return candidates.map { candidate in
      guard candidate.text.contains(where: \.isNumber) || Self.isNumberWord(candidate.text)
      else { return candidate }
      var completed = completedFigure(candidate, words)
      if let sentence {
        completed = sentence.withoutDanglingWord(completed)
        if [.number, .quantity, .duration, .money, .percent].contains(type) {
          // "9" → "9 trillion" → "9 trillion yen".
          for _ in 0..<3 {
            let longer = sentence.withUnit(completed, questionWords: context.questionWords)
            if longer == completed { break }
            completed = longer
          }
        }
        var factor = sentence.clauseFactor(of: completed)
        if type == .quantity, context.analysis.form == .howMuch,
          Self.currencySigns.contains(where: completed.text.hasPrefix)
        {
          // "How much does it charge?": an amount of money over a count of things.
          factor *= AnswerWeights.moneyForHowMuchBoost.value
        }
        completed.score *= factor
        if factor <= AnswerWeights.figureOtherOwnerFactor.value {
          // Someone else's figure is no answer of the kind asked.
          completed.typeFit *= factor
        }
        if sentence.asksChange, factor > 1, sentence.isChange(completed) == true {
          // "How much did profits rise?" → "12%": a change answers in percent or in money.
          completed.typeFit = max(completed.typeFit, AnswerWeights.changeFigureFit.value)
        }
      }
      return completed
    }
  }

  /// Whether every word of the text is a number ("2", "28.7m", "two million").
  static func isBareFigure(_ text: String) -> Bool {
    let words = WordTokenizer.words(in: text)
    return !words.isEmpty
      && words.allSatisfy { $0.first?.isNumber == true || numberWords.contains($0) }
  }

  static func isNumberWord(_ text: String) -> Bool {
    WordTokenizer.words(in: text).contains { numberWords.contains($0) }
  }

  /// The figure with the currency sign before it ("£28.7m") and the percent sign after it
  /// ("8%"), a hyphenated word it runs into ("£10 one-way"), and no bracket left open: one
  /// that closes right after is taken in ("$4.1bn (£2.2bn)"), any other is cut with what
  /// follows it.
  func completedFigure(_ candidate: Candidate, _ words: SentenceWords) -> Candidate {
    let bytes = words.bytes
    var lower = candidate.utf8Range.lowerBound
    var upper = min(candidate.utf8Range.upperBound, bytes.count)
    // A percent sign inside ends the figure: "0.4% in the quarter" is 0.4%.
    if let percent = (lower..<upper).first(where: { bytes[$0] == UInt8(ascii: "%") }) {
      upper = percent + 1
    }
    for symbol in Self.currencySigns {
      let utf8 = Array(symbol.utf8)
      if lower >= utf8.count, Array(bytes[(lower - utf8.count)..<lower]) == utf8 {
        lower -= utf8.count
        break
      }
    }
    if upper < bytes.count, bytes[upper] == UInt8(ascii: "%") { upper += 1 }
    // "£10 one-way" is a price with its terms; "two-country tour" stays "two".
    if lower < candidate.utf8Range.lowerBound, upper + 1 < bytes.count,
      bytes[upper] == UInt8(ascii: "-"),
      let joined = words.words.first(where: { $0.utf8Range.lowerBound == upper + 1 })
    {
      upper = joined.utf8Range.upperBound
    }
    let opens = (lower..<upper).filter { bytes[$0] == UInt8(ascii: "(") }
    let closes = (lower..<upper).filter { bytes[$0] == UInt8(ascii: ")") }.count
    if opens.count > closes, let open = opens.last {
      var next = upper
      while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
      if next < bytes.count, bytes[next] == UInt8(ascii: ")"), opens.count == closes + 1 {
        upper = next + 1
      } else {
        upper = open
      }
    }
    while upper > lower, [" ", ";", ",", ":"].map({ UInt8(ascii: $0) }).contains(bytes[upper - 1]) {
      upper -= 1
    }
    guard upper > lower else { return candidate }
    var result = candidate
    result.utf8Range = lower..<upper
    result.text = String(decoding: bytes[lower..<upper], as: UTF8.self)
    return result
  }

  /// The parser the figure rules read, when its model is installed.
  var syntax: SentenceAnnotator? { lexicon.annotator }

  static let currencySigns = ["US$", "A$", "C$", "HK$", "$", "£", "€", "¥"]
}
