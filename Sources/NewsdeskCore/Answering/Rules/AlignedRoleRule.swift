/// "Who did Noboa meet?", "who was bought by Pernod?": the argument that stands in the asked
/// role of the sentence's predicate aligned with the question's verb, voice undone (the
/// passive's subject is the active's object).
struct AlignedRoleRule: AnswerRule {
  let name = "alignedRole"
  let doc = "The argument of the question's verb in the sentence that plays the asked role."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, let asked = alignment.askedHead else { return 1 }
    let tokens = Set(alignment.parsed.tokens(of: candidate.span))
    let parsed = alignment.parsed
    // A who-question or a name asked for is answered by the name a role noun in the role
    // is given ("by the Dutch brewer Van Rijn"), as well as by the noun's phrase.
    let byName =
      sentence.context.prefersNames || sentence.type == .person || sentence.type == .organization
    let heads = parsed.coordinated(with: asked).flatMap {
      byName ? [$0, parsed.namedByApposition($0)] : [$0]
    }
    guard heads.contains(where: tokens.contains) else { return 1 }
    return alignment.boost(AnswerWeights.alignedRoleBoost)
  }
}
