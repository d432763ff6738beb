/// Whether two verbs can name the same act: a question's "buy" and an article's "acquire".
extension WordNet {
  /// The verb's synonyms and its direct hypernyms (the more general acts it is a kind of:
  /// buy → get, acquire), over its first `senses` senses, lower-cased, "_" for collocations.
  public func verbRelatives(_ verb: String, senses: Int = 3) -> Set<String> {
    var result = synonyms(verb, pos: .verb, senses: senses)
    for sense in self.senses(of: verb, pos: .verb, limit: senses) {
      guard let synset = files.synset(sense.id, pointerSymbols: ["@"]) else { continue }
      for pointer in synset.pointers where pointer.symbol == "@" {
        for word in files.synset(pointer.target, pointerSymbols: [])?.words ?? [] {
          result.insert(word.lowercased())
        }
      }
    }
    return result
  }

  /// Whether a question's verb and a sentence's name the same act: the same lemma, a
  /// synonym either way, or the sentence's verb the more general act ("bought" reported as
  /// "acquired").
  public func sameAct(question: String, sentence: String) -> Bool {
    if question == sentence { return true }
    return verbRelatives(question).contains(sentence)
      || synonyms(sentence, pos: .verb, senses: 3).contains(question)
  }
}
