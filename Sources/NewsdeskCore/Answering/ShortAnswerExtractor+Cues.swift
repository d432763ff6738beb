/// Words in the sentence that introduce the kind of answer the question wants.
extension ShortAnswerExtractor {
  /// How much likelier a span is the answer for following a cue the question calls for:
  /// a name after "named", "called", "dubbed" or "known as" when a name is asked ("an eastern
  /// half named New South Wales", "is dubbed the Genesis Rock"); an example after "such as",
  /// "for example" or "including" when an example is asked ("warships, such as the
  /// dreadnought battleships").
  func cueFactor(_ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext)
    -> Double
  {
    let list = words.words
    // Past a determiner: "dubbed the Genesis Rock".
    var before = span.lowerBound - 1
    if before >= 0, WordClasses.determiners.contains(list[before].lower) { before -= 1 }
    guard before >= 0 else { return 1 }
    let previous = list[before].lower
    let twoBefore = before > 0 ? list[before - 1].lower + " " + previous : ""
    if context.prefersNames,
      Self.namingCues.contains(previous) || Self.namingCues.contains(twoBefore)
    {
      return Self.cueBoost
    }
    if context.asksForExample,
      Self.exampleCues.contains(previous) || Self.exampleCues.contains(twoBefore)
    {
      return Self.cueBoost
    }
    return 1
  }

  static let namingCues: Set<String> = [
    "named", "called", "dubbed", "termed", "titled", "entitled", "nicknamed", "known as",
    "renamed",
  ]

  static let exampleCues: Set<String> = [
    "such as", "for example", "for instance", "including", "e.g", "like", "notably",
    "especially",
  ]

  static let cueBoost = 2.0
}

extension ShortAnswerExtractor {
  /// "What happens to the working fluid?" → "the working fluid is recycled continuously": an
  /// action asked of something is the verb phrase whose subject is that thing, the question's
  /// words standing right before it (auxiliaries and adverbs aside). The more of them, the
  /// surer: "the waste heat being removed" over "the heat added".
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
    while before >= 0,
      WordClasses.auxiliaries.contains(list[before].lower) || list[before].lower.hasSuffix("ly")
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
      guard askedSubjectLength(before: index, words, context: context) > 0 else { return nil }
      var end = index
      while end + 1 < words.words.count, end - index < 5, words.punctuation(after: end) == nil,
        !["which", "who", "that", "while", "although", "but", "and"].contains(
          words.words[end + 1].lower)
      {
        end += 1
      }
      return index...end
    }
  }
}
