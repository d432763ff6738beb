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
      return Self.namedPlaceBoost
    }
    let next = span.upperBound + 1
    if next < list.count, words.punctuation(before: next) == nil,
      Self.placeNouns.contains(list[next].lower)
    {
      return 1 / Self.namedPlaceBoost
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

  /// Between a name's own kind (1.5) and a modifier of the asked noun (2.5): the place noun
  /// says what the name is, but not that it is the place asked about.
  static let namedPlaceBoost = 1.6
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
    while next < list.count, WordClasses.determiners.contains(list[next].lower) { next += 1 }
    guard next < list.count, list[next].isCapitalized,
      let term = analyzer.term(for: list[next].lower),
      context.analysis.nameTerms.contains(term)
    else { return 1 }
    return Self.withinAskedPlaceBoost
  }

  /// Not "of": "the U.S. state of Florida" is Florida itself.
  static let containingPrepositions: Set<String> = ["at", "in", "near", "outside", "inside"]

  /// As much as a name the sentence calls a place: the sentence puts the span inside the
  /// place the question names.
  static let withinAskedPlaceBoost = 1.6
}
