/// "Rice University" for "what university": the name's own words say its kind; for "which
/// city", a name WordNet knows as something else ("Ecuador" is a country) fits less.
struct NameKindRule: AnswerRule {
  let name = "nameKind"
  let doc = "A name (or head noun) whose kind, by its own words or WordNet, is the noun asked."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    candidate.kindAgreement
  }
}

/// A name of another kind than the one asked is not of the type asked either: its type fit
/// drops too, so the composer's checks see it.
struct OtherKindFitRule: AnswerRule {
  let name = "otherKindFit"
  let doc = "A name WordNet knows as another kind than the noun asked fits the type less."
  let scales = ScoredPart.typeFit

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    candidate.kindAgreement < 1 ? AnswerWeights.otherKindFit.value : 1
  }
}
