/// "How much did Japan's economy grow?" over "Japan's economy grew 2%, while India's grew
/// 7%": the question's constraints hold on the clause of the aligned verb; a span from
/// another clause answers something else.
struct OtherClauseRule: AnswerRule {
  let name = "otherClause"
  let doc = "A span outside the clause of the verb the question is aligned with."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, candidate.mention == nil,
      ![.quote, .reason, .manner, .description].contains(sentence.type)
    else { return 1 }
    let parsed = alignment.parsed
    let aligned = alignment.predicate.head
    let tokens = parsed.tokens(of: candidate.span)
    let clauses = parsed.tops(of: tokens).compactMap { parsed.clause(of: $0) }
    guard !clauses.isEmpty else { return 1 }
    let inAlignedClause = clauses.contains { clause in
      // A clause that completes the aligned verb ("announced [that it would cut jobs]",
      // "tried [to buy]") is part of what it says.
      clause == aligned
        || (parsed.sentence.tokens[clause].head == aligned
          && ["ccomp", "xcomp", "csubj"].contains {
            parsed.sentence.tokens[clause].relation.isRelation($0)
          })
    }
    return inAlignedClause ? 1 : AnswerWeights.otherClauseFactor.value
  }
}
