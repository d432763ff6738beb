/// Finds a short answer of the expected type in one sentence.
///
/// Surface rules: capitalised spans for names, number patterns, dates, and the clause after a
/// causal connective for reasons. A candidate that repeats the question's own words is never
/// the answer ("who did Rubio meet" must not answer "Rubio"); among the rest, the one nearest
/// the question's words wins.
public struct ShortAnswerExtractor: Sendable {
  public init() {}

  static let nameConnectors: Set<String> = [
    "de", "del", "of", "la", "van", "von", "al", "bin", "da",
  ]
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

  /// A possible short answer in a sentence, scored.
  public struct Candidate: Sendable, Equatable {
    public var text: String
    public var utf8Range: Range<Int>
    /// How well it fits: the expected type, nearness to the question's words, length.
    public var score: Double
    /// 1 when its type is the expected one, lower when only loosely compatible.
    public var typeFit: Double
    /// Who said it, for a quote or a reported clause.
    public var speaker: String? = nil
  }

  /// The candidates in a sentence, best first. `references` are the sentence's pronouns and
  /// role nouns with the names they stand for: for a question about a person or a group
  /// they answer with that name ("He warned …" → "Rubio").
  public func candidates(
    in sentence: String, context: QuestionContext, analyzer: inout TermAnalyzer,
    references: [ReferenceResolver.Mention] = [], nextSentence: String? = nil
  ) -> [Candidate] {
    let words = SentenceWords(sentence)
    guard !words.words.isEmpty else { return [] }
    let type = context.analysis.answerType
    if let identity = identityCandidates(in: words, sentence: sentence, context: context) {
      return identity
    }
    if type == .quote {
      let quotes = statementCandidates(
        words, context: context, references: references,
        next: nextSentence.map(SentenceWords.init), analyzer: &analyzer)
      if !quotes.isEmpty { return quotes }
    }
    var spans = typedSpans(
      words, type: type == .quote ? .other : type, context: context, analyzer: &analyzer)
    // Where the question's verb stands in the sentence, if it does.
    let verbPosition = context.verbTerm.flatMap { verb in
      words.words.indices.first { analyzer.term(for: words.words[$0].lower) == verb }
    }
    let named = references.filter { mention in
      // A name the question gives is not its answer, whether written out or as "he"; and a
      // name the sentence writes out answers by itself, unless the pronoun, not the name,
      // is the one doing what the question asks ("present Ecuador … after it amassed").
      !WordTokenizer.words(in: mention.name).allSatisfy { context.questionWords.contains($0) }
        && (!sentence.contains(mention.name)
          || verbPosition.map { isActiveSubject(mention.words, of: $0, words) } == true)
    }
    // "He warned …" answers "who warned?" with whom "he" stands for, when the sentence
    // names no one else who could be the answer ("He was killed by El Temür": El Temür).
    // A possessive ("his father") is never the one asked for.
    let ownNames = nameSpans(words).contains { span in
      fits(span: span, type: type, words: words)
        && !span.allSatisfy { context.questionWords.contains(words.words[$0].lower) }
    }
    // Unless the pronoun is itself the subject of the question's verb ("after it amassed
    // debt", "he has designated"), in the active voice.
    if [.person, .organization].contains(type) {
      spans += named.filter { mention in
        let isPossessive =
          mention.words.count == 1
          && ["his", "her", "its", "their"].contains(words.words[mention.words.lowerBound].lower)
        guard !isPossessive else { return false }
        return !ownNames
          || verbPosition.map { isActiveSubject(mention.words, of: $0, words) } == true
      }.map { ($0.words, 0.85) }
    }
    guard !spans.isEmpty else { return [] }
    // Where the question's terms occur in the sentence, with their weights.
    var anchors: [(position: Int, weight: Double)] = []
    for (position, word) in words.words.enumerated() {
      if let term = analyzer.term(for: word.lower), let weight = context.anchorWeights[term] {
        anchors.append((position, weight))
      }
    }
    let totalWeight = max(context.termWeights.values.reduce(0, +), 0.001)
    // Words that repeat the question, in any inflection or derivation ("expansions" for
    // "expansion", "development" for "developed").
    let repeats = words.words.map { word in
      if context.questionWords.contains(word.lower) { return true }
      // "Ögedei" repeats the "Ogedei" of the question.
      let folded = AccentFolding.fold(word.lower)
      if folded != word.lower, context.questionWords.contains(folded) { return true }
      guard let term = analyzer.term(for: word.lower) else { return false }
      // "United States" repeats the question's "US".
      if context.analysis.aliases[term] != nil, word.isCapitalized || word.isAcronym { return true }
      guard context.termWeights[term] != nil else { return false }
      // An adjective from a noun asked about is new information: "structural" geologists.
      let adjective = Lexicon.partsOfSpeech(word.lower).first == .adjective
      return !adjective
        || context.questionWords.contains {
          analyzer.term(for: $0) == term && Lexicon.partsOfSpeech($0).first == .adjective
        }
    }
    let headTerm = context.analysis.headNoun.flatMap { analyzer.term(for: $0) }
    let sharedNameEnds = sharedNameEnds(words, context: context)
    var seen = Set<Range<Int>>()
    var result: [Candidate] = []
    for (rawSpan, typeFit) in spans {
      let mention = named.first { $0.words == rawSpan }
      let kindName =
        mention == nil
        ? nameOfAskedKind(
          rawSpan, words, headTerm: headTerm, repeats: repeats, analyzer: &analyzer) : nil
      guard
        let cut = mention != nil || kindName != nil
          ? TrimmedSpan(span: rawSpan, lostHead: nil, cutName: false)
          : trimmed(rawSpan, words, repeats: repeats, sharedNameEnds: sharedNameEnds)
      else {
        continue
      }
      let span = cut.span
      // A pronoun is never an answer by itself: only one that stands for a name.
      if mention == nil, span.count == 1,
        WordClasses.isPersonalPronoun(words.words[span.lowerBound].surface)
      {
        continue
      }
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
      if kindName != nil {
        // "Charles River" for "what river": the name says it is one.
        shape *= Self.askedKindShape
      } else if let lostHead = cut.lostHead {
        // "Which mantle" → "the convecting mantle": the modifier of the noun asked about is
        // the answer; the modifier of any other question word is not.
        // A person, place or organisation is named, though: "largest" in "the largest city"
        // is not which city.
        let wantsName = [.person, .place, .organization].contains(type)
        if analyzer.term(for: lostHead) == headTerm {
          shape *=
            wantsName && !words.words[span.lowerBound].isCapitalized ? 1 : Self.askedKindShape
        } else {
          shape *= context.asksForKind ? 1.3 : 0.35
        }
      }
      if span.count <= 2, isDiscourseMarker(span, words) { continue }
      // "or", "and": a conjunction alone says nothing.
      if mention == nil,
        span.allSatisfy({ WordClasses.conjunctions.contains(words.words[$0].lower) })
      {
        continue
      }
      shape *= copulaFactor(span, words, anchors: anchors.map(\.position), context: context)
      // "Rice University" for "what university": the name's own last word says its kind.
      let namesItsKind =
        kindName != nil || cut.lostHead.map { analyzer.term(for: $0) == headTerm } == true
      let kind =
        namesItsKind ? Self.askedKindNameBoost : kindFactor(span, words, context: context)
      shape *= kind
      var fit = kind < 1 ? typeFit * 0.3 : typeFit
      // A quoted term is a name too ('"white flight"'); a capital that only opens the
      // sentence ("Most however have …") is not; a pronoun standing for a name is one.
      let quoted = isQuoted(span, words)
      let first = words.words[span.lowerBound]
      let isName =
        mention != nil
        || (first.isCapitalized
          && (span.lowerBound > 0
            || !(WordClasses.isFunctionWord(first.lower) || Lexicon.isOrdinaryOpener(first.lower))))
      if context.prefersNames, !isName, !quoted { fit *= 0.5 }
      if context.strandedPreposition.map({ follows(span, preposition: $0, words) }) == true {
        // "what did he warn of?" → the phrase right after "warned of".
        shape *= 2
      }
      if type == .person, span.lowerBound > 0,
        context.questionWords.contains(words.words[span.lowerBound - 1].lower)
      {
        // "who is the president …" → "President Donald Trump": the title asked for.
        shape *= 1.5
      }
      if context.prefersNames, isNamedBy(span, words) || quoted { shape *= 2 }
      if cut.cutName { shape *= 0.5 }
      let head = words.words[span.upperBound]
      let modifiesAskedNoun = cut.lostHead.map { analyzer.term(for: $0) == headTerm } == true
      if mention == nil, !head.isCapitalized, !head.isNumber, !context.asksForKind,
        !modifiesAskedNoun, !context.asksForAction,
        ![.manner, .reason, .description].contains(type), Lexicon.cannotBeNoun(head.lower),
        !(span.count > 1 && PhraseChunker().isGerundCompound(span.upperBound, words))
      {
        // An adjective or verb alone ("key", "nationwide") is a modifier, not an answer.
        shape *= 0.5
      }
      if context.prefersNames, isName { shape *= 1.5 }
      if context.analysis.headNoun != nil, words.words[span.lowerBound].isCapitalized,
        span.lowerBound > 0
      {
        // "What uprising began in 1351?": a which/what-noun question is usually answered
        // by a name.
        shape *= 1.3
      }
      if isCoordinated(span, with: context.coordinatedWords, words) { shape *= 2 }
      if type == .place {
        shape *= namedPlaceFactor(span, words)
        shape *= withinAskedPlaceFactor(span, words, context: context, analyzer: &analyzer)
      }
      shape *= cueFactor(span, words, context: context)
      shape *= definedByNameFactor(span, words, context: context)
      shape *= actionOfAskedSubject(span, words, context: context)
      shape *= appositionFactor(span, words, headTerm: headTerm, analyzer: &analyzer)
      if type == .person, words.words[span.lowerBound].isCapitalized, modifiesNoun(span, words) {
        shape *= 0.5
      }
      if let verbPosition {
        shape *= roleFactor(span, verbPosition: verbPosition, context: context, words: words)
      }
      let score = fit * shape * (0.2 + nearness) * lengthFactor
      result.append(
        Candidate(
          text: mention?.name ?? words.text(from: span.lowerBound, through: span.upperBound),
          utf8Range: range, score: score, typeFit: fit))
    }
    if type == .person || type == .organization, let verb = context.analysis.verb,
      WordClasses.reportingVerbs.contains(verb) || QuestionAnalyzer.reportingLemmas.contains(verb)
    {
      // "Who said …?": the speaker of a statement is the answer.
      let speakers = ReportedSpeech().statements(in: words).compactMap(\.speaker).map {
        words.utf8Range(from: $0.lowerBound, through: $0.upperBound)
      }
      for index in result.indices
      where speakers.contains(where: { $0.overlaps(result[index].utf8Range) }) {
        result[index].score *= 2
      }
    }
    if type == .quote { for index in result.indices { result[index].typeFit *= 0.3 } }
    result = figuresRead(result, words, context: context)
    return result.sorted { $0.score > $1.score }
  }

