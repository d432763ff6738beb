/// Mends a name read as a second subject of a later verb: "bought by the Dutch brewer Van
/// Rijn for £310m, the two companies said" with "Van Rijn" made a subject of "said", which
/// already has one. A verb has one subject; a name right after a common noun of another
/// clause, with nothing between them, names that noun ("the Dutch brewer Van Rijn"), so it
/// becomes the noun's apposition and every reader finds it in the noun's role.
struct NameAfterNounRepair {
  func repaired(_ tokens: [AnnotatedSentence.Token]) -> [AnnotatedSentence.Token] {
    var mended = tokens
    for verb in tokens.indices {
      let subjects = ClauseSubjects.of(verb, in: tokens)
      guard subjects.count >= 2 else { continue }
      for name in subjects where name > 0 {
        let noun = name - 1
        guard tokens[name].coarseTag == "PROPN", tokens[noun].coarseTag == "NOUN",
          let nounHead = tokens[noun].head, nounHead != verb,
          !ClauseSubjects.relations.contains(tokens[noun].relation)
        else { continue }
        mended[name].head = noun
        mended[name].relation = "appos"
      }
    }
    return TitledNameRepair.isTree(mended) ? mended : tokens
  }
}
