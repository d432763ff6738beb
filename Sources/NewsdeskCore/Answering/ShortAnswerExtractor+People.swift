/// People named by what they are rather than by name.
extension ShortAnswerExtractor {
  /// Whether a lower-case phrase names people by what they are: its head noun is a person
  /// in WordNet ("defenders", "filmmakers"), most often read as a noun ("private" is an
  /// adjective before it is a soldier), not a pronoun.
  func namesPeople(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let head = words.words[span.upperBound]
    guard !head.isCapitalized, !Lexicon.isPersonalPronoun(head.surface),
      lexicon.partsOfSpeech(head.lower).first == .noun, let wordNet = lexicon.wordNet
    else { return false }
    return wordNet.nounClass(head.lower) == "person"
  }
}
