/// What the extractor knows of the question, and the scoring factors that depend on it.
extension ShortAnswerExtractor {
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
    /// "What is X?", "who was X?": the answer stands across a copula from X.
    public var isCopular: Bool
    /// "What did X do", "what happened to X": the answer is an action, a verb phrase.
    public var asksForAction: Bool
    /// A preposition the question ends with ("what did he warn of?"): the answer follows it.
    public var strandedPreposition: String?
    /// Whether that preposition opens the question ("with what did …?") rather than ends it.
    public var prepositionFronted = false
    /// "Which city", "what river": a place that has a name is asked for, not any "in the …"
    /// phrase ("where", "in what locations").
    public var asksForNamedPlace: Bool {
      analysis.headNoun.map {
        QuestionAnalyzer.placeNouns.contains($0) && !Self.unnamedPlaceNouns.contains($0)
      } ?? false
    }
    static let unnamedPlaceNouns: Set<String> = [
      "place", "location", "area", "neighborhood", "neighbourhood",
    ]
    /// "What is an example of …": the answer is what the sentence gives as an example.
    public var asksForExample: Bool

    public init(analysis: QuestionAnalysis, termWeights: [String: Double], lexicon: Lexicon) {
      self.analysis = analysis
      self.termWeights = termWeights
      var anchors = termWeights
      for (related, original) in analysis.expansions where anchors[related] == nil {
        anchors[related] = AnswerWeights.relatedAnchorShare.value * (termWeights[original] ?? 0)
      }
      anchorWeights = anchors
      questionWords = Set(analysis.focusWords)
      let words = WordTokenizer.words(in: analysis.text)
      asksForKind = zip(words, words.dropFirst()).contains { pair in
        ["type", "kind", "sort", "form", "style", "class", "category", "genre", "variety"]
          .contains(pair.0) && pair.1 == "of"
      }
      prefersNames =
        ["name", "term", "title", "nickname"].contains(analysis.headNoun ?? "")
        || words.contains { Lexicon.namingParticiples.contains($0) }
        // "What was Temür Khan's Chinese-style name?" (not "why … Genghis Khan's name?").
        || (words.first == "what" && ["name", "names", "nickname"].contains(words.last ?? ""))
        // "another term for …", "a term for …"; not "the term of a member" (a duration).
        || zip(words, words.dropFirst()).contains {
          $0 == ("term", "for") || $0 == ("another", "term")
        }
      coordinatedWords = QuestionContext.coordinated(in: analysis.text)
      var analyzer = TermAnalyzer(lexicon: lexicon)
      verbTerm = analysis.verb.flatMap { analyzer.term(for: $0) }
      asksForSeveral = words.contains {
        ["were", "are", "two", "three", "both", "between"].contains($0)
      }
      isCopular =
        words.count > 1 && ["what", "who", "which"].contains(words[0])
        && Lexicon.copulas.contains(words[1])
      asksForAction =
        words.contains("happened") || words.contains("happens")
        || (words.last == "do" && words.contains("what"))
        // "what will Rubio do on Thursday?"
        || (words.first == "what" && words.count > 3 && Lexicon.verbGroupWords.contains(words[1])
          && words.dropFirst(3).contains("do"))
        || zip(words, words.dropFirst()).contains {
          $0.0 == "do" && ["to", "with", "after", "when"].contains($0.1)
        }
      asksForExample = words.contains { ["example", "examples", "instance"].contains($0) }
      let slotPrepositions: Set<String> = [
        "as", "of", "to", "for", "with", "about", "from", "in", "on", "by", "into", "up", "out",
        "off", "down", "over", "away",
      ]
      // "About how many schools …?" hedges the figure: "about" opens no slot there.
      // Before a bare wh-phrase only a preposition can stand, so "against", "since" and
      // the like open a slot there too ("against whom did …?").
      let frontedOnly: Set<String> = [
        "against", "since", "until", "till", "after", "before", "at", "through", "without",
        "among", "between", "behind", "towards", "toward",
      ]
      let fronted =
        words.count > 3 && words[0] != "about"
        && (slotPrepositions.contains(words[0]) || frontedOnly.contains(words[0]))
        && Lexicon.whWords.contains(words[1])
        && (words[1] == "how" || Lexicon.finiteAuxiliaries.contains(words[2]))
      prepositionFronted = fronted && !slotPrepositions.contains(words.last ?? "")
      strandedPreposition =
        words.last.flatMap { slotPrepositions.contains($0) ? $0 : nil }
        // "With what did …?", "for how much …?", "from how far …?" (a follow-up's ellipsis
        // spelled out): the preposition fronted with a bare wh-phrase marks the same slot.
        // Not "in what year …": there the noun says what is asked, and the phrase after
        // "in" is seldom the one the question means (SQuAD: 4 fixed, 4 broken).
        ?? (fronted ? words[0] : nil)
    }

