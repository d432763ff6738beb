/// Finds a short answer of the expected type in one sentence.
///
/// Surface rules: capitalised spans for names, number patterns, dates, and the clause after a
/// causal connective for reasons. A candidate that repeats the question's own words is never
/// the answer ("who did Rubio meet" must not answer "Rubio"); among the rest, the one nearest
/// the question's words wins.
public struct ShortAnswerExtractor: Sendable {
  public init() {}

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

  /// A possible short answer in a sentence, scored.
  public struct Candidate: Sendable, Equatable {
    public var text: String
    public var utf8Range: Range<Int>
    /// How well it fits: the expected type, nearness to the question's words, length.
    public var score: Double
    /// 1 when its type is the expected one, lower when only loosely compatible.
    public var typeFit: Double
  }

  /// What the extractor needs to know of the question.
  public struct QuestionContext {
    public var analysis: QuestionAnalysis
    /// Each question term (stem) with its weight (IDF).
    public var termWeights: [String: Double]
    /// The question's words, lower-cased: an answer does not repeat them.
    public var questionWords: Set<String>
    /// "What type of engine": the answer is the modifier of a question word.
    public var asksForKind: Bool
    /// "What is the name of": a capitalised answer is likelier.
    public var prefersNames: Bool
    /// "Along with X, what …": the answer stands beside X in a list.
    public var coordinatedWords: Set<String>
    /// Question terms and their lexicon relatives, each with the weight it has as an anchor.
    public var anchorWeights: [String: Double]
    /// The index term of the question's main verb.
    public var verbTerm: String?
    /// "Who were two of …", "what are …": a list may be the answer.
    public var asksForSeveral: Bool

    public init(analysis: QuestionAnalysis, termWeights: [String: Double]) {
      self.analysis = analysis
      self.termWeights = termWeights
      var anchors = termWeights
      for (related, original) in analysis.expansions where anchors[related] == nil {
        anchors[related] = 0.5 * (termWeights[original] ?? 0)
      }
      anchorWeights = anchors
      questionWords = Set(analysis.focusWords)
      let words = WordTokenizer.words(in: analysis.text)
      asksForKind = zip(words, words.dropFirst()).contains { pair in
        ["type", "kind", "sort", "form", "style"].contains(pair.0) && pair.1 == "of"
      }
      prefersNames = analysis.headNoun == "name" || words.contains("named") || words.contains("called")
      coordinatedWords = QuestionContext.coordinated(in: analysis.text)
      var analyzer = TermAnalyzer()
      verbTerm = analysis.verb.flatMap { analyzer.term(for: $0) }
      asksForSeveral = words.contains { ["were", "are", "two", "three", "both"].contains($0) }
    }

    /// The words of a leading "along with X," / "besides X," phrase.
    static func coordinated(in question: String) -> Set<String> {
      let lower = question.lowercased()
      for opener in ["along with ", "besides ", "in addition to ", "aside from ", "apart from ", "other than ", "as well as "] {
        guard let found = lower.range(of: opener) else { continue }
        let rest = lower[found.upperBound...]
        let phrase = rest.prefix { $0 != "," && $0 != "?" }
        return Set(WordTokenizer.words(in: String(phrase)).filter { !StopWords.contains($0) })
      }
      return []
    }
  }

  /// How well the span's place fits the role the question asks for: a subject stands before
  /// the verb (or after "by" in a passive), an object after it.
  func roleFactor(
    _ span: ClosedRange<Int>, verbPosition: Int, context: QuestionContext, words: SentenceWords
  ) -> Double {
    if context.analysis.asksForSubject {
      if span.upperBound < verbPosition {
        let startsClause = span.lowerBound == 0 || words.punctuation(before: span.lowerBound) == ","
          || WordClasses.determiners.contains(words.words[span.lowerBound - 1].lower)
        return startsClause ? 1.6 : 1.3
      }
      if span.lowerBound > verbPosition, span.lowerBound >= 1,
        words.words[max(verbPosition, span.lowerBound - 3)..<span.lowerBound].contains(where: {
          $0.lower == "by"
        })
      {
        return 1.5
      }
      return 0.8
    }
    return span.lowerBound > verbPosition ? 1.3 : 0.9
  }

  /// Whether the span stands in a list beside one of `coordinated` ("X and Y", "X, Y"):
  /// only commas and coordinating words may lie between them.
  func isCoordinated(
    _ span: ClosedRange<Int>, with coordinated: Set<String>, _ words: SentenceWords
  ) -> Bool {
    guard !coordinated.isEmpty else { return false }
    let list = words.words
    for direction in [-1, 1] {
      var index = direction < 0 ? span.lowerBound - 1 : span.upperBound + 1
      var steps = 0
      while index >= 0, index < list.count, steps < 3 {
        let lower = list[index].lower
        if coordinated.contains(lower) { return true }
        guard ["and", "or", "as", "well", "also"].contains(lower) else { break }
        index += direction
        steps += 1
      }
    }
    return false
  }

