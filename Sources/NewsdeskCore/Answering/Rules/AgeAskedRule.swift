/// "How old is Pryce?" over "Pryce, 47, was held for two days": an age is written in a few
/// fixed ways, a bare number set off by commas after a name ("Pryce, 47,"), after "aged" or
/// "age" ("aged 47", "at age seven"), or before "-year-old" / "years old". Such a number is
/// the answer; any other figure of the sentence ("two days", "300 people") is likelier the
/// length or size of something else.
struct AgeAskedRule: AnswerRule {
  let name = "ageAsked"
  let doc = "For how-old questions, a number written as someone's age."
  let scales = ScoredPart.typeFit

  /// Words a figure given as an age may carry after its number.
  static let ageWords: Set<String> = ["year", "years", "old", "months", "month"]

  /// Words an age follows: "aged 47", "at age seven", "turned 60".
  static let ageCues: Set<String> = ["aged", "age", "ages", "turned", "turning", "turns"]

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard Self.asksAge(sentence.context.analysis.text) else { return 1 }
    let words = sentence.words
    let list = words.words
    let first = candidate.span.lowerBound
    guard EntityRecognizer.isNumeral(list[first]) else { return 1 }
    // The number alone, or with "year(s) (old)" after it ("4.6 billion years" too).
    let rest = list[candidate.span].dropFirst().map(\.lower)
    guard rest.allSatisfy({ Self.ageWords.contains($0) || Lexicon.numberWords.contains($0) })
    else {
      return AnswerWeights.otherFigureForAgeFactor.value
    }
    return Self.isWrittenAsAge(first, words) ? AnswerWeights.ageFigureBoost.value : 1
  }

  /// Whether the question is "how old …".
  static func asksAge(_ question: String) -> Bool {
    let words = WordTokenizer.words(in: question.lowercased())
    return zip(words, words.dropFirst()).contains { $0 == "how" && $1 == "old" }
  }

  /// Whether the number at `position` is written as an age.
  static func isWrittenAsAge(_ position: Int, _ words: SentenceWords) -> Bool {
    let list = words.words
    if position > 0, ageCues.contains(list[position - 1].lower) { return true }
    // "at the age of 47".
    if position > 1, list[position - 1].lower == "of", list[position - 2].lower == "age" {
      return true
    }
    // "47-year-old", "47 years old".
    if position + 2 < list.count, ["year", "years"].contains(list[position + 1].lower),
      list[position + 2].lower == "old"
    {
      return true
    }
    // "Pryce, 47, …" or "… said Pryce, 47.": set off after a name.
    guard position > 0, words.punctuation(before: position) == ",",
      list[position - 1].isCapitalized
    else { return false }
    return position + 1 == list.count || words.punctuation(before: position + 1) != nil
  }
}
