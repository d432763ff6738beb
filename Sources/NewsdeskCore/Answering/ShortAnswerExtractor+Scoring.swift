/// The steps that turn a sentence's spans into scored candidates: read the sentence once,
/// admit each span (trimmed, not a pronoun, a conjunction or a discourse marker, not seen
/// before), and score it by the registered rules.
extension ShortAnswerExtractor {
  /// What every rule reads of the sentence, worked out once.
  func readSentence(
    _ words: SentenceWords, annotated: AnnotatedSentence?, context: QuestionContext,
    references: [ReferenceResolver.Mention], analyzer: inout TermAnalyzer
  ) -> SentenceFacts {
    let sentence = words.sentence
    let verbPosition = context.verbTerm.flatMap { verb in
      words.words.indices.first { analyzer.term(for: words.words[$0].lower) == verb }
    }
    let mentions = references.filter { mention in
      // A short form of a name ("Mr Mousa") answers as the name it is.
      guard !mention.isShortName else { return false }
      // A name the question gives is not its answer, whether written out or as "he"; and a
      // name the sentence writes out answers by itself, unless the pronoun, not the name,
      // is the one doing what the question asks ("present Ecuador … after it amassed").
      return !WordTokenizer.words(in: mention.name).allSatisfy {
        context.questionWords.contains($0)
      }
        && (!sentence.contains(mention.name)
          || verbPosition.map { isActiveSubject(mention.words, of: $0, words) } == true)
    }
    var anchors: [(position: Int, weight: Double)] = []
    for (position, word) in words.words.enumerated() {
      if let term = analyzer.term(for: word.lower), let weight = context.anchorWeights[term] {
        anchors.append((position, weight))
      }
    }
    let repeats = repeatedWords(words, context: context, analyzer: &analyzer)
    let parsed = annotated.map { ParsedWords(sentence: $0, words: words) }
    let question = parsed == nil ? nil : syntax?.annotate(context.analysis.text)
    let frame = question.flatMap { QuestionFrame($0, lexicon: lexicon) }
    let askedSlot = question.flatMap {
      AskedSlot(question: QuestionParseRepair.repaired($0, lexicon: lexicon), analyzer: &analyzer)
    }
    let alignment = parsed.flatMap { parsed -> ParseAlignment? in
      guard let frame else { return nil }
      return ParseAlignment(
        parsed: parsed, frame: frame, context: context, repeats: repeats, analyzer: &analyzer)
    }
    // Read only where no predicate is the question's verb: an aligned one says it better.
    var besideNamed: [Int] = []
    if alignment == nil, let parsed, let frame {
      besideNamed = NamedArgumentRole.askedHeads(parsed: parsed, frame: frame, repeats: repeats)
    }
    return SentenceFacts(
      words: words, annotated: annotated, parsed: parsed, alignment: alignment, context: context,
      type: context.analysis.answerType, extractor: self, verbPosition: verbPosition,
      anchors: anchors, totalWeight: max(context.termWeights.values.reduce(0, +), 0.001),
      repeats: repeats,
      headTerm: askedKindTerm(context, question: question, analyzer: &analyzer),
      sharedNameEnds: sharedNameEnds(words, context: context),
      sharedNameStarts: sharedNameStarts(words, context: context), mentions: mentions,
      speakerRanges: speakerRanges(words, context: context),
      namePhrases: namePhraseSpans(parsed, words: words), askedSlot: askedSlot,
      askedBesideNamedArgument: besideNamed,
      describedSpans: references.filter { !$0.isShortName && $0.words.count > 1 }.map(\.words))
  }

  /// The index term of the kind of thing asked for: the question's head noun, or for "what
  /// is the name of the bridge …?" the noun the name is of, so that "John W. Weeks Bridge"
  /// keeps the kind in its name as "Lake George" does for "which lake".
  func askedKindTerm(
    _ context: QuestionContext, question: AnnotatedSentence?, analyzer: inout TermAnalyzer
  ) -> String? {
    guard let head = context.analysis.headNoun else { return nil }
    if head == "name", let question,
      let name = question.tokens.indices.first(where: {
        question.tokens[$0].lemma.lowercased() == "name" && question.tokens[$0].coarseTag == "NOUN"
      }),
      let named = question.dependents(of: name, "nmod").first,
      question.tokens[named].coarseTag == "NOUN"
    {
      return analyzer.term(for: question.tokens[named].lemma.lowercased())
    }
    return analyzer.term(for: head)
  }

