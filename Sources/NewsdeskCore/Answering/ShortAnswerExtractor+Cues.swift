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
    let cues =
      (context.prefersNames ? Self.namingCues : [])
      .union(context.asksForExample ? Self.exampleCues : [])
    guard !cues.isEmpty else { return 1 }
    let list = words.words
    // Past a determiner: "dubbed the Genesis Rock".
    var before = span.lowerBound - 1
    if before >= 0, Lexicon.determiners.contains(list[before].lower) { before -= 1 }
    guard before >= 0 else { return 1 }
    let previous = list[before].lower
    let twoBefore = before > 0 ? list[before - 1].lower + " " + previous : ""
    if cues.contains(previous) || cues.contains(twoBefore) { return AnswerWeights.cueBoost.value }
    guard context.prefersNames else { return 1 }
    return namedObjectPrecedes(span, words) || isAlternativeName(span, words, context: context)
      ? AnswerWeights.cueBoost.value : 1
  }

  /// "ruled as Temür Khan, or Emperor Chengzong": a name given after ", or" beside the
  /// question's name is another name for the same one.
  func isAlternativeName(
    _ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext
  ) -> Bool {
    let list = words.words
    let or = span.lowerBound - 1
    guard or >= 1, list[or].lower == "or", words.punctuation(before: or) == ",",
      list[span.lowerBound].isCapitalized
    else { return false }
    return context.questionWords.contains(AccentFolding.fold(list[or - 1].lower))
      || context.questionWords.contains(list[or - 1].lower)
  }

  /// A naming verb and its short object before the name: "renamed the fort San Mateo",
  /// "called the city Lima".
  func namedObjectPrecedes(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let list = words.words
    var index = span.lowerBound - 1
    var objectWords = 0
    while index >= 0, objectWords <= 3, words.punctuation(before: index + 1) == nil {
      let word = list[index]
      if Self.namingVerbs.contains(word.lower) { return objectWords > 0 }
      guard !word.isCapitalized,
        Lexicon.determiners.contains(word.lower)
          || lexicon.partsOfSpeech(word.lower).first == .noun
      else { return false }
      objectWords += 1
      index -= 1
    }
    return false
  }

  /// The naming participles and the verbs' plain forms ("voted to rename the fort San Mateo").
  static let namingVerbs = Lexicon.namingParticiples.union(["name", "call", "rename"])

  static let namingCues = Lexicon.namingParticiples.union(["known as"])

  /// "e.g." is one word, "eg", to the tokenizer. Not "like": "would like" is no example.
  static let exampleCues: Set<String> = [
    "such as", "for example", "for instance", "including", "eg", "notably", "especially",
  ]

}

extension ShortAnswerExtractor {
  /// "Who were otachi?" → "non-Mongol physicians called otachi": what the sentence calls by
  /// the question's name is what that name means.
  func definedByNameFactor(
    _ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext
  ) -> Double {
    guard context.isCopular else { return 1 }
    let list = words.words
    var next = span.upperBound + 1
    guard next < list.count else { return 1 }
    if Self.namingCues.contains(list[next].lower) {
      next += 1
    } else if next + 1 < list.count,
      Self.namingCues.contains(list[next].lower + " " + list[next + 1].lower)
    {
      next += 2
    } else {
      return 1
    }
    return next < list.count && context.questionWords.contains(list[next].lower)
      ? AnswerWeights.cueBoost.value : 1
  }
}
