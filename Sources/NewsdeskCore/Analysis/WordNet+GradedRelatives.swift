/// How a related word stands to a word, closest first: what a question's word may be called
/// in the sentence that answers it.
public enum WordRelation: Int, Sendable, Comparable, CaseIterable {
  /// A derivationally related form (WordNet "+"): "death" / "die", "invasion" / "invade".
  case derivation
  /// A synonym in the word's commonest senses, or a derivation of a verb synonym: "slay" /
  /// "kill", "purchase" / "buy".
  case synonym
  /// A more general word (WordNet "@") of the word's commonest senses, or a derivation of
  /// the more general verb: "acquire", "acquisition" / "buy".
  case hypernym

  public static func < (lhs: WordRelation, rhs: WordRelation) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension WordNet {
  /// The words related to `word`, lower-cased single words, each with its closest relation:
  /// its derivations; its verb synonyms of the two commonest senses and their derivations,
  /// noun and adjective synonyms of the commonest sense only (they drift); the verbs directly
  /// above its two commonest verb senses (never a light verb above everything: "get" above
  /// "buy") and their derivations, and the noun directly above its commonest noun sense.
  /// Remembered, as questions repeat their words.
  public func gradedRelatives(of word: String) -> [String: WordRelation] {
    files.gradedRelativesMemo.value(for: word) { gatherGradedRelatives(of: word) }
  }

  private func gatherGradedRelatives(of word: String) -> [String: WordRelation] {
    var result: [String: WordRelation] = [:]
    func add(_ lemmas: Set<String>, _ relation: WordRelation) {
      for lemma in lemmas where !lemma.contains("_") && !lemma.contains("-") && lemma != word {
        if let known = result[lemma], known <= relation { continue }
        result[lemma] = relation
      }
    }
    add(derivations(word), .derivation)
    let verbSynonyms = synonyms(word, pos: .verb, senses: 2)
    add(verbSynonyms, .synonym)
    add(synonyms(word, pos: .noun, senses: 1), .synonym)
    add(synonyms(word, pos: .adjective, senses: 1), .synonym)
    for synonym in verbSynonyms.sorted().prefix(8) where !synonym.contains("_") {
      add(derivations(synonym), .synonym)
    }
    let verbParents = directHypernyms(word, pos: .verb, senses: 2).subtracting(Self.lightVerbs)
    add(verbParents, .hypernym)
    for parent in verbParents.sorted().prefix(8) where !parent.contains("_") {
      add(derivations(parent), .hypernym)
    }
    add(directHypernyms(word, pos: .noun, senses: 1), .hypernym)
    return result
  }
}
