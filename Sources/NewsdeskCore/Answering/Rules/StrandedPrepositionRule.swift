/// "What did he warn of?", "with what did he attack …?" → the phrase right after "warned
/// of", "with".
struct StrandedPrepositionRule: AnswerRule {
  let name = "strandedPreposition"
  let doc = "The phrase right after the preposition the question ends with (\"warn of?\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let preposition = sentence.context.strandedPreposition else { return 1 }
    guard
      sentence.extractor.follows(candidate.span, preposition: preposition, sentence.words)
        || renamesSlot(candidate.span, preposition: preposition, in: sentence)
    else {
      // A figure asked for is told as often as the object of "pay" or "cost" ("will pay
      // £18m for the business") as after "for": its type marks it well enough.
      let asksFigure = [.howMuch, .howMany].contains(sentence.context.analysis.form)
      return sentence.context.prepositionFronted && !asksFigure
        ? AnswerWeights.outsideFrontedSlotFactor.value : 1
    }
    return AnswerWeights.strandedPrepositionBoost.value
  }

  /// "with a family friend, Feliks Jarocki" (or ", zoologist Feliks Jarocki"): a name set
  /// off by a comma after the phrase in the slot renames it, and is in the slot as much.
  private func renamesSlot(
    _ span: ClosedRange<Int>, preposition: String, in sentence: SentenceFacts
  ) -> Bool {
    let words = sentence.words
    let list = words.words
    guard list[span.lowerBound].isCapitalized else { return false }
    // Where the renaming phrase opens: at the name, or at a title or two before it.
    var opening = span.lowerBound
    while opening > 1, words.punctuation(before: opening) != ",", span.lowerBound - opening < 2,
      !Lexicon.isFunctionWord(list[opening - 1].lower)
    {
      opening -= 1
    }
    guard opening > 1, words.punctuation(before: opening) == "," else { return false }
    // The phrase before the comma: a few words, no function word but its determiner.
    var start = opening - 1
    while start > 0, opening - start < 4, !Lexicon.isFunctionWord(list[start - 1].lower),
      words.punctuation(before: start) == nil
    {
      start -= 1
    }
    return sentence.extractor.follows(start...(opening - 1), preposition: preposition, words)
  }
}