  public func candidates(
    in sentence: String, context: QuestionContext, analyzer: inout TermAnalyzer
  ) -> [Candidate] {
    let words = SentenceWords(sentence)
    guard !words.words.isEmpty else { return [] }
    let type = context.analysis.answerType
    let spans = typedSpans(words, type: type, context: context)
    guard !spans.isEmpty else { return [] }
    // Where the question's terms occur in the sentence, with their weights.
    var anchors: [(position: Int, weight: Double)] = []
    for (position, word) in words.words.enumerated() {
      if let term = analyzer.term(for: word.lower), let weight = context.anchorWeights[term] {
        anchors.append((position, weight))
      }
    }
    let totalWeight = max(context.termWeights.values.reduce(0, +), 0.001)
    let verbPosition = context.verbTerm.flatMap { verb in
      words.words.indices.first { analyzer.term(for: words.words[$0].lower) == verb }
    }
    var seen = Set<Range<Int>>()
    var result: [Candidate] = []
    for (rawSpan, typeFit) in spans {
      guard let cut = trimmed(rawSpan, words, questionWords: context.questionWords) else {
        continue
      }
      let span = cut.span
      let range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
      guard seen.insert(range).inserted else { continue }
      var best: [Int: Double] = [:]  // anchor position → contribution, nearest per position
      for anchor in anchors where !span.contains(anchor.position) {
        let gap =
          anchor.position < span.lowerBound
          ? span.lowerBound - anchor.position - 1 : anchor.position - span.upperBound - 1
        best[anchor.position] = anchor.weight / (1 + Double(gap) * 0.5)
      }
      let nearness = best.values.reduce(0, +) / totalWeight
      let length = span.count
      let lengthFactor = 1 / (1 + 0.08 * Double(max(0, length - 3)))
      var shape = 1.0
      if cut.lostHead { shape *= context.asksForKind ? 1.3 : 0.35 }
      if cut.cutName { shape *= 0.5 }
      let head = words.words[span.upperBound]
      if !head.isCapitalized, !head.isNumber, !context.asksForKind,
        ![.manner, .reason, .description].contains(type), Lexicon.cannotBeNoun(head.lower)
      {
        // An adjective or verb alone ("key", "nationwide") is a modifier, not an answer.
        shape *= 0.5
      }
      if context.prefersNames, words.words[span.lowerBound].isCapitalized { shape *= 1.5 }
      if context.analysis.headNoun != nil, words.words[span.lowerBound].isCapitalized,
        span.lowerBound > 0
      {
        // "What uprising began in 1351?": a which/what-noun question is usually answered
        // by a name.
        shape *= 1.3
      }
      if isCoordinated(span, with: context.coordinatedWords, words) { shape *= 2 }
      if let verbPosition {
        shape *= roleFactor(span, verbPosition: verbPosition, context: context, words: words)
      }
      let score = typeFit * shape * (0.2 + nearness) * lengthFactor
      result.append(
        Candidate(
          text: words.text(from: span.lowerBound, through: span.upperBound), utf8Range: range,
          score: score, typeFit: typeFit))
    }
    return result.sorted { $0.score > $1.score }
  }

  /// Spans of the expected type, each with how well it fits. When no span fits the type
  /// well, the sentence's phrases come in as weak candidates.
  func typedSpans(_ words: SentenceWords, type: AnswerType, context: QuestionContext)
    -> [(ClosedRange<Int>, Double)]
  {
    let names = nameSpans(words)
    switch type {
    case .person, .organization, .place:
      var spans = names.filter { fits(span: $0, type: type, words: words) }.map {
        (type == .person ? stripTitles($0, words) : $0, 1.0)
      }
      spans += names.filter { !fits(span: $0, type: type, words: words) }.map { ($0, 0.25) }
      let chunks = PhraseChunker().chunks(words)
      if type == .place {
        // "Where": a phrase after a preposition of place ("in the altitude chamber").
        spans += chunks.filter { chunk in
          chunk.lowerBound > 0
            && Self.placePrepositions.contains(words.words[chunk.lowerBound - 1].lower)
        }.map { ($0, 0.55) }
      }
      spans += chunks.map { ($0, 0.35) }
      if context.asksForSeveral {
        spans += coordinatedNames(names, words).map { ($0, 1.1) }
      }
      return spans
    case .date, .time:
      return dateSpans(words).map { ($0, 1.0) }
    case .number, .quantity, .duration:
      // A count is the bare number; a quantity or duration carries its unit ("three days").
      let bare = type == .number ? 1.0 : 0.7
      return numberSpans(words, unitWords: []).map { ($0, bare) }
        + numberSpans(words, unitWords: Self.unitWords).map { ($0, type == .number ? 0.8 : 1.0) }
    case .percent:
      let percents = numberSpans(words, unitWords: ["percent", "per", "cent"]).compactMap {
        span -> ClosedRange<Int>? in
        let last = words.words[span.upperBound].lower
        if last == "percent" || last == "cent" { return span }
        // "70%": the sign follows the number directly.
        let after = words.words[span.upperBound].utf8Range.upperBound
        let bytes = Array(words.sentence.utf8)
        return after < bytes.count && bytes[after] == UInt8(ascii: "%") ? span : nil
      }
      return percents.map { ($0, 1.0) } + numberSpans(words, unitWords: []).map { ($0, 0.4) }
    case .money: return moneySpans(words).map { ($0, 1.0) } + numberSpans(words, unitWords: []).map { ($0, 0.4) }
    case .reason, .manner: return clauseSpans(words, type: type).map { ($0, 1.0) }
    case .yesNo: return []
    case .description, .role, .other:
      return PhraseChunker().chunks(words).map { ($0, 1.0) } + names.map { ($0, 1.0) }
    }
  }

