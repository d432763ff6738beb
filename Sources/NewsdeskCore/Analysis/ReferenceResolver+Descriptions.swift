/// Definite descriptions and short names that stand for a name given earlier in the article.
///
/// News copy names someone once in full and then writes "Mr Mousa", "the 45-year-old", "the
/// musician" or "the company": a sentence that says so holds the name as much as one that
/// writes it out, so that "where was Baha Mousa arrested?" finds "Mr Mousa … was arrested …
/// in Basra". The kind a description asks for comes from WordNet (a musician is a person, a
/// firm an organisation), and the name it takes is the nearest one of that kind, preferring
/// one the article introduced with the same or a narrower noun ("singer Ian Curtis" for "the
/// musician").
extension ReferenceResolver {
  /// What a description can stand for.
  enum DescribedKind: Equatable {
    case person
    case organization
  }

  /// Nouns of a person or organisation class that seldom stand for one name: the government
  /// or the public of a story is not its last-named company or person.
  static let vagueDescriptions: Set<String> = [
    "government", "country", "nation", "state", "public", "world", "market", "industry",
    "people", "audience", "crowd", "family", "couple", "pair", "majority", "minority",
  ]
  /// How far back a description looks for a name of its kind when no name carried its noun.
  static let descriptionReach = 3

  /// The kind of name "the `noun`" stands for, when WordNet makes the noun a person or an
  /// organisation (a singular noun only: "the players" are many).
  func describedKind(of noun: String) -> DescribedKind? {
    guard let wordNet = names.lexicon.wordNet, !Self.vagueDescriptions.contains(noun),
      wordNet.lemmas(noun, pos: .noun).contains(noun)
    else { return nil }
    switch wordNet.nounClass(noun) {
    case "person": return .person
    case "organization": return .organization
    default: return nil
    }
  }

  /// The last word of "the 45-year-old", when the words from `position` (at "the") read so.
  static func ageDescriptionEnd(at position: Int, _ words: SentenceWords) -> Int? {
    let list = words.words
    guard position + 3 < list.count, list[position + 1].isNumber,
      list[position + 2].lower == "year", list[position + 3].lower == "old",
      words.isHyphenJoined(position + 2), words.isHyphenJoined(position + 3)
    else { return nil }
    return position + 3
  }

  /// Whether a name span is plainly a person's: titled ("Mr Mousa", "singer Ian Curtis" is
  /// not titled, but "Dr Liam Fox" is), or two words or more that are no organisation, place
  /// or nationality.
  func isPlainlyPerson(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    guard names.fits(span: span, kind: .person, words: words) else { return false }
    let list = words.words
    let titled =
      span.contains { Lexicon.titles.contains(list[$0].lower) }
      || (span.lowerBound > 0 && Lexicon.titles.contains(list[span.lowerBound - 1].lower))
    let stripped = names.stripTitles(span, words)
    return titled || stripped.count >= 2
  }

  /// Whether a name span is an organisation's: by its own words ("Wembley Group"), by the
  /// noun before it ("gaming firm Wembley"), or a single word that is no person, place or
  /// nationality the article shows otherwise.
  func isOrganization(
    _ span: ClosedRange<Int>, _ words: SentenceWords, surnames: Set<String>
  ) -> Bool {
    let list = words.words
    let text = words.text(from: span.lowerBound, through: span.upperBound)
    if OrganizationCues.looksLikeOrganization(text) { return true }
    if PlaceGazetteer.isPlace(text) || PlaceGazetteer.country(forDemonym: text) != nil {
      return false
    }
    if span.lowerBound > 0, !list[span.lowerBound - 1].isCapitalized,
      describedKind(of: list[span.lowerBound - 1].lower) == .organization
    {
      return true
    }
    return span.count == 1 && !surnames.contains(list[span.lowerBound].lower)
      && !isPlainlyPerson(span, words)
      && names.fits(span: span, kind: .organization, words: words)
  }

  /// The name "the `noun`" (or the age description) at `position` stands for: a person the
  /// article introduced with the noun or a narrower one within `roleReach` sentences, else
  /// the nearest name of the described kind within `descriptionReach`.
  func describedName(
    _ kind: DescribedKind, noun: String?, before position: Int, in index: Int,
    sentenceWords: (Int) -> SentenceWords, surnames: Set<String>
  ) -> String? {
    if kind == .person, let noun {
      for back in 0...Self.roleReach where index - back >= 0 {
        let words = sentenceWords(index - back)
        if let name = introduced(as: noun, in: words, before: back == 0 ? position : nil) {
          return name
        }
      }
    }
    for back in 0...Self.descriptionReach where index - back >= 0 {
      let words = sentenceWords(index - back)
      let limit = back == 0 ? position : words.words.count
      let spans = names.recognizedSpans(words).filter { $0.upperBound < limit }
      let found = spans.first { span in
        kind == .person
          ? isPlainlyPerson(span, words) && !isInsideQuote(span.lowerBound, words)
          : isOrganization(span, words, surnames: surnames)
      }
      if let found {
        let kept = kind == .person ? names.stripTitles(found, words) : found
        return words.text(from: kept.lowerBound, through: kept.upperBound)
      }
    }
    return nil
  }

