/// "What is the name of …": a name is likelier the answer than any phrase.
struct NameWhenNameAskedRule: AnswerRule {
  let name = "nameWhenNameAsked"
  let doc = "When a name is asked, a capitalised name (or a pronoun standing for one)."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    sentence.context.prefersNames && candidate.isName ? AnswerWeights.nameAskedBoost.value : 1
  }
}
