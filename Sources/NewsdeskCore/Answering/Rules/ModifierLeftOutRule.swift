/// "What did the premier order?" over "ordered the deployment of an additional 90
/// helicopters": a noun phrase ends after its post-modifiers, not at its head. A span that
/// stops at a noun whose prepositional modifier follows it ("the deployment", "response" of
/// "response to the quake") is half the phrase, unless the modifier only repeats the
/// question or would make the phrase too long to be an answer.
struct ModifierLeftOutRule: AnswerRule {
  let name = "modifierLeftOut"
  let doc = "A noun without the prepositional phrase that completes it."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    // Names have their own edges (`partOfLongerName`); figures theirs; a clause answer is
    // no noun phrase.
    guard let parsed = sentence.parsed, candidate.mention == nil, !candidate.isName,
      [.other, .description].contains(sentence.type)
    else { return 1 }
    let annotated = parsed.sentence
    let all = annotated.tokens
    let tokens = parsed.tokens(of: candidate.span).filter { all[$0].coarseTag != "PUNCT" }
    guard let last = tokens.last, ["NOUN", "PROPN"].contains(all[last].coarseTag),
      parsed.tops(of: tokens) == [last]
    else { return 1 }
    let modifiers = annotated.dependents(of: last, "nmod").filter {
      $0 > last && !all[$0].relation.isRelation("nmod:poss")
    }
    guard let modifier = modifiers.first else { return 1 }
    let phrase = parsed.phrase(of: modifier).flatMap { parsed.words(of: $0) }
    guard let end = phrase.max(), end > candidate.span.upperBound,
      end - candidate.span.lowerBound < ShortAnswerExtractor.longestParsePhrase,
      phrase.contains(where: {
        !sentence.repeats[$0] && !Lexicon.isFunctionWord(sentence.words.words[$0].lower)
      })
    else { return 1 }
    return AnswerWeights.modifierLeftOutFactor.value
  }
}
