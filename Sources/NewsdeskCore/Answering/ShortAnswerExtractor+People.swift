/// People named by what they are rather than by name.
extension ShortAnswerExtractor {
  /// Whether a lower-case phrase names people by what they are: its head noun is a person
  /// in WordNet ("defenders", "filmmakers"), most often read as a noun ("private" is an
  /// adjective before it is a soldier), not a pronoun.
  func namesPeople(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let head = words.words[span.upperBound]
    guard !head.isCapitalized, !WordClasses.isPersonalPronoun(head.surface),
      Lexicon.partsOfSpeech(head.lower).first == .noun, let wordNet = WordNet.shared
    else { return false }
    return wordNet.nounClass(head.lower) == "person"
  }

  /// How well people named by a common noun fit a who-question: above any other phrase but
  /// short of a name, so a sentence naming no one is not preferred for it (among 2,000
  /// articles, "leftists" elsewhere would outbid "Nayib Bukele").
  static let peopleNounFit = 0.5
}