  /// Whether a span stands right before a verb as its subject, in the active voice: "it
  /// amassed", "he has designated" (auxiliaries may come between), not "he was killed".
  func isActiveSubject(_ span: ClosedRange<Int>, of verb: Int, _ words: SentenceWords) -> Bool {
    guard verb > span.upperBound, verb - span.upperBound <= 3 else { return false }
    let between = words.words[
      Range.positions(from: span.upperBound + 1, upTo: verb, in: words.words.count)
    ].map(\.lower)
    let passive = ["was", "were", "been", "being", "is", "are", "be"]
    return between.allSatisfy { WordClasses.auxiliaries.contains($0) || $0.hasSuffix("ly") }
      && !between.contains(where: passive.contains)
  }

  /// Spans of the expected type, each with how well it fits. When no span fits the type
  /// well, the sentence's phrases come in as weak candidates.
  func typedSpans(
    _ words: SentenceWords, type: AnswerType, context: QuestionContext,
    analyzer: inout TermAnalyzer
  ) -> [(ClosedRange<Int>, Double)] {
    let names = nameSpans(words)
    switch type {
    case .person, .organization, .place:
      var spans = names.filter { fits(span: $0, type: type, words: words) }.map {
        (type == .person ? stripTitles($0, words) : $0, 1.0)
      }
      // A name the gazetteer does not know may still be a place ("Urgench", "Zhongdu").
      spans += names.filter { !fits(span: $0, type: type, words: words) }.map { span in
        let titled = span.contains { Self.titles.contains(words.words[$0].lower) }
        guard type == .place, !titled else { return (span, 0.25) }
        // After "in", "at", "near" an unknown name is likelier a place than elsewhere.
        let placed =
          span.lowerBound > 0
          && Self.placePrepositions.contains(words.words[span.lowerBound - 1].lower)
        return (span, placed ? 0.6 : 0.5)
      }
      let chunks = PhraseChunker().chunks(words)
      if type == .place, !context.asksForNamedPlace {
        // "Where": a phrase after a preposition of place ("in the altitude chamber"). Not for
        // "which city": a city is named.
        spans += chunks.filter { chunk in
          var before = chunk.lowerBound - 1
          // "in the altitude chamber": past the determiner.
          if before > 0, WordClasses.determiners.contains(words.words[before].lower) {
            before -= 1
          }
          return before >= 0 && Self.placePrepositions.contains(words.words[before].lower)
        }.map { ($0, 0.55) }
      }
      spans += chunks.map { chunk in
        // "Who was drawn to Jacksonville?" → "filmmakers": people named by what they are.
        (chunk, type == .person && namesPeople(chunk, words) ? Self.peopleNounFit : 0.35)
      }
      if context.asksForSeveral {
        spans += coordinatedNames(names, words).map { ($0, 1.1) }
      }
      return spans
    case .date, .time:
      return dateSpans(words).map { ($0, 1.0) }
        + clauseSpans(words, type: type).map { ($0.span, 0.5 * $0.fit) }
    case .number, .quantity, .duration:
      // A count is the bare number; a quantity or duration carries its unit ("three days").
      let bare = type == .number ? 1.0 : 0.7
      let spans =
        numberSpans(words, unitWords: []).map { ($0, bare) }
        + numberSpans(words, unitWords: Self.unitWords).map { ($0, type == .number ? 0.8 : 1.0) }
      // "How long did Apollo run?" → "from 1961 to 1972": a span of years is a duration.
      let ranges = type == .duration ? yearRanges(words).map { ($0, Self.yearRangeFit) } : []
      return spans.map { span, fit in
        (span, fit * countLikelihood(span, words, context: context) * unitFit(span, words, context))
      } + ranges
    case .percent:
      let percents = numberSpans(words, unitWords: ["percent", "per", "cent"]).compactMap {
        span -> ClosedRange<Int>? in
        let last = words.words[span.upperBound].lower
        if last == "percent" || last == "cent" { return span }
        // "70%": the sign follows the number directly.
        let after = words.words[span.upperBound].utf8Range.upperBound
        return after < words.bytes.count && words.bytes[after] == UInt8(ascii: "%") ? span : nil
      }
      return percents.map { ($0, 1.0) } + numberSpans(words, unitWords: []).map { ($0, 0.4) }
    case .money:
      return moneySpans(words).map { ($0, 1.0) }
        + numberSpans(words, unitWords: []).map { ($0, 0.4) }
    case .reason: return clauseSpans(words, type: type).map { ($0.span, $0.fit) }
    case .manner:
      // "How did the emperor die?" → "drowned": without "by …", the verb phrase says how.
      return clauseSpans(words, type: type).map { ($0.span, $0.fit) }
        + instrumentSpans(words, context: context, analyzer: &analyzer).map { ($0, 1.0) }
        + predicateSpans(words, questionWords: context.questionWords).map { ($0, 0.6) }
        + adverbSpans(words).map { ($0, 0.6) }
    case .yesNo: return []
    case .role:
      return roleSpans(words, names: names).map { ($0, 1.0) }
        + PhraseChunker().chunks(words).map { ($0, 0.4) }
    case .description, .other, .quote:
      // A whole phrase ("more US attacks") over the name inside it ("US").
      let predicates =
        context.asksForAction
        ? (predicateSpans(words, questionWords: context.questionWords)
          + actionSpans(words, context: context)).map { ($0, 1.0) } : []
      // "What happened in 2009?" → "The base was closed": the clause the time belongs to.
      let events =
        context.asksForAction && context.analysis.time != nil
        ? eventClauses(words).map { ($0, 1.5) } : []
      let chunks = PhraseChunker().chunks(words)
      return events + predicates + chunks.map { ($0, 1.0) }
        + joinedPhrases(chunks, words).map { ($0, 1.0) }
        + names.map { ($0, 0.9) } + quotedSpans(words).map { ($0, 1.0) }
        + (context.asksForSeveral ? coordinatedNames(names, words).map { ($0, 1.1) } : [])
    }
  }

