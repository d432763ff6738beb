/// "What happens to X?": the answer is what X does or undergoes.
extension ShortAnswerExtractor {
  /// "What happens to the working fluid?" → "the working fluid is recycled continuously": an
  /// action asked of something is the verb phrase whose subject is that thing, the question's
  /// words standing right before it (auxiliaries and adverbs aside). The more of them, the
  /// surer: "the waste heat being removed" over "the heat added". One word of the subject
  /// doubles the span's chance, as a name beside the asked noun does; each more adds half,
  /// up to three.
  func actionOfAskedSubject(
    _ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext
  ) -> Double {
    guard context.asksForAction else { return 1 }
    let subject = askedSubjectLength(before: span.lowerBound, words, context: context)
    let counted = min(subject, Int(AnswerWeights.askedSubjectMostWords.value))
    return subject == 0
      ? 1
      : AnswerWeights.askedSubjectBase.value + AnswerWeights.askedSubjectPerWord.value
        * Double(counted)
  }

  /// How many of the question's words stand right before a verb at `position`, as its
  /// subject: 0 when none does, or the word is not a verb.
  func askedSubjectLength(before position: Int, _ words: SentenceWords, context: QuestionContext)
    -> Int
  {
    let list = words.words
    let first = list[position].lower
    guard !context.questionWords.contains(first), !Lexicon.isFunctionWord(first),
      lexicon.partsOfSpeech(first).contains(.verb), words.punctuation(before: position) == nil
    else { return 0 }
    var before = position - 1
    // Auxiliaries and adverbs between: "is recycled", "is quickly removed" (but "family"
    // and "Italy" end in -ly too, and may be the subject asked about).
    while before >= 0,
      Lexicon.verbGroupWords.contains(list[before].lower)
        || (lexicon.partsOfSpeech(list[before].lower).first == .adverb
          && !context.questionWords.contains(list[before].lower))
    {
      before -= 1
    }
    var length = 0
    while before >= 0, context.questionWords.contains(list[before].lower) {
      length += 1
      before -= 1
    }
    return length
  }

  /// Verb phrases whose subject is the question's thing, for "what happens to X?": "the lead
  /// melts", though "melts" is more often a noun.
  func actionSpans(_ words: SentenceWords, context: QuestionContext) -> [ClosedRange<Int>] {
    guard context.asksForAction else { return [] }
    return words.words.indices.compactMap { index in
      askedSubjectLength(before: index, words, context: context) > 0
        ? index...verbPhraseEnd(from: index, words) : nil
    }
  }
}

extension ShortAnswerExtractor {
  /// "How do geologists observe the fabric?" → "geologists use microscopic analysis of thin
  /// sections to observe the fabric": what is used to do the question's action is how it is
  /// done, the phrase between "use" and "to" + the question's verb.
  func instrumentSpans(
    _ words: SentenceWords, context: QuestionContext, analyzer: inout TermAnalyzer
  ) -> [ClosedRange<Int>] {
    // The question's verb, or, when "how do geologists observe …" was not parsed for one, its
    // words that can be verbs.
    let verbTerms = Set(
      context.verbTerm.map { [$0] }
        ?? context.analysis.focusWords.filter { lexicon.partsOfSpeech($0).contains(.verb) }
        .compactMap { analyzer.term(for: $0) })
    guard !verbTerms.isEmpty else { return [] }
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    for (index, word) in list.enumerated() where Self.useVerbs.contains(word.lower) {
      // Room for "to" and the verb after it: near the sentence's end the window is empty.
      let window = Range.positions(
        from: index + 2, upTo: index + Self.instrumentReach, in: list.count - 1)
      guard
        let to = window.first(where: {
          list[$0].lower == "to"
            && analyzer.term(for: list[$0 + 1].lower).map(verbTerms.contains) == true
        })
      else { continue }
      var first = index + 1
      while first < to, Lexicon.determiners.contains(list[first].lower) { first += 1 }
      if first < to { spans.append(first...(to - 1)) }
    }
    return spans
  }

  static let useVerbs: Set<String> = [
    "use", "uses", "used", "using", "employ", "employs", "employed", "employing",
  ]

  /// How far after "use" the "to" + verb may stand: an instrument is a phrase, not a clause.
  static let instrumentReach = 14
}
