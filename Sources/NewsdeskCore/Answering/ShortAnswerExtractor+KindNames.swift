/// Names that carry the kind of thing the question asks for.
extension ShortAnswerExtractor {
  /// A name that opens or closes with the question's head noun, written as part of the name:
  /// "which battle …?" → "Battle of Dalan Balzhut", "on what lake …?" → "Lake George",
  /// "what department …?" → "Department of State Affairs". The head word is part of the
  /// name (a reporter writes "Lake George", not "George"), so the span keeps it; nil when
  /// the span is not such a name, or names nothing beyond the question's own words.
  func nameOfAskedKind(
    _ span: ClosedRange<Int>, _ words: SentenceWords, headTerm: String?, repeats: [Bool],
    analyzer: inout TermAnalyzer
  ) -> ClosedRange<Int>? {
    guard let headTerm, span.count >= 2 else { return nil }
    let list = words.words
    let edges = [span.lowerBound, span.upperBound]
    guard
      let headPosition = edges.first(where: {
        list[$0].isCapitalized && analyzer.term(for: list[$0].lower) == headTerm
      })
    else { return nil }
    // The head word opening the sentence is capitalised for that alone ("Lake levels rose").
    guard headPosition > 0 || span.upperBound > 1 else { return nil }
    let rest = span.filter { $0 != headPosition }
    guard
      rest.allSatisfy({ list[$0].isCapitalized || Self.nameConnectors.contains(list[$0].lower) }),
      rest.contains(where: { list[$0].isCapitalized && !repeats[$0] })
    else { return nil }
    return span
  }

  /// How much likelier a name is the answer for naming the kind asked.
  static let askedKindNameBoost = 1.5

  /// How much likelier a phrase is the answer for modifying the noun asked about ("which
  /// mantle" → "the convecting mantle") or for a name ending in it.
  static let askedKindShape = 2.5
}

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

  /// Common nouns for a kind of place that a name can follow with "of".
  static let placeNouns: Set<String> = [
    "port", "city", "town", "village", "province", "state", "region", "island", "islands",
    "district", "county", "capital", "municipality", "republic", "kingdom", "territory",
    "colony", "valley", "peninsula", "harbour", "harbor", "suburb", "borough", "parish",
  ]

  static let namedPlaceBoost = 1.6
}

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