  /// The last person of a sentence introduced with `noun` or a narrower noun just before
  /// the name ("late Joy Division singer Ian Curtis" for "the musician").
  func introduced(as noun: String, in words: SentenceWords, before limit: Int?) -> String? {
    guard let wordNet = names.lexicon.wordNet else { return nil }
    let list = words.words
    var found: String?
    for span in names.recognizedSpans(words) {
      if let limit, span.upperBound >= limit { break }
      guard span.lowerBound > 0, isPlainlyPerson(span, words) else { continue }
      let before = list[span.lowerBound - 1].lower
      guard !list[span.lowerBound - 1].isCapitalized || Lexicon.titles.contains(before),
        words.punctuation(before: span.lowerBound) == nil,
        before == noun || wordNet.noun(before, isA: noun, senses: 2)
      else { continue }
      let kept = names.stripTitles(span, words)
      found = words.text(from: kept.lowerBound, through: kept.upperBound)
    }
    return found
  }

  /// The last words of the people the article named in full before sentence `index` (and
  /// before `position` in it): "Mousa" after "Baha Mousa", with the full name.
  func fullNames(
    before position: Int, in index: Int, sentenceWords: (Int) -> SentenceWords
  ) -> [String: String] {
    var found: [String: String] = [:]
    for number in 0...index {
      let words = sentenceWords(number)
      for span in names.recognizedSpans(words) {
        if number == index, span.upperBound >= position { break }
        let stripped = names.stripTitles(span, words)
        guard stripped.count >= 2, isPlainlyPerson(span, words),
          words.words[stripped].allSatisfy({ !$0.isNumber })
        else { continue }
        found[words.words[stripped.upperBound].lower] = words.text(
          from: stripped.lowerBound, through: stripped.upperBound)
      }
    }
    return found
  }

  /// "Mr Mousa", "Knight": a one-word name (after a title) that is the last word of a
  /// person the article named in full before, with that full name.
  func surnameMentions(
    in words: SentenceWords, index: Int, sentenceWords: (Int) -> SentenceWords
  ) -> [Mention] {
    let single = names.recognizedSpans(words).map { names.stripTitles($0, words) }
      .filter { $0.count == 1 }
    guard let first = single.first else { return [] }
    let known = fullNames(before: first.lowerBound, in: index, sentenceWords: sentenceWords)
    guard !known.isEmpty else { return [] }
    return single.compactMap { span in
      guard let name = known[words.words[span.lowerBound].lower],
        !isInsideQuote(span.lowerBound, words)
      else { return nil }
      return Mention(
        utf8Range: words.utf8Range(from: span.lowerBound, through: span.upperBound),
        words: span, name: name, isShortName: true)
    }
  }

  /// How many words into a story's first sentence its describing subject may run ("A
  /// 20-year-old US man", "A senior Tory MP").
  static let leadDescriptionWords = 6

  /// "A 20-year-old US man is selling …" opening a story: the person the next two sentences
  /// name first ("Andrew Fisher, from Omaha, said …"). News leads describe someone and name
  /// them after; a lead that names a person itself is left alone.
  func leadDescription(
    in words: SentenceWords, index: Int, sentenceCount: Int,
    sentenceWords: (Int) -> SentenceWords
  ) -> Mention? {
    let list = words.words
    guard index <= 1, let first = list.first, ["a", "an"].contains(first.lower) else {
      return nil
    }
    var end: Int?
    for position in 1..<min(Self.leadDescriptionWords + 1, list.count) {
      if words.punctuation(before: position).map(NameRecognizer.nameSeparators.contains)
        == true
      {
        break
      }
      if describedKind(of: list[position].lower) == .person {
        end = position
      } else if end != nil, !list[position].isCapitalized {
        // "A senior Green MP": a party or a nationality runs on to the noun it describes.
        break
      }
    }
    // A name inside the description ("Tory MP") describes; one after it names someone.
    guard let end,
      !names.recognizedSpans(words).contains(where: {
        $0.upperBound > end && isPlainlyPerson($0, words)
      })
    else { return nil }
    for next in (index + 1)..<min(index + 3, sentenceCount) {
      let following = sentenceWords(next)
      if let span = names.recognizedSpans(following).first(where: {
        isPlainlyPerson($0, following) && !isInsideQuote($0.lowerBound, following)
      }) {
        let kept = names.stripTitles(span, following)
        return Mention(
          utf8Range: words.utf8Range(from: 0, through: end), words: 0...end,
          name: following.text(from: kept.lowerBound, through: kept.upperBound))
      }
    }
    return nil
  }
}
