/// "Which mantle" → "the convecting mantle": the modifier of the noun asked about is the
/// answer, and a name carrying that noun ("Lake George") names it; the modifier of any other
/// question word is not. A person, place or organisation is named, though: "largest" in
/// "the largest city" is not which city.
struct KindModifierRule: AnswerRule {
  let name = "kindModifier"
  let doc = "A name carrying the asked noun, or the modifier left when the asked noun is cut."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    if candidate.isNameOfAskedKind { return AnswerWeights.askedKindShape.value }
    guard candidate.lostHead != nil else { return 1 }
    if candidate.modifiesAskedNoun {
      // "The dominant [source]" for "what power sources …?": an adjective alone says which
      // one only when the question asks for a kind ("what type of source?").
      if isAdjectiveAlone(candidate, in: sentence) { return 1 }
      let wantsName = [.person, .place, .organization].contains(sentence.type)
      let lowerCase = !sentence.words.words[candidate.span.lowerBound].isCapitalized
      return wantsName && lowerCase ? 1 : AnswerWeights.askedKindShape.value
    }
    return sentence.context.asksForKind
      ? AnswerWeights.kindQuestionModifier.value : AnswerWeights.otherWordModifier.value
  }

  /// A lower-case modifier whose last word is first of all an adjective, when the question does not ask
  /// for a kind: an adjective of the asked noun, not the thing asked for.
  func isAdjectiveAlone(_ candidate: CandidateFacts, in sentence: SentenceFacts) -> Bool {
    let last = sentence.words.words[candidate.span.upperBound]
    return !sentence.context.asksForKind && !candidate.isName && !last.isCapitalized
      && !last.isNumber && sentence.lexicon.partsOfSpeech(last.lower).first == .adjective
  }
}