    /// The words of a leading "along with X," / "besides X," phrase.
    static func coordinated(in question: String) -> Set<String> {
      let lower = question.lowercased()
      for opener in [
        "along with ", "besides ", "in addition to ", "aside from ", "apart from ", "other than ",
        "as well as ",
      ] {
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
      if span.upperBound == subjectEnd(ofVerbAt: verbPosition, words) {
        // "Deke Slayton, the astronaut who …, selected": the clause's subject itself.
        return AnswerWeights.clauseSubjectBoost.value
      }
      if span.upperBound < verbPosition {
        let startsClause =
          span.lowerBound == 0 || words.punctuation(before: span.lowerBound) == ","
          || Lexicon.determiners.contains(words.words[span.lowerBound - 1].lower)
        return startsClause
          ? AnswerWeights.subjectOpeningClauseBoost.value
          : AnswerWeights.subjectBeforeVerbBoost.value
      }
      if span.lowerBound > verbPosition, span.lowerBound >= 1,
        words.words[
          Range.positions(
            from: max(verbPosition, span.lowerBound - 3), upTo: span.lowerBound,
            in: words.words.count)
        ].contains(where: {
          $0.lower == "by"
        })
      {
        return AnswerWeights.passiveAgentBoost.value
      }
      return AnswerWeights.subjectElsewhereFactor.value
    }
    return span.lowerBound > verbPosition
      ? AnswerWeights.objectAfterVerbBoost.value : AnswerWeights.objectBeforeVerbFactor.value
  }
  /// Where the subject of the verb at `verb` ends: the word before it (auxiliaries and
  /// adverbs aside), or, when an appositive stands between ("Deke Slayton, the grounded
  /// Mercury astronaut who became …, selected the crew"), the word before the appositive.
  func subjectEnd(ofVerbAt verb: Int, _ words: SentenceWords) -> Int? {
    let list = words.words
    var end = verb - 1
    while end >= 0,
      Lexicon.verbGroupWords.contains(list[end].lower)
        || lexicon.partsOfSpeech(list[end].lower).first == .adverb
    {
      end -= 1
    }
    guard end >= 0 else { return nil }
    guard words.punctuation(before: end + 1) == "," else { return end }
    // Back to the comma that opens the appositive; the subject ends before it.
    var opening = end
    while opening > 0, words.punctuation(before: opening) != "," { opening -= 1 }
    return opening > 0 ? opening - 1 : nil
  }

  /// For "how many X": a number counting X ("11 people") is likelier than one counting
  /// something else; years and "one of" are rarely counts. A number that counts the asked
  /// noun is a count whatever its value ("1,200 babies", "1500 tickets"), and one written
  /// with a thousands separator is never a year.
  func countLikelihood(_ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext)
    -> Double
  {
    let list = words.words
    let first = list[span.lowerBound].lower
    let askedNounDistance = askedNounDistance(after: span, words, context: context)
    if span.count == 1, first.count == 4, !list[span.lowerBound].surface.contains(","),
      let year = Int(first), (1000...2199).contains(year),
      context.analysis.answerType != .date, askedNounDistance != 1
    {
      return AnswerWeights.yearAsCountFit.value
    }
    if first == "one", span.upperBound + 1 < list.count, list[span.upperBound + 1].lower == "of" {
      return AnswerWeights.oneOfAsCountFit.value
    }
    guard context.analysis.headNoun != nil, context.analysis.form == .howMany else { return 1 }
    return askedNounDistance != nil
      ? AnswerWeights.countsAskedNounFit.value : AnswerWeights.countsOtherNounFit.value
  }

