/// Reads phrases and arguments off a dependency tree (Universal Dependencies relations).
struct DependencyTreeView {
  let tokens: [AnnotatedSentence.Token]
  let dependents: [[Int]]

  /// Relations whose dependents belong to their head's noun phrase core.
  private static let nounPhraseRelations: Set<String> = [
    "det", "det:predet", "det:poss", "amod", "compound", "nummod", "nmod:poss", "flat",
    "flat:foreign", "fixed", "case", "nmod:npmod", "advmod", "punct", "goeswith",
  ]
  private static let nominalTags: Set<String> = ["NOUN", "PROPN", "PRON", "NUM", "SYM"]
  private static let partOfAnotherPhrase: Set<String> = [
    "compound", "flat", "fixed", "goeswith", "det", "case", "nummod",
  ]

  func relation(_ index: Int) -> String { tokens[index].relation }

  func children(_ index: Int, _ relation: String) -> [Int] {
    dependents[index].filter { tokens[$0].relation.isRelation(relation) }
  }

  func nounPhrases() -> [NounPhrase] {
    tokens.indices.compactMap { index in
      let token = tokens[index]
      guard Self.nominalTags.contains(token.coarseTag),
        !Self.partOfAnotherPhrase.contains(where: { token.relation.isRelation($0) })
      else { return nil }
      return nounPhrase(headedBy: index)
    }
  }

  func nounPhrase(headedBy head: Int) -> NounPhrase {
    var members: [Int] = [head]
    var frontier = [head]
    while let current = frontier.popLast() {
      for child in dependents[current] {
        let relation = tokens[child].relation
        guard Self.nounPhraseRelations.contains(relation) else { continue }
        // A head's own case marker ("of", "in") introduces it; it is not part of the phrase.
        if current == head && relation == "case" && tokens[child].fineTag != "POS" { continue }
        if relation == "punct" && !isInnerPunctuation(child, of: head) { continue }
        if relation == "advmod" && current == head { continue }
        members.append(child)
        frontier.append(child)
      }
    }
    var lower = members.min()!
    var upper = members.max()!
    // Trim punctuation at the edges unless it balances a mark inside.
    while lower < upper, tokens[lower].coarseTag == "PUNCT", !isBalanced(lower, upper) {
      lower += 1
    }
    while upper > lower, tokens[upper].coarseTag == "PUNCT", !isBalanced(lower, upper) {
      upper -= 1
    }
    return NounPhrase(
      head: head, range: lower...upper,
      determiners: children(head, "det"),
      numbers: children(head, "nummod"),
      possessor: children(head, "nmod:poss").first)
  }

  /// Hyphens and marks inside the phrase ("first - class", "( AP )") belong to it; commas do not.
  private func isInnerPunctuation(_ index: Int, of head: Int) -> Bool {
    let form = tokens[index].text
    return tokens[index].fineTag == "HYPH" || form == "(" || form == ")" || form == "\""
      || form == "'" || form == "“" || form == "”"
  }

  private func isBalanced(_ lower: Int, _ upper: Int) -> Bool {
    let pairs: [String: String] = ["(": ")", "[": "]", "\"": "\"", "“": "”", "'": "'"]
    let first = tokens[lower].text
    let last = tokens[upper].text
    return pairs[first] == last && upper > lower
  }

  func predicates() -> [Predicate] {
    var result: [Predicate] = []
    var indexOfHead: [Int: Int] = [:]
    for index in tokens.indices {
      let token = tokens[index]
      let hasSubject = dependents[index].contains {
        tokens[$0].relation.isRelation("nsubj") || tokens[$0].relation.isRelation("csubj")
      }
      let copula = children(index, "cop").first
      guard token.coarseTag == "VERB" || copula != nil || hasSubject else { continue }
      let subject = dependents[index].first {
        tokens[$0].relation.isRelation("nsubj") || tokens[$0].relation.isRelation("csubj")
      }
      let obliques = dependents[index].filter { tokens[$0].relation.isRelation("obl") }.map {
        Predicate.Oblique(head: $0, preposition: preposition(of: $0))
      }
      let auxiliaries = children(index, "aux")
      indexOfHead[index] = result.count
      result.append(
        Predicate(
          head: index, subject: subject, sharedSubject: nil,
          isPassive: dependents[index].contains {
            tokens[$0].relation == "nsubj:pass" || tokens[$0].relation == "aux:pass"
              || tokens[$0].relation == "csubj:pass"
          },
          object: children(index, "obj").first,
          indirectObject: children(index, "iobj").first,
          obliques: obliques,
          clausalComplements: children(index, "ccomp"),
          openComplements: children(index, "xcomp"),
          auxiliaries: auxiliaries,
          isNegated: dependents[index].contains {
            tokens[$0].lemma == "not" || tokens[$0].lemma == "never"
          },
          copula: copula))
    }
    // Subjects shared down open complements and coordinated predicates, in sentence order so
    // chains ("wanted to try to buy") pass the subject along.
    for position in result.indices where result[position].subject == nil {
      var current = result[position].head
      var steps = 0
      while steps < tokens.count, let head = tokens[current].head,
        tokens[current].relation == "xcomp" || tokens[current].relation == "conj"
      {
        if let governing = indexOfHead[head], let found = result[governing].subject {
          result[position].sharedSubject = found
          break
        }
        current = head
        steps += 1
      }
    }
    return result
  }

  /// The preposition introducing an oblique or nominal modifier, multiword ones joined
  /// ("because of", "according to").
  func preposition(of index: Int) -> String? {
    guard let marker = children(index, "case").first(where: { tokens[$0].fineTag != "POS" })
    else { return nil }
    let words = [marker] + children(marker, "fixed")
    return words.sorted().map { tokens[$0].text.lowercased() }.joined(separator: " ")
  }

  func appositions() -> [Apposition] {
    tokens.indices.compactMap { index in
      guard tokens[index].relation == "appos", let head = tokens[index].head else { return nil }
      return Apposition(head: head, appositive: index)
    }
  }

  func copulas() -> [Copula] {
    tokens.indices.compactMap { index in
      guard tokens[index].relation == "cop", let predicate = tokens[index].head else {
        return nil
      }
      let subject = dependents[predicate].first { tokens[$0].relation.isRelation("nsubj") }
      return Copula(subject: subject, copula: index, predicate: predicate)
    }
  }
}
