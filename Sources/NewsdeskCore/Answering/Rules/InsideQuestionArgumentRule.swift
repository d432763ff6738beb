/// "Who did Noboa meet?" over "Rubio will meet Ecuador's President Daniel Noboa": "Ecuador"
/// only qualifies the argument the question itself names; it is not another argument.
struct InsideQuestionArgumentRule: AnswerRule {
  let name = "insideQuestionArgument"
  let doc = "A part of an argument the question names (its possessor or modifier), not its head."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, candidate.mention == nil else { return 1 }
    let tokens = alignment.parsed.tokens(of: candidate.span)
    guard !tokens.isEmpty else { return 1 }
    let inside = alignment.namedPhrases.contains { named in
      !named.repeated.contains(where: tokens.contains) && tokens.allSatisfy(named.tokens.contains)
    }
    return inside ? AnswerWeights.insideQuestionArgumentFactor.value : 1
  }
}
