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
    return subject == 0 ? 1 : 1.5 + 0.5 * Double(min(subject, 3))
  }

  /// How many of the question's words stand right before a verb at `position`, as its
  /// subject: 0 when none does, or the word is not a verb.
  func askedSubjectLength(before position: Int, _ words: SentenceWords, context: QuestionContext)
    -> Int
  {
    let list = words.words
    let first = list[position].lower
    guard !context.questionWords.contains(first), !WordClasses.isFunctionWord(first),
      Lexicon.partsOfSpeech(first).contains(.verb), words.punctuation(before: position) == nil
    else { return 0 }
    var before = position - 1
    // Auxiliaries and adverbs between: "is recycled", "is quickly removed" (but "family"
    // and "Italy" end in -ly too, and may be the subject asked about).
    while before >= 0,
      WordClasses.auxiliaries.contains(list[before].lower)
        || (Lexicon.partsOfSpeech(list[before].lower).first == .adverb
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
