/// An adjective or verb alone ("key", "nationwide") is a modifier, not an answer, unless the
/// question asks for a kind, an action, a manner, a reason or a description; also when it is
/// what is left of a phrase whose head the question asks about ("the dominant [source]").
struct ModifierAloneRule: AnswerRule {
  let name = "modifierAlone"
  let doc = "A span whose last word cannot be a noun (\"key\", \"nationwide\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let span = candidate.span
    let head = sentence.words.words[span.upperBound]
    let context = sentence.context
    guard candidate.mention == nil, !head.isCapitalized, !head.isNumber, !context.asksForKind,
      !context.asksForAction,
      ![.manner, .reason, .description].contains(sentence.type),
      sentence.lexicon.cannotBeNoun(head.lower),
      !(span.count > 1
        && PhraseChunker(lexicon: sentence.lexicon).isGerundCompound(
          span.upperBound, sentence.words))
    else { return 1 }
    return AnswerWeights.modifierAloneFactor.value
  }
}