  /// By position, the words that repeat the question, in any inflection or derivation
  /// ("expansions" for "expansion", "development" for "developed").
  func repeatedWords(
    _ words: SentenceWords, context: QuestionContext, analyzer: inout TermAnalyzer
  ) -> [Bool] {
    words.words.map { word in
      if context.questionWords.contains(word.lower) { return true }
      // "Ögedei" repeats the "Ogedei" of the question.
      let folded = AccentFolding.fold(word.lower)
      if folded != word.lower, context.questionWords.contains(folded) { return true }
      guard let term = analyzer.term(for: word.lower) else { return false }
      // "United States" repeats the question's "US".
      if context.analysis.aliases[term] != nil, word.isCapitalized || word.isAcronym { return true }
      guard context.termWeights[term] != nil else { return false }
      // An adjective from a noun asked about is new information: "structural" geologists.
      let adjective = lexicon.partsOfSpeech(word.lower).first == .adjective
      return !adjective
        || context.questionWords.contains {
          analyzer.term(for: $0) == term && lexicon.partsOfSpeech($0).first == .adjective
        }
    }
  }

  /// For "who said …?": where the sentence's speakers stand; nil for other questions.
  func speakerRanges(_ words: SentenceWords, context: QuestionContext) -> [Range<Int>]? {
    let type = context.analysis.answerType
    guard type == .person || type == .organization, let verb = context.analysis.verb,
      Lexicon.reportingVerbs.contains(verb) || QuestionAnalyzer.reportingLemmas.contains(verb)
    else { return nil }
    return ReportedSpeech(lexicon: lexicon).statements(in: words).compactMap(\.speaker).map {
      words.utf8Range(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  /// A span trimmed and described for the rules; nil when it is no candidate: nothing left
  /// after trimming, a pronoun standing for no one, a place already scored, a discourse
  /// marker or a conjunction alone.
  func admit(
    _ rawSpan: ClosedRange<Int>, spanFit: Double, in sentence: SentenceFacts,
    seen: inout Set<Range<Int>>, analyzer: inout TermAnalyzer
  ) -> CandidateFacts? {
    let words = sentence.words
    let mention = sentence.mentions.first { $0.words == rawSpan }
    let kindName =
      mention == nil
      ? nameOfAskedKind(
        rawSpan, words, headTerm: sentence.headTerm, repeats: sentence.repeats,
        analyzer: &analyzer) : nil
    guard
      let cut = mention != nil || kindName != nil
        ? TrimmedSpan(span: rawSpan, lostHead: nil, cutName: false)
        : wholeNameNamingMore(rawSpan, in: sentence)
          ?? trimmed(
            rawSpan, words, repeats: sentence.repeats, sharedNameEnds: sentence.sharedNameEnds,
            sharedNameStarts: sentence.sharedNameStarts,
            keepingUnit: [.quantity, .duration].contains(sentence.type)
              && !Self.asksInUnit(sentence.context.analysis.text))
    else { return nil }
    let span =
      mention == nil
      ? widenedOverJoinedWords(cut.span, words, repeats: sentence.repeats) : cut.span
    // "75-year" of "the 75-year-old", "Tory MP" of "A senior Tory MP": the description of a
    // name is no answer, only the name it stands for.
    if mention == nil,
      sentence.describedSpans.contains(where: {
        $0.contains(span.lowerBound) && $0.contains(span.upperBound)
      })
    {
      return nil
    }
    // A pronoun is never an answer by itself: only one that stands for a name.
    if mention == nil, span.count == 1,
      Lexicon.isPersonalPronoun(words.words[span.lowerBound].surface)
    {
      return nil
    }
    guard seen.insert(words.utf8Range(from: span.lowerBound, through: span.upperBound)).inserted
    else { return nil }
    if span.count <= 2, isDiscourseMarker(span, words) { return nil }
    // "or", "and": a conjunction alone says nothing.
    if mention == nil,
      span.allSatisfy({ Lexicon.conjunctions.contains(words.words[$0].lower) })
    {
      return nil
    }
    let modifiesAskedNoun =
      cut.lostHead.map { analyzer.term(for: $0) == sentence.headTerm } == true
    // "Rice University" for "what university": the name's own last word says its kind.
    let kindAgreement =
      kindName != nil || modifiesAskedNoun
      ? AnswerWeights.askedKindNameBoost.value
      : kindFactor(span, words, context: sentence.context)
    // A quoted term is a name too ('"white flight"'); a capital that only opens the
    // sentence ("Most however have …") is not; a pronoun standing for a name is one.
    let first = words.words[span.lowerBound]
    let isName =
      mention != nil
      || (first.isCapitalized
        && (span.lowerBound > 0
          || !(Lexicon.isFunctionWord(first.lower) || lexicon.isOrdinaryOpener(first.lower))))
    return CandidateFacts(
      span: span, spanFit: spanFit, mention: mention, isNameOfAskedKind: kindName != nil,
      lostHead: cut.lostHead, modifiesAskedNoun: modifiesAskedNoun, cutName: cut.cutName,
      isName: isName, isQuoted: isQuoted(span, words), kindAgreement: kindAgreement)
  }

  /// The candidate's score: its type fit and shape, each scaled by the rules that fire, times
  /// its nearness to the question's words and a length factor. Every factor that is not 1
  /// goes into the candidate's trace.
  func score(
    _ candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Candidate {
    var firings = [RuleFiring(rule: "spanFit", factor: candidate.spanFit)]
    var fit = candidate.spanFit
    for rule in AnswerRules.typeFit where !disabledRules.contains(rule.name) {
      let factor = rule.factor(for: candidate, in: sentence, analyzer: &analyzer)
      guard factor != 1 else { continue }
      fit *= factor
      firings.append(RuleFiring(rule: rule.name, factor: factor))
    }
    var shape = 1.0
    for rule in AnswerRules.shape where !disabledRules.contains(rule.name) {
      let factor = rule.factor(for: candidate, in: sentence, analyzer: &analyzer)
      guard factor != 1 else { continue }
      shape *= factor
      firings.append(RuleFiring(rule: rule.name, factor: factor))
    }
    let nearness = AnswerWeights.nearnessFloor.value + nearness(of: candidate.span, in: sentence)
    let length = lengthFactor(words: candidate.span.count)
    firings.insert(RuleFiring(rule: "nearness", factor: nearness), at: 1)
    firings.insert(RuleFiring(rule: "length", factor: length), at: 2)
    let span = candidate.span
    let words = sentence.words
    return Candidate(
      text: candidate.mention?.name ?? words.text(from: span.lowerBound, through: span.upperBound),
      utf8Range: words.utf8Range(from: span.lowerBound, through: span.upperBound),
      score: fit * shape * nearness * length, typeFit: fit, firings: firings)
  }

  /// How near the span stands to the question's words: each word's weight, less the
  /// farther it is, as a share of the question's weight (0 to 1).
  func nearness(of span: ClosedRange<Int>, in sentence: SentenceFacts) -> Double {
    var sum = 0.0
    // In word order, so that a score is the same bit for bit from run to run.
    for anchor in sentence.anchors where !span.contains(anchor.position) {
      let gap =
        anchor.position < span.lowerBound
        ? span.lowerBound - anchor.position - 1 : anchor.position - span.upperBound - 1
      sum += anchor.weight / (1 + Double(gap) * AnswerWeights.nearnessGapDecay.value)
    }
    return sum / sentence.totalWeight
  }

  /// Long spans are seldom the whole answer and nothing else.
  func lengthFactor(words: Int) -> Double {
    let extra = max(0, words - Int(AnswerWeights.lengthFreeWords.value))
    return 1 / (1 + AnswerWeights.lengthPenaltyPerWord.value * Double(extra))
  }
}
