/// "Where is the final being played?" over "the final against Angola on Saturday in Lusaka":
/// a place name after "against" or "with" is who or what the act is done with, not where it
/// happens.
struct NonPlacePrepositionRule: AnswerRule {
  let name = "nonPlacePreposition"
  let doc = "For where, a phrase after a preposition that never places (\"against\", \"with\")."
  let scales = ScoredPart.shape

  /// Prepositions that tell an opponent, a companion, a topic or a time, never a place.
  private static let nonPlacePrepositions: Set<String> = [
    "against", "with", "without", "about", "despite", "than", "like", "including", "during",
    "until", "since",
  ]

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let next = candidate.span.upperBound + 1
    // "with London-based retailer Topshop": a name joined to the next word modifies it,
    // whatever the parser hangs the preposition on.
    guard sentence.type == .place, sentence.context.analysis.form == .where,
      let parsed = sentence.parsed,
      next >= sentence.words.words.count || !sentence.words.isHyphenJoined(next)
    else { return 1 }
    let tops = parsed.tops(of: parsed.tokens(of: candidate.span))
    guard tops.count == 1, let top = tops.first else { return 1 }
    let tokens = parsed.sentence.tokens
    let preposition = parsed.sentence.dependents(of: top, "case")
      .filter { tokens[$0].fineTag != "POS" }.first.map { tokens[$0].text.lowercased() }
    guard let preposition, Self.nonPlacePrepositions.contains(preposition) else { return 1 }
    return AnswerWeights.nonPlacePrepositionFactor.value
  }
}
