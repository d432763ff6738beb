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
    // A noun naming the act ("the purchase of X") says too little of the clause around it.
    guard let alignment = sentence.alignment, !alignment.isNominal, candidate.mention == nil,
      ![.quote, .reason, .manner, .description].contains(sentence.type)
    else { return 1 }
    let parsed = alignment.parsed
    let aligned = alignment.clauseHead
    let spanTokens = parsed.tokens(of: candidate.span)
    guard !spanTokens.isEmpty, !alignment.argumentHeads.contains(where: spanTokens.contains)
    else { return 1 }
    // Outside the aligned verb's subtree (a reporting clause, a clause before it), or inside
    // another use of the same verb: the question's constraints do not hold there. A clause
    // nested under the aligned verb with another verb is read as part of what it says (the
    // parser often hangs such clauses loosely).
    let elsewhere = parsed.tops(of: spanTokens).allSatisfy { top in
      !parsed.isWithin(top, subtreeOf: aligned)
        || alignment.otherInstances.contains { parsed.isWithin(top, subtreeOf: $0) }
    }
    return elsewhere ? AnswerWeights.otherClauseFactor.value : 1
  }
}
