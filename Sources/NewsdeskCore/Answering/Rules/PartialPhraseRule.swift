/// A candidate should be a whole phrase of the parse: not an adjective or adverb hanging off a
/// noun outside it ("key" of "key talks"), nor part of a name whose other parts it leaves out
/// ("Daniel" of "Daniel Noboa").
struct PartialPhraseRule: AnswerRule {
  let name = "partialPhrase"
  let doc = "A dangling modifier or half a name, as the parse reads the sentence."
  let scales = ScoredPart.shape

  private static let modifierRelations = ["amod", "advmod"]
  private static let nameRelations = ["flat", "compound"]

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let context = sentence.context
    guard let parsed = sentence.parsed, candidate.mention == nil, !candidate.cutName,
      !context.asksForKind, !candidate.modifiesAskedNoun, !context.asksForAction,
      ![.manner, .reason, .description, .quote].contains(sentence.type)
    else { return 1 }
    let tokens = parsed.tokens(of: candidate.span)
    let all = parsed.sentence.tokens
    guard !tokens.isEmpty else { return 1 }
    let inside = Set(tokens)
    let tops = parsed.tops(of: tokens)
    let dangling =
      tops.count == 1
      && Self.modifierRelations.contains { all[tops[0]].relation.isRelation($0) }
      && all[tops[0]].head.map { ["NOUN", "PROPN"].contains(all[$0].coarseTag) } == true
    // A name's part outside the span that the question does not repeat and that is no title.
    func isLeftOutNamePart(_ other: Int) -> Bool {
      !inside.contains(other) && all[other].coarseTag == "PROPN"
        && !parsed.words(of: other).contains { sentence.repeats[$0] }
        && !Lexicon.titles.contains(all[other].text.lowercased())
    }
    let halfName = tokens.contains { token in
      guard all[token].coarseTag == "PROPN" else { return false }
      let linked =
        parsed.sentence.dependents[token].filter { child in
          Self.nameRelations.contains { all[child].relation.isRelation($0) }
        }
        + (Self.nameRelations.contains { all[token].relation.isRelation($0) }
          ? all[token].head.map { [$0] } ?? [] : [])
      return linked.contains(where: isLeftOutNamePart)
    }
    return dangling || halfName ? AnswerWeights.partialPhraseFactor.value : 1
  }
}