  /// A span after trimming, with what the trimming took away.
  struct TrimmedSpan {
    var span: ClosedRange<Int>
    /// The phrase's last word (its head), when it was a question word: what is left
    /// modifies it.
    var lostHead: String?
    /// A capitalised question word was cut from a name ("James Watt" → "James").
    var cutName: Bool
  }

  /// Drops leading determiners and words that repeat the question (`repeats`, by position)
  /// at either edge; nil when nothing is left.
  func trimmed(
    _ span: ClosedRange<Int>, _ words: SentenceWords, repeats: [Bool], sharedNameEnds: [Bool]
  ) -> TrimmedSpan? {
    var first = span.lowerBound
    var last = span.upperBound
    var cutName = false
    func removable(_ index: Int) -> Bool {
      let lower = words.words[index].lower
      if repeats[index] {
        if words.words[index].isCapitalized { cutName = true }
        return true
      }
      // A word that introduces an example ("e.g.", "including") is not part of it.
      return (WordClasses.determiners.contains(lower) && !WordClasses.quantifiers.contains(lower))
        || WordClasses.contractionPieces.contains(lower) || Self.exampleCues.contains(lower)
    }
    while first <= last, removable(first) { first += 1 }
    // What is left of a joined phrase after its repeated half ("[development] of the
    // separate condenser") starts at its joint.
    while first > span.lowerBound, first <= last,
      ["of", "and", "or"].contains(words.words[first].lower) || removable(first)
    {
      first += 1
    }
    let keepsName =
      first < last && sharedNameEnds[last]
      && (first..<last).allSatisfy { words.words[$0].isCapitalized }
    let lostHead =
      first <= last && repeats[last] && !keepsName
      ? words.words[last].lower : nil
    if !keepsName {
      while last >= first, removable(last) { last -= 1 }
    }
    guard first <= last else { return nil }
    // A span that still holds question words inside mostly repeats the question; a name
    // only when most of it does.
    let inside = (first...last).filter { repeats[$0] }.count
    if keepsName ? inside * 2 > (last - first + 1) : inside * 2 >= (last - first + 1) {
      return nil
    }
    return TrimmedSpan(span: first...last, lostHead: lostHead, cutName: cutName)
  }

  static let placePrepositions: Set<String> = [
    "in", "at", "on", "near", "along", "inside", "into", "across", "throughout", "within", "from",
  ]

  static let unitWords: Set<String> = [
    "mm", "cm", "m", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
    "feet", "ft", "in", "inches", "kg", "kilograms", "tonnes", "tons", "pounds", "lb", "square",
    "sq", "mi", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
    "hour", "minutes", "minute", "seconds", "degrees", "°", "people", "percent", "times",
    "acres", "hectares", "litres", "liters", "gallons", "mph", "kph", "watts", "mw", "gw", "kw",
    "horsepower", "hp", "million", "billion", "centuries", "decades",
  ]

}
