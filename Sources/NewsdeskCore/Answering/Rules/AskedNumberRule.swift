/// "What natural resources did the state control?" asks for several things: a coordination
/// the parse reads as one phrase ("salt and iron") answers it whole, where its first member
/// alone would tie with it. "What dynasty came after the Yuan?" asks for one: a coordination
/// ("the Song dynasty and the Ming") answers more than was asked.
struct AskedNumberRule: AnswerRule {
  let name = "askedNumber"
  let doc =
    "A list of phrases when the question's noun is plural; less for it when the noun is singular."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let parsed = sentence.parsed, candidate.mention == nil,
      let plural = headIsPlural(in: sentence)
    else { return 1 }
    let tokens = parsed.tokens(of: candidate.span)
    let inside = Set(tokens)
    let all = parsed.sentence.tokens
    // A coordination inside the span: a member and the conjunction before it, a word of its
    // own ("divide-and-rule" is one name, not two things).
    func standsApart(_ conjunction: Int) -> Bool {
      conjunction > 0
        && all[conjunction - 1].utf8Range.upperBound < all[conjunction].utf8Range.lowerBound
    }
    // The members are the span's own: coordinated under its head, not inside a part of it
    // ("the Department of Rivers and Coastal Health" is one name).
    let tops = Set(parsed.tops(of: tokens))
    let isList = tokens.contains { token in
      all[token].relation.isRelation("conj") && all[token].head.map(tops.contains) == true
        && parsed.sentence.dependents(of: token, "cc").contains {
          inside.contains($0) && standsApart($0)
        }
    }
    guard isList else { return 1 }
    return plural
      ? AnswerWeights.pluralAskedListBoost.value : AnswerWeights.singularAskedListFactor.value
  }

  /// Whether the noun the question asks about is plural, as the question's parse tags it;
  /// nil when the question names no such noun or was not parsed.
  private func headIsPlural(in sentence: SentenceFacts) -> Bool? {
    let analysis = sentence.context.analysis
    guard let head = analysis.headNoun?.lowercased(),
      let question = sentence.extractor.syntax?.annotate(analysis.text),
      let token = question.tokens.first(where: {
        $0.text.lowercased() == head && ["NOUN", "PROPN"].contains($0.coarseTag)
      })
    else { return nil }
    return ["NNS", "NNPS"].contains(token.fineTag)
  }
}
