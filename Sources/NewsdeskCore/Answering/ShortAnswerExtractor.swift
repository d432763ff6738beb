/// Finds a short answer of the expected type in one sentence.
///
/// Surface rules: capitalised spans for names, number patterns, dates, and the clause after a
/// causal connective for reasons. A candidate that repeats the question's own words is never
/// the answer ("who did Rubio meet" must not answer "Rubio"); among the rest, the one nearest
/// the question's words wins.
public struct ShortAnswerExtractor: Sendable {
  public init() {}

  public struct Candidate: Sendable, Equatable {
    public var text: String
    public var utf8Range: Range<Int>
    public var distance: Int
  }

  static let nameConnectors: Set<String> = ["de", "del", "of", "la", "van", "von", "al", "bin", "da"]
  static let titles: Set<String> = [
    "president", "minister", "secretary", "senator", "sen", "gen", "general", "mr", "mrs", "ms",
    "dr", "prime", "interior", "foreign", "state", "chief", "leader", "governor", "mayor", "king",
    "queen", "pope", "judge", "ambassador", "rep", "gov", "lt", "col", "sgt", "capt", "prof",
  ]
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
    "millions", "billion", "billions", "twenty", "thirty", "forty", "fifty", "half",
  ]
  static let reasonConnectives: [[String]] = [
    ["because", "of"], ["because"], ["so", "that"], ["due", "to"], ["since"], ["as"], ["after"],
  ]

  public func candidates(
    in sentence: String, type: AnswerType, questionWords: Set<String>
  ) -> [Candidate] {
    let words = SentenceWords(sentence)
    guard !words.words.isEmpty else { return [] }
    let spans: [ClosedRange<Int>]
    switch type {
    case .person, .organization, .place:
      spans = nameSpans(words).filter { fits(span: $0, type: type, words: words) }
    case .description, .role, .other:
      spans = nameSpans(words)
    case .date, .time: spans = dateSpans(words)
    case .number, .quantity, .duration: spans = numberSpans(words, unitWords: [])
    case .percent: spans = numberSpans(words, unitWords: ["percent", "per"]).filter {
        words.words[$0.upperBound].lower == "percent" || words.text(from: $0.lowerBound, through: $0.upperBound).contains("%")
      }
    case .money: spans = moneySpans(words)
    case .reason, .manner: spans = clauseSpans(words, type: type)
    case .yesNo: spans = []
    }
    let anchors = words.words.indices.filter { questionWords.contains(words.words[$0].lower) }
    return spans.compactMap { span -> Candidate? in
      let inside = span.filter { !questionWords.contains(words.words[$0].lower) }
      // A name made only of the question's own words is not an answer.
      if inside.isEmpty { return nil }
      var span = span
      if type == .person {
        span = stripTitles(span, words)
        if span.isEmpty { return nil }
      }
      let distance =
        anchors.map { anchor in
          anchor < span.lowerBound
            ? span.lowerBound - anchor : anchor > span.upperBound ? anchor - span.upperBound : 0
        }.min() ?? 50
      return Candidate(
        text: words.text(from: span.lowerBound, through: span.upperBound),
        utf8Range: words.utf8Range(from: span.lowerBound, through: span.upperBound),
        distance: distance)
    }.sorted { lhs, rhs in
      // Nearer the question's words first; on a tie the fuller name ("Daniel Noboa").
      lhs.distance != rhs.distance ? lhs.distance < rhs.distance : lhs.text.count > rhs.text.count
    }
  }

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
        if list[index].isCapitalized, words.punctuation(before: index) != "," {
          end = index
          index += 1
        } else if Self.nameConnectors.contains(list[index].lower), index + 1 < list.count,
          list[index + 1].isCapitalized
        {
          index += 1
        } else {
          break
        }
      }
      // A capitalised stop word that starts a sentence ("The", "In") is not a name.
      var first = start
      while first <= end, StopWords.contains(list[first].lower) { first += 1 }
      if first <= end { spans.append(first...end) }
    }
    return spans
  }

  /// Whether a capitalised span can be a name of the expected kind, from the gazetteer, the
  /// organisation cues and the preposition before it.
  func fits(span: ClosedRange<Int>, type: AnswerType, words: SentenceWords) -> Bool {
    let text = span.map { words.words[$0].surface }.joined(separator: " ")
    let isPlace = PlaceGazetteer.isPlace(text)
      || span.allSatisfy { PlaceGazetteer.isPlace(words.words[$0].lower) }
    let isOrganization = OrganizationCues.looksLikeOrganization(text)
    switch type {
    case .person: return !isPlace && !isOrganization
    case .organization: return isOrganization || !isPlace
    case .place:
      if isPlace { return true }
      guard span.lowerBound > 0 else { return false }
      return ["in", "at", "from", "to", "near", "of"].contains(words.words[span.lowerBound - 1].lower)
        && !isOrganization
    default: return true
    }
  }

  func stripTitles(_ span: ClosedRange<Int>, _ words: SentenceWords) -> ClosedRange<Int> {
    var first = span.lowerBound
    while first < span.upperBound, Self.titles.contains(words.words[first].lower) { first += 1 }
    return first...span.upperBound
  }

  func dateSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    let list = words.words
    var index = 0
    while index < list.count {
      let word = list[index]
      if Self.weekdays.contains(word.lower) {
        spans.append(index...index)
      } else if Self.months.contains(word.lower), word.isCapitalized {
        var end = index
        if end + 1 < list.count, list[end + 1].isNumber { end += 1 }
        if end + 1 < list.count, list[end + 1].isNumber, list[end + 1].lower.count == 4 { end += 1 }
        spans.append(index...end)
        index = end
      } else if word.isNumber, word.lower.count == 4, let year = Int(word.lower),
        (1000...2199).contains(year)
      {
        spans.append(index...index)
      }
      index += 1
    }
    return spans
  }

  func numberSpans(_ words: SentenceWords, unitWords: Set<String>) -> [ClosedRange<Int>] {
    var spans: [ClosedRange<Int>] = []
    let list = words.words
    var index = 0
    while index < list.count {
      if list[index].isNumber || Self.numberWords.contains(list[index].lower) {
        var end = index
        while end + 1 < list.count,
          list[end + 1].isNumber || Self.numberWords.contains(list[end + 1].lower)
            || unitWords.contains(list[end + 1].lower)
        {
          end += 1
        }
        spans.append(index...end)
        index = end
      }
      index += 1
    }
    return spans
  }

  func moneySpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    return numberSpans(words, unitWords: ["dollars", "euros", "pounds", "of", "yuan", "yen"])
      .filter { span in
        let before = words.punctuation(before: span.lowerBound)
        return before == "$" || before == "€" || before == "£"
          || span.contains { ["dollars", "euros", "pounds", "yuan", "yen"].contains(list[$0].lower) }
      }
  }

  func clauseSpans(_ words: SentenceWords, type: AnswerType) -> [ClosedRange<Int>] {
    let list = words.words
    let connectives: [[String]] = type == .manner ? [["by"], ["through"], ["with"]] : Self.reasonConnectives
    for connective in connectives {
      for index in list.indices where index + connective.count < list.count {
        if connective.indices.allSatisfy({ list[index + $0].lower == connective[$0] }) {
          return [(index + connective.count)...(list.count - 1)]
        }
      }
    }
    return []
  }
}
