/// "Whom does Redknapp replace?" over "Wigley, who replaced Paul Sturrock …": the sentence
/// tells the act asked about, but done by someone else. When the question names the other
/// core argument of its verb (the agent beside an asked patient, or the reverse) and the
/// aligned predicate's argument in that role is a different name, the argument in the asked
/// role answers another question.
struct OtherNamedActorRule: AnswerRule {
  let name = "otherNamedActor"
  let doc = "The asked argument of an act the sentence gives to another named actor."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, let asked = alignment.askedHead,
      let namedRole = alignment.frame.namedCoreRole,
      !sentence.context.analysis.nameTerms.isEmpty
    else { return 1 }
    let parsed = alignment.parsed
    let tokens = parsed.sentence.tokens
    let candidateTokens = Set(parsed.tokens(of: candidate.span))
    let heads = parsed.coordinated(with: asked).map(parsed.namedByApposition)
    guard heads.contains(where: candidateTokens.contains),
      var actor = ArgumentRole.arguments(of: alignment.predicate, in: parsed.sentence)
        .first(where: { $0.role == namedRole })?.head
    else { return 1 }
    // "Wigley, who replaced …": a relative pronoun stands for the noun its clause describes,
    // the clause's head when the parser hung it there, else the noun the pronoun follows.
    if tokens[actor].fineTag.hasPrefix("W") {
      let head = tokens[alignment.predicate.head].head
      if let head, ["NOUN", "PROPN"].contains(tokens[head].coarseTag) {
        actor = head
      } else if let before = (0..<actor).last(where: { tokens[$0].coarseTag != "PUNCT" }) {
        actor = before
      }
    }
    // "Who did Lindqvist meet?" over "Oyelaran will meet Lindqvist": a verb that goes both
    // ways was read backwards, and the asked argument is the actor itself.
    guard !heads.contains(actor) else { return 1 }
    // The actor must be a name itself: "the former Portsmouth boss" may be the one asked about.
    guard tokens[actor].coarseTag == "PROPN" else { return 1 }
    let names = [actor] + parsed.sentence.dependents(of: actor, "flat")
    let questionNames = Set(sentence.context.analysis.nameTerms)
    let namesAnother =
      !names.contains { token in
        parsed.words(of: token).contains { sentence.repeats[$0] }
          || analyzer.term(for: tokens[token].text.lowercased()).map(questionNames.contains)
            == true
      }
    return namesAnother ? AnswerWeights.otherNamedActorFactor.value : 1
  }
}
