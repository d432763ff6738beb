/// Which spans of a sentence are names of people, organisations and places, read from its
/// surface: runs of capitalised words (with the "of", "de" and numbers that join them), less
/// the stop words and openers a sentence starts with, and each span's kind checked against the
/// gazetteer, the organisation cues and the calendar. The answer rules, coreference and
/// reported speech all read names through this one reader.
public struct NameRecognizer: Sendable {
  /// The kinds of name a span can be checked for.
  enum Kind: Sendable, Equatable {
    case person, organization, place
  }

  /// WordNet's parts of speech tell an opening word ("Today", "Conversely") from a name.
  let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Punctuation that ends a name: "Buyantu Khan (Ayurbarwada)", "Chinese: 尚書省".
  static let nameSeparators: Set<Character> = [
    ",", "(", ")", "[", "]", ":", ";", "\"", "“", "”", "—", "–",
  ]

  /// The name spans of the sentence of `words` as its annotation keeps them
  /// (`SentenceRecognition.names`): coreference and reported speech read the one reading the
  /// answer rules read, and a sentence already annotated is not scanned again.
  func recognizedSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    lexicon.recognition(of: words).names
  }

  /// Reads the name spans from the surface; `SentenceRecognition` calls this once per
  /// sentence, and every other stage reads its result (`recognizedSpans`).
  func nameSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    var index = 0
    let list = words.words
    while index < list.count {
      guard list[index].isCapitalized else {
        index += 1
        continue
      }
      let start = index
      var end = index
      index += 1
      while index < list.count {
        // A name does not run on past a comma, a bracket, a colon or a quotation mark:
        // "Buyantu Khan (Ayurbarwada)" is two names.
        let separated = words.punctuation(before: index).map(Self.nameSeparators.contains) ?? false
        if separated {
          break
        } else if list[index].isCapitalized {
          end = index
          index += 1
        } else if words.isPossessiveClitic(index), let last = possessiveNameEnd(after: index, words)
        {
          // "St Anne's Hospital": the possessive is part of the name.
          end = last
          index = last + 1
        } else if list[index].isNumber, list[index].lower.count <= 4 {
          // "Apollo 17", "AS-501": a number that continues a name.
          end = index
          index += 1
        } else if Lexicon.nameConnectors.contains(list[index].lower), index + 1 < list.count,
          list[index + 1].isCapitalized
        {
          index += 1
        } else {
          break
        }
      }
      // A capitalised stop word that starts a sentence ("The", "In") is not a name, nor is
      // an opening adverb or participle ("Today,", "Conversely,", "According to").
      var first = start
      while first <= end,
        StopWords.contains(list[first].lower)
          || (first == 0 && isOpeningWord(list[first].lower, words))
      {
        first += 1
      }
      if first <= end { spans.append(first...end) }
    }
    return spans
  }
  /// The last word of a name that runs on across a possessive clitic: the capitalised words
  /// after it, when the last of them is a building or place noun ("St Anne's Hospital").
  /// Nil when the possessive marks an owner ("Ecuador's Interior Minister").
  private func possessiveNameEnd(after clitic: Int, _ words: SentenceWords) -> Int? {
    let list = words.words
    var last = clitic
    while last + 1 < list.count, list[last + 1].isCapitalized,
      !(words.punctuation(before: last + 1).map(Self.nameSeparators.contains) ?? false)
    {
      last += 1
    }
    guard last > clitic, Lexicon.possessiveNameHeads.contains(list[last].lower) else { return nil }
    return last
  }

  /// Whether a capitalised span can be a name of the expected kind, from the gazetteer, the
  /// organisation cues and the preposition before it.
  func fits(span: ClosedRange<Int>, kind: Kind, words: SentenceWords) -> Bool {
    let text = span.map { words.words[$0].surface }.joined(separator: " ")
    let isPlace =
      PlaceGazetteer.isPlace(text)
      || span.allSatisfy { PlaceGazetteer.isPlace(words.words[$0].lower) }
    let isOrganization = OrganizationCues.looksLikeOrganization(text)
    // "on Tuesday", "in October": a day or a month is a time, neither a person nor a place.
    let isCalendar = span.allSatisfy {
      Lexicon.weekdays.contains(words.words[$0].lower)
        || Lexicon.months.contains(words.words[$0].lower)
    }
    switch kind {
    case .person:
      return !isPlace && !isOrganization && !isCalendar
        && PlaceGazetteer.country(forDemonym: text) == nil
    case .organization: return isOrganization || !isPlace
    case .place:
      if isPlace { return true }
      guard span.lowerBound > 0, !isCalendar else { return false }
      return ["in", "at", "from", "to", "near", "of"].contains(
        words.words[span.lowerBound - 1].lower)
        && !isOrganization
    }
  }
  func isOpeningWord(_ lower: String, _ words: SentenceWords) -> Bool {
    if Lexicon.fillers.contains(lower) || Lexicon.conjunctions.contains(lower) {
      return true
    }
    // "Trump said …": a word a reporting verb follows is its speaker, a name.
    if words.words.count > 1, words.punctuation(after: 0) == nil,
      Lexicon.reportingVerbs.contains(words.words[1].lower)
    {
      return false
    }
    if !PlaceGazetteer.isPlace(lower), lexicon.isOrdinaryOpener(lower) { return true }
    if lower.hasSuffix("ly") || lower.hasSuffix("ing") { return true }
    // "Today, …" opens a sentence; "Rubio, speaking …" is a name the lexicon lacks.
    // "Larrea, a former governor, …": a rare word WordNet knows (a plant genus) is a name.
    return words.words.count > 1 && words.punctuation(after: 0) == ","
      && !PlaceGazetteer.isPlace(lower) && lexicon.wordNet?.isFamiliar(lower) == true
  }
  func stripTitles(_ span: ClosedRange<Int>, _ words: SentenceWords) -> ClosedRange<Int> {
    // "US Secretary of State Marco Rubio" → "Marco Rubio": titles, the places that own
    // them and the "of" between them all go.
    var first = span.lowerBound
    while first < span.upperBound {
      let lower = words.words[first].lower
      let nextIsTitle =
        first + 1 <= span.upperBound && Lexicon.titles.contains(words.words[first + 1].lower)
      guard
        Lexicon.titles.contains(lower) || (lower == "of" && nextIsTitle)
          || (PlaceGazetteer.isPlace(lower) && nextIsTitle)
      else { break }
      first += 1
    }
    return first...span.upperBound
  }
}
