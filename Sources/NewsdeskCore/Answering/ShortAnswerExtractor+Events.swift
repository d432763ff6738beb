/// Answers to "what happened (in 2009)?": the clause a time phrase belongs to.
extension ShortAnswerExtractor {

  /// For each date in the sentence, the words of its clause before the time phrase ("The
  /// base was closed | in 2009"), or after it when nothing stands before ("In 2009, | the
  /// base was closed").
  func eventClauses(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    var result: [ClosedRange<Int>] = []
    for date in recognized(words).singleDates {
      var timeStart = date.lowerBound
      if timeStart > 0, Lexicon.timePrepositions.contains(list[timeStart - 1].lower) {
        timeStart -= 1
      }
      var clauseStart = timeStart
      while clauseStart > 0, words.punctuation(before: clauseStart) != "," {
        clauseStart -= 1
      }
      while clauseStart < timeStart, Lexicon.conjunctions.contains(list[clauseStart].lower) {
        clauseStart += 1
      }
      if timeStart - clauseStart >= 2 {
        result.append(clauseStart...(timeStart - 1))
        continue
      }
      // The time opens the clause: what follows it, up to the next comma.
      var end = date.upperBound + 1
      guard end < list.count else { continue }
      let start = end
      while end + 1 < list.count, words.punctuation(after: end) != "," { end += 1 }
      if end - start >= 1 { result.append(start...end) }
    }
    return result
  }
}
