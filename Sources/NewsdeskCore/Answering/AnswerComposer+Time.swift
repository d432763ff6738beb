/// Questions that name a time: a sentence whose dates, resolved against its article's date,
/// agree with the time asked about counts more; one whose dates all differ counts less.
extension AnswerComposer {
  /// How a sentence's dates stand to the time a question names.
  enum TimeAgreement {
    /// The sentence writes the time as the question does: its words already count.
    case says
    /// The sentence names the same time in other words ("Wednesday" for "September 3").
    case agrees
    case differs
    case silent
  }

  func timeAgreement(
    of sentence: String, articleDate: CalendarDate?, with time: TimeConstraint
  ) -> TimeAgreement {
    let words = SentenceWords(sentence)
    let spans = extractor.recognized(words).singleDates
    guard !spans.isEmpty else { return .silent }
    let sentenceWords = Set(words.words.map(\.lower))
    if time.words.isSubset(of: sentenceWords) { return .says }
    let resolver = DateResolver()
    var named = false
    for span in spans {
      let text = words.text(from: span.lowerBound, through: span.upperBound)
      if let date = resolver.resolve(text, articleDate: articleDate) {
        named = true
        if time.admits(date) { return .agrees }
      } else if span.count == 1, let year = Int(words.words[span.lowerBound].lower) {
        named = true
        if time.admits(year: year) { return .agrees }
      } else if span.count == 1, let weekday = time.weekday,
        DateResolver.weekdays.firstIndex(of: words.words[span.lowerBound].lower) == weekday
      {
        return .agrees  // an undated article's "Wednesday" against "on Wednesday"
      }
    }
    return named ? .differs : .silent
  }

  func timeFactor(_ agreement: TimeAgreement) -> Double {
    switch agreement {
    case .says: return 1
    case .agrees: return AnswerWeights.timeAgreementFactor.value
    case .differs: return AnswerWeights.timeDisagreementFactor.value
    case .silent: return 1
    }
  }
}