  /// How many words after the number the noun a how-many question counts stands, up to three
  /// ("11 people" → 1, "40 new midwives" → 2); nil when it is not there or the question counts
  /// nothing. A year-like number counts only the noun right after it ("1500 tickets", not
  /// "2010 for the most wins").
  private func askedNounDistance(
    after span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext
  ) -> Int? {
    guard let counted = context.analysis.headNoun, context.analysis.form == .howMany else {
      return nil
    }
    let list = words.words
    var analyzer = TermAnalyzer(lexicon: lexicon)
    let countedTerm = analyzer.term(for: counted)
    let window = Range.positions(
      from: span.upperBound + 1, upTo: span.upperBound + 4, in: list.count)
    return window.first { analyzer.term(for: list[$0].lower) == countedTerm }.map {
      $0 - span.upperBound
    }
  }

  /// For "how high in feet": a figure in the unit asked for fits best; a figure in brackets
  /// is a conversion of the one before ("51,300 pounds (23,300 kg)") unless its unit is the
  /// one asked for.
  func unitFit(_ span: ClosedRange<Int>, _ words: SentenceWords, _ context: QuestionContext)
    -> Double
  {
    // "kilometres" and "km" are one unit: each is compared in its singular, spelt-out form
    // (before, the question's "kilometres" became "kilometre", which no list held, and the
    // asked unit went unread).
    func plainSingular(_ word: String) -> String {
      word.count > 2 && word.hasSuffix("s") ? String(word.dropLast()) : word
    }
    func singular(_ word: String) -> String {
      Self.unitSpellings[word] ?? Self.unitSpellings[plainSingular(word)] ?? plainSingular(word)
    }
    // Units of measure only: "in" is a preposition more often than inches, and what a count
    // counts ("people") is weighed by countLikelihood.
    let notMeasures: Set<String> = ["in", "people", "times", "million", "billion", "square"]
    let asked = Set(
      context.questionWords.filter {
        (Self.unitWords.contains($0) || Self.unitWords.contains(plainSingular($0))
          || Self.unitSpellings[$0] != nil) && !notMeasures.contains($0)
      }.map(singular))
    let unit = singular(words.words[span.upperBound].lower)
    if !asked.isEmpty, span.count > 1 {
      return asked.contains(unit)
        ? AnswerWeights.askedUnitFit.value : AnswerWeights.otherUnitFit.value
    }
    return words.punctuation(before: span.lowerBound) == "("
      ? AnswerWeights.bracketedFigureFit.value : 1
  }

  /// Abbreviated, plural and American spellings of a unit, by the singular British name
  /// `unitFit` compares them in.
  static let unitSpellings: [String: String] = [
    "km": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre",
    "kilometer": "kilometre", "m": "metre", "metres": "metre", "meters": "metre",
    "meter": "metre", "mm": "millimetre", "cm": "centimetre", "mi": "mile", "miles": "mile",
    "ft": "foot", "feet": "foot", "inches": "inch", "kg": "kilogram", "kilograms": "kilogram",
    "lb": "pound", "pounds": "pound", "tonnes": "tonne", "tons": "tonne", "ton": "tonne",
    "litres": "litre", "liters": "litre", "liter": "litre", "°": "degree", "degrees": "degree",
    "hectares": "hectare", "acres": "acre", "gallons": "gallon", "hp": "horsepower",
    "sq": "square", "centuries": "century",
  ]