  /// A span after trimming, with what the trimming took away.
  struct TrimmedSpan {
    var span: ClosedRange<Int>
    /// The phrase's last word (its head) was a question word: what is left modifies it.
    var lostHead: Bool
    /// A capitalised question word was cut from a name ("James Watt" → "James").
    var cutName: Bool
  }

  /// Drops leading determiners and question words at either edge; nil when nothing is left.
  func trimmed(_ span: ClosedRange<Int>, _ words: SentenceWords, questionWords: Set<String>)
    -> TrimmedSpan?
  {
    var first = span.lowerBound
    var last = span.upperBound
    var cutName = false
    func removable(_ index: Int) -> Bool {
      let lower = words.words[index].lower
      if questionWords.contains(lower) {
        if words.words[index].isCapitalized { cutName = true }
        return true
      }
      return WordClasses.determiners.contains(lower) || lower == "s"
    }
    while first <= last, removable(first) { first += 1 }
    let lostHead = first <= last && questionWords.contains(words.words[last].lower)
    while last >= first, removable(last) { last -= 1 }
    guard first <= last else { return nil }
    // A span that still holds question words inside mostly repeats the question.
    let inside = (first...last).filter { questionWords.contains(words.words[$0].lower) }.count
    if inside * 2 >= (last - first + 1) { return nil }
    return TrimmedSpan(span: first...last, lostHead: lostHead, cutName: cutName)
  }

  static let placePrepositions: Set<String> = [
    "in", "at", "on", "near", "along", "inside", "into", "across", "throughout", "within", "from",
  ]

  /// Names joined by "and" ("Liu Bingzhong and Yao Shu"), for questions that ask for several.
  func coordinatedNames(_ names: [ClosedRange<Int>], _ words: SentenceWords) -> [ClosedRange<Int>] {
    zip(names, names.dropFirst()).compactMap { first, second in
      second.lowerBound == first.upperBound + 2
        && words.words[first.upperBound + 1].lower == "and" ? first.lowerBound...second.upperBound : nil
    }
  }

  static let unitWords: Set<String> = [
    "mm", "cm", "m", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
    "feet", "ft", "in", "inches", "kg", "kilograms", "tonnes", "tons", "pounds", "lb", "square",
    "sq", "mi", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
    "hour", "minutes", "minute", "seconds", "degrees", "°", "people", "percent", "times",
    "acres", "hectares", "litres", "liters", "gallons", "mph", "kph", "watts", "mw", "gw", "kw",
    "horsepower", "hp", "million", "billion", "centuries", "decades",
  ]

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
      // A capitalised stop word that starts a sentence ("The", "In") is not a name, nor is
      // an opening adverb or participle ("Today,", "Conversely,", "According to").
      var first = start
      while first <= end, StopWords.contains(list[first].lower)
        || (first == 0 && isOpeningWord(list[first].lower, words))
      {
        first += 1
      }
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

  func isOpeningWord(_ lower: String, _ words: SentenceWords) -> Bool {
    if WordClasses.fillers.contains(lower) || WordClasses.conjunctions.contains(lower) { return true }
    if !PlaceGazetteer.isPlace(lower), Lexicon.isOrdinaryOpener(lower) { return true }
    if lower.hasSuffix("ly") || lower.hasSuffix("ing") { return true }
    return words.words.count > 1 && words.punctuation(after: 0) == ","
      && !PlaceGazetteer.isPlace(lower)
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
