/// "Where was a man shot?" over "shot … outside New York's Hot 97 studios": the place of the
/// act is the whole phrase on the aligned verb; "New York", its possessor, only says whose
/// studios they are.
struct PlaceOfPlacePhraseRule: AnswerRule {
  let name = "placeOfPlacePhrase"
  let doc =
    "For where, a name that only modifies the place phrase on the aligned verb (\"New York's\" of \"New York's studios\")."
  let scales = ScoredPart.shape

  /// How a name may hang on the place phrase's head without being the place itself.
  private static let modifierRelations = ["nmod:poss", "compound"]

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, alignment.askedHead == nil,
      sentence.type == .place, sentence.context.analysis.form == .where
    else { return 1 }
    let parsed = alignment.parsed
    let tokens = parsed.sentence.tokens
    let spanTokens = parsed.tokens(of: candidate.span)
    let tops = parsed.tops(of: spanTokens)
    guard tops.count == 1, let top = tops.first,
      Self.modifierRelations.contains(where: { tokens[top].relation == $0 }),
      let phraseHead = tokens[top].head, !spanTokens.contains(phraseHead),
      ModifierKind.place.modifies(alignment.clauseHead, through: phraseHead, in: parsed.sentence)
    else { return 1 }
    return alignment.boost(AnswerWeights.placeOfPlacePhraseFactor)
  }
}