  /// For "which city" or "what river": a name WordNet knows as something else ("Ecuador" is a
  /// country, not a city) fits less; one it knows as that kind fits more.
  func kindFactor(_ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext)
    -> Double
  {
    guard let head = context.analysis.headNoun, let wordNet = lexicon.wordNet,
      !["name", "term", "title", "type", "kind"].contains(head)
    else { return 1 }
    // "Ten PEDs are …": a number opening the sentence is no name, whatever WordNet says of
    // "ten" ("Millions of animals" is no count either, and stays as it was).
    let isNumber = span.allSatisfy {
      words.words[$0].isNumber
        || (Self.numberWords.contains(words.words[$0].lower)
          && !words.words[$0].lower.hasSuffix("s"))
    }
    guard words.words[span.lowerBound].isCapitalized, !isNumber else {
      // "What metal …" → "molten silver": a phrase whose head noun is a kind of metal.
      let last = words.words[span.upperBound].lower
      return last != head && wordNet.noun(last, isA: head)
        ? AnswerWeights.hyponymHeadBoost.value : 1
    }
    // "rival Shell", "the show Friends": the sentence calls the name by the noun asked,
    // whatever else WordNet knows the word as.
    if span.lowerBound > 0, Self.isAskedNoun(words.words[span.lowerBound - 1].lower, head, wordNet)
    {
      return AnswerWeights.calledByAskedNounBoost.value
    }
    let name = span.map { words.words[$0].lower }.joined(separator: " ")
    guard !wordNet.lemmas(name, pos: .noun).isEmpty else { return 1 }
    return wordNet.noun(name, isA: head)
      ? AnswerWeights.namedKindBoost.value : AnswerWeights.otherKindFactor.value
  }

  /// Whether `word` is the asked noun `head`, or a plural of it ("rivals" for "rival").
  static func isAskedNoun(_ word: String, _ head: String, _ wordNet: WordNet) -> Bool {
    word == head || wordNet.lemmas(word, pos: .noun).contains(head)
  }

  /// For "what is X?": the phrase on the other side of a copula from the question's words
  /// ("The Book of Discipline is the guidebook for …").
  func copulaFactor(
    _ span: ClosedRange<Int>, _ words: SentenceWords, anchors: [Int], context: QuestionContext
  ) -> Double {
    guard context.isCopular else { return 1 }
    let list = words.words
    let copulas = Lexicon.copulas
    let after = span.upperBound + 1
    if after < list.count, copulas.contains(list[after].lower),
      anchors.contains(where: { $0 > after && $0 <= after + 4 })
    {
      return AnswerWeights.copulaBoost.value
    }
    var before = span.lowerBound - 1
    while before >= 0, Lexicon.determiners.contains(list[before].lower) { before -= 1 }
    if before >= 0, copulas.contains(list[before].lower),
      anchors.contains(where: { $0 < before && $0 >= before - 4 })
    {
      return AnswerWeights.copulaBoost.value
    }
    return 1
  }

  /// Whether the span comes right after `preposition` (with at most a determiner between).
  func follows(_ span: ClosedRange<Int>, preposition: String, _ words: SentenceWords) -> Bool {
    let list = words.words
    var index = span.lowerBound - 1
    let isFigure =
      list[span.lowerBound].surface.first.map { $0.isNumber || $0.isCurrencySymbol } ?? false
    while index >= 0 {
      if Lexicon.determiners.contains(list[index].lower)
        // "for about $230m": a figure's hedge stands between it and the preposition.
        || (isFigure && Self.figureHedges.contains(list[index].lower))
      {
        index -= 1
      } else if list[index].lower == "s", index >= 1, words.punctuation(before: index) == "'" {
        // "of El Salvador's Nayib Bukele": skip the possessive name.
        index -= 2
        while index >= 0, list[index].isCapitalized { index -= 1 }
      } else {
        break
      }
    }
    return index >= 0 && list[index].lower == preposition
  }

  static let figureHedges: Set<String> = [
    "about", "around", "almost", "nearly", "roughly", "some", "approximately", "over", "under",
  ]

  /// Whether the span follows "called", "named" or "known as": the sentence is naming it.
  func isNamedBy(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let list = words.words
    let before = span.lowerBound
    if before >= 1,
      ["called", "named", "dubbed", "titled", "entitled"].contains(list[before - 1].lower)
    {
      return true
    }
    return before >= 2 && list[before - 2].lower == "known" && list[before - 1].lower == "as"
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
}
