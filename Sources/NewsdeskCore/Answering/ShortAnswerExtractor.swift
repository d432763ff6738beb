/// Finds a short answer of the expected type in one sentence.
///
/// Surface rules: capitalised spans for names, number patterns, dates, and the clause after a
/// causal connective for reasons. A candidate that repeats the question's own words is never
/// the answer ("who did Rubio meet" must not answer "Rubio"); the rest are scored by named
/// rules (`AnswerRules`, weights in `AnswerWeights`), and each candidate keeps the trace of
/// the rules that fired for it.
public struct ShortAnswerExtractor: Sendable {
  /// Rules left out by name, to measure what each is worth (`NEWSDESK_RULES_OFF`); empty in
  /// normal use.
  public var disabledRules: Set<String>
  /// WordNet, the syntax model and the closed word classes the sentence is read with.
  public let lexicon: Lexicon

  public init(lexicon: Lexicon, disabledRules: Set<String> = []) {
    self.lexicon = lexicon
    self.disabledRules = disabledRules
  }

  // The lists live in the lexicon; these names stay for the span finders that read them.
  static var nameConnectors: Set<String> { Lexicon.nameConnectors }
  static var titles: Set<String> { Lexicon.titles }
  static var months: Set<String> { Lexicon.months }
  static var weekdays: Set<String> { Lexicon.weekdays }
  static var numberWords: Set<String> { Lexicon.numberWords }
  static var unitWords: Set<String> { Lexicon.unitWords }
  static var currencySigns: [String] { Lexicon.currencySigns }

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
    /// The base parts of its score and the rules that fired, in the order applied.
    public var firings: [RuleFiring] = []

    /// The candidate's score taken apart, for `:why` and `--explain`.
    public var trace: CandidateTrace {
      CandidateTrace(text: text, score: score, typeFit: typeFit, firings: firings)
    }
  }

  /// The candidates in a sentence, best first. `references` are the sentence's pronouns and
  /// role nouns with the names they stand for: for a question about a person or a group
  /// they answer with that name ("He warned …" → "Rubio"). `annotated` is the sentence's
  /// parse, where one was made.
  public func candidates(
    in sentence: String, context: QuestionContext, analyzer: inout TermAnalyzer,
    references: [ReferenceResolver.Mention] = [], nextSentence: String? = nil,
    annotated: AnnotatedSentence? = nil
  ) -> [Candidate] {
    let words = SentenceWords(sentence)
    guard !words.words.isEmpty else { return [] }
    let type = context.analysis.answerType
    if let identity = identityCandidates(in: words, sentence: sentence, context: context) {
      return identity.map { Self.traced($0, by: "identityRole") }
    }
    if type == .quote {
      let quotes = statementCandidates(
        words, context: context, references: references,
        next: nextSentence.map(SentenceWords.init), analyzer: &analyzer)
      if !quotes.isEmpty { return quotes.map { Self.traced($0, by: "statement") } }
    }
    let facts = readSentence(
      words, annotated: annotated, context: context, references: references,
      analyzer: &analyzer)
    let spans = candidateSpans(facts, analyzer: &analyzer)
    var seen = Set<Range<Int>>()
    var result: [Candidate] = []
    for (span, spanFit) in spans {
      guard
        let candidate = admit(
          span, spanFit: spanFit, in: facts, seen: &seen, analyzer: &analyzer)
      else { continue }
      result.append(score(candidate, in: facts, analyzer: &analyzer))
    }
    if type == .quote { lowerFitOutsideStatements(&result) }
    result = figuresRead(result, words, context: context)
    // At an equal score the longer phrase says more ("need for alliances", not "need"); the
    // sort is not stable, so the tie is broken here rather than by the order of generation.
    return result.sorted { first, second in
      first.score != second.score
        ? first.score > second.score : first.utf8Range.count > second.utf8Range.count
    }
  }

  /// The spans to score: those of the expected type, and for a question about a person or a
  /// group the pronouns that stand for a name.
  func candidateSpans(_ facts: SentenceFacts, analyzer: inout TermAnalyzer)
    -> [(ClosedRange<Int>, Double)]
  {
    let type = facts.type
    let words = facts.words
    let context = facts.context
    let spans =
      typedSpans(
        words, type: type == .quote ? .other : type, context: context, analyzer: &analyzer)
      + ([.other, .description].contains(type)
        ? parsePhraseSpans(facts.parsed, words: words, repeats: facts.repeats).map {
          ($0, AnswerWeights.parsePhraseFit.value)
        } : [])
      // "Where?" over "brought to the old MI6 building": the parse's whole phrase after a
      // preposition of place, with the modifiers and "of" phrases the chunker cuts off.
      + (type == .place && !context.asksForNamedPlace
        ? parsePhraseSpans(facts.parsed, words: words, repeats: facts.repeats).filter {
          followsPlacePreposition($0, words)
        }.map { ($0, AnswerWeights.placePhraseFit.value) } : [])
      + (disabledRules.contains(PartOfLongerNameRule().name)
        ? []
        : facts.namePhrases.compactMap { span in
          namePhraseFit(span, type: type, words: words).map { (span, $0) }
        })
    guard [.person, .organization].contains(type) else { return spans }
    // "He warned …" answers "who warned?" with whom "he" stands for, when the sentence
    // names no one else who could be the answer ("He was killed by El Temür": El Temür).
    // A possessive ("his father") is never the one asked for.
    let ownNames = recognized(words).names.contains { span in
      fits(span: span, type: type, words: words)
        && !span.allSatisfy { context.questionWords.contains(words.words[$0].lower) }
    }
    // Unless the pronoun is itself the subject of the question's verb ("after it amassed
    // debt", "he has designated"), in the active voice.
    return spans
      + facts.mentions.filter { mention in
        let isPossessive =
          mention.words.count == 1
          && ["his", "her", "its", "their"].contains(words.words[mention.words.lowerBound].lower)
        guard !isPossessive else { return false }
        return !ownNames
          || facts.verbPosition.map { isActiveSubject(mention.words, of: $0, words) } == true
      }.map { ($0.words, AnswerWeights.mentionFit.value) }
  }

  /// Whether a preposition of place stands before the span, past a determiner.
  func followsPlacePreposition(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    var before = span.lowerBound - 1
    if before > 0, Lexicon.determiners.contains(words.words[before].lower) { before -= 1 }
    return before >= 0
      && Lexicon.placeOrDirectionPrepositions.contains(words.words[before].lower)
  }

  /// A quote question answered by a phrase that is no statement: its type fit drops, so the
  /// composer reads the quote as missing; its score (which ranks it) stays.
  func lowerFitOutsideStatements(_ candidates: inout [Candidate]) {
    let factor = AnswerWeights.quoteFallbackFit.value
    for index in candidates.indices {
      candidates[index].typeFit *= factor
      candidates[index].firings.append(RuleFiring(rule: "quoteFallback", factor: factor))
    }
  }

  /// A candidate found by a rule of its own (an identity's role, a statement), with that
  /// rule as its trace.
  static func traced(_ candidate: Candidate, by rule: String) -> Candidate {
    var traced = candidate
    traced.firings = [RuleFiring(rule: rule, factor: candidate.score)]
    return traced
  }

}
