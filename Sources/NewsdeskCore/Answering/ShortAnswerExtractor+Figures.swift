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
      return candidates.map {
        EntityRecognizer.isBareFigure($0.text) ? completedFigure($0, words) : $0
      }
    }
    let sentence = FigureReading(
      words: words, lexicon: lexicon, question: context.analysis)
    return candidates.map { candidate in
      guard
        candidate.text.contains(where: \.isNumber) || EntityRecognizer.isNumberWord(candidate.text)
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

  /// The figure with its signs and brackets made whole (`EntityRecognizer.completedFigure`).
  func completedFigure(_ candidate: Candidate, _ words: SentenceWords) -> Candidate {
    guard let range = entities.completedFigure(candidate.utf8Range, words) else {
      return candidate
    }
    var result = candidate
    result.utf8Range = range
    result.text = String(decoding: words.bytes[range], as: UTF8.self)
    return result
  }

  /// The parser the figure rules read, when its model is installed.
  var syntax: SentenceAnnotator? { lexicon.annotator }

}
