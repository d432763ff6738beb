/// Names the sentence calls places.
extension ShortAnswerExtractor {
  /// How much likelier a name is the place asked for when the sentence calls it one: "the
  /// Pacific port of Manta", "the city of Quebec". The name before the place noun only
  /// modifies it ("Pacific"), so it is likelier not the answer.
  func namedPlaceFactor(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Double {
    let list = words.words
    if span.lowerBound >= 2, list[span.lowerBound - 1].lower == "of",
      words.punctuation(before: span.lowerBound) == nil,
      Self.placeNouns.contains(list[span.lowerBound - 2].lower)
    {
      return AnswerWeights.namedPlaceBoost.value
    }
    let next = span.upperBound + 1
    if next < list.count, words.punctuation(before: next) == nil,
      Self.placeNouns.contains(list[next].lower)
    {
      return 1 / AnswerWeights.namedPlaceBoost.value
    }
    return 1
  }

  /// Common nouns for a kind of place that a name can follow with "of" (the question side's
  /// list is `QuestionAnalyzer.placeNouns`, of nouns that ask for a place).
  static let placeNouns: Set<String> = [
    "port", "city", "town", "village", "province", "state", "region", "island", "islands",
    "district", "county", "capital", "municipality", "republic", "kingdom", "territory",
    "colony", "valley", "peninsula", "harbour", "harbor", "suburb", "borough", "parish",
  ]
}

extension ShortAnswerExtractor {
  /// "Where did the crew conduct tests at Kennedy Space Center?" → "in the altitude chamber at
  /// the Kennedy Space Center": the question names the larger place, and the answer is the
  /// place within it, the phrase the sentence puts right before it.
  func withinAskedPlaceFactor(
    _ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext,
    analyzer: inout TermAnalyzer
  ) -> Double {
    let list = words.words
    var next = span.upperBound + 1
    guard next < list.count, Self.containingPrepositions.contains(list[next].lower) else {
      return 1
    }
    next += 1
    while next < list.count, Lexicon.determiners.contains(list[next].lower) { next += 1 }
    guard next < list.count, list[next].isCapitalized,
      let term = analyzer.term(for: list[next].lower),
      context.analysis.nameTerms.contains(term)
    else { return 1 }
    return AnswerWeights.withinAskedPlaceBoost.value
  }

  /// Not "of": "the U.S. state of Florida" is Florida itself.
  static let containingPrepositions: Set<String> = ["at", "in", "near", "outside", "inside"]
}
