/// "Which company built the sea wall?" over "built by Harlow Steel and Marine Systems": the
/// organisation's name holds "and", so "Harlow Steel" or "Marine Systems" alone is half of it
/// (the length rule would otherwise prefer the shorter half).
struct PartOfJoinedNameRule: AnswerRule {
  let name = "partOfJoinedName"
  let doc =
    "For an organisation or a who, one half of a name joined by \"and\" (\"X Steel and Y Systems\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    // A who-question too: a body may be who did it.
    guard sentence.type == .organization || sentence.type == .person else { return 1 }
    let extractor = sentence.extractor
    let joined = extractor.organisationNamesWithAnd(
      extractor.recognized(sentence.words).names, sentence.words)
    let isHalf = joined.contains { whole in
      whole != candidate.span && whole.contains(candidate.span.lowerBound)
        && whole.contains(candidate.span.upperBound)
    }
    return isHalf ? AnswerWeights.partOfJoinedNameFactor.value : 1
  }
}
