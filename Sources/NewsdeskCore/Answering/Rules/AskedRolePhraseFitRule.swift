/// "Who discovered the pottery?" over "a university team discovered the pottery": for a
/// question about a person or an organisation, the phrase in the asked role of the aligned
/// verb is of the kind asked even when it is no name ("team", "the city leaders", "British
/// troops"); the parse says so where the surface rules only see a common noun.
struct AskedRolePhraseFitRule: AnswerRule {
  let name = "askedRolePhraseFit"
  let doc = "For who-questions, the noun phrase in the asked role fits the type, name or not."
  let scales = ScoredPart.typeFit

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let floor = AnswerWeights.askedRolePhraseFit.value
    guard [.person, .organization].contains(sentence.type), candidate.spanFit < floor,
      candidate.mention == nil, let alignment = sentence.alignment,
      let asked = alignment.askedHead
    else { return 1 }
    let parsed = alignment.parsed
    let all = parsed.sentence.tokens
    // A common noun or a name heads it: a pronoun is `mention`'s, a clause no phrase.
    guard ["NOUN", "PROPN"].contains(all[asked].coarseTag) else { return 1 }
    let tokens = parsed.tokens(of: candidate.span)
    let tops = parsed.tops(of: tokens)
    guard tops.count == 1, parsed.coordinated(with: asked).contains(tops[0]) else { return 1 }
    return floor / max(candidate.spanFit, 0.01)
  }
}
