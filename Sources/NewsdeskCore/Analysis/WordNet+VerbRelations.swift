/// Whether two verbs can name the same act: a question's "buy" and an article's "acquire".
extension WordNet {
  /// The verb's synonyms and its direct hypernyms (the more general acts it is a kind of:
  /// buy → get, acquire), over its first `senses` senses, lower-cased, "_" for collocations.
  public func verbRelatives(_ verb: String, senses: Int = 3) -> Set<String> {
    synonyms(verb, pos: .verb, senses: senses).union(
      directHypernyms(verb, pos: .verb, senses: senses))
  }

  /// The words of the synsets directly above (WordNet "@") the first `senses` senses of
  /// `word` in `pos`, lower-cased, "_" for collocations: buy → get, acquire; die → change
  /// state.
  public func directHypernyms(_ word: String, pos: WordNetPOS, senses: Int = 1) -> Set<String> {
    var result = Set<String>()
    for sense in self.senses(of: word, pos: pos, limit: senses) {
      guard let synset = files.synset(sense.id, pointerSymbols: ["@"]) else { continue }
      for pointer in synset.pointers where pointer.symbol == "@" {
        for member in files.synset(pointer.target, pointerSymbols: [])?.words ?? [] {
          result.insert(member.lowercased())
        }
      }
    }
    return result
  }

  /// Whether the commonest sense of the noun `word` is a kind of `kind` (below it through
  /// hypernyms: "basketball" of "sport", "blue" of "color"), and not `kind` itself or its
  /// plural. Remembered: a ranking asks it of every word of the sentences it shows.
  public func isInstance(_ word: String, ofKind kind: String) -> Bool {
    files.kindMemo.value(for: word + " " + kind) {
      !lemmas(word, pos: .noun).contains(kind) && noun(word, isA: kind, senses: 1)
    }
  }

  /// The acts the verb's first `senses` senses entail (WordNet's "*" pointers), lower-cased:
  /// buying entails paying, so "will pay £85 million for the division" tells of a purchase.
  public func entailedVerbs(_ verb: String, senses: Int = 1) -> Set<String> {
    var result = Set<String>()
    for sense in self.senses(of: verb, pos: .verb, limit: senses) {
      guard let synset = files.synset(sense.id, pointerSymbols: ["*"]) else { continue }
      for pointer in synset.pointers where pointer.symbol == "*" {
        for word in files.synset(pointer.target, pointerSymbols: [])?.words ?? [] {
          result.insert(word.lowercased())
        }
      }
    }
    return result
  }

  /// Whether a question's verb and a sentence's name the same act: the same lemma, synonyms
  /// each way in their two commonest senses ("purchase" / "buy"), or the sentence's verb the
  /// more general act of the question's commonest sense ("bought" reported as "acquired").
  /// Synonymy one way only is too loose: "visit" lists "see" among its synonyms, but
  /// "sees China as an adversary" is no visit.
  public func sameAct(question: String, sentence: String) -> Bool {
    if question == sentence { return true }
    if synonyms(question, pos: .verb, senses: 2).contains(sentence),
      synonyms(sentence, pos: .verb, senses: 2).contains(question)
    {
      return true
    }
    // A light verb above everything ("see" above "visit", "get" above "buy") says too little.
    return !Self.lightVerbs.contains(sentence)
      && verbRelatives(question, senses: 1).contains(sentence)
  }

  static let lightVerbs: Set<String> = [
    "be", "have", "do", "make", "get", "go", "take", "see", "give", "come", "put", "set", "say",
    "change", "move", "act", "cause", "use", "travel", "think", "happen",
  ]
}
