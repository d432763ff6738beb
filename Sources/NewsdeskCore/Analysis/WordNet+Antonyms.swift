/// Opposites: WordNet's antonym pointers ("!"), the evidence that a sentence says the
/// opposite of what a question asks ("the smallest" over "the largest", "lost" over "won").
extension WordNet {
  /// The direct antonyms of the first `senses` senses of `word` as an adjective, verb or
  /// adverb, lower-cased: "smallest" → large, big; "won" → lose. Antonym pointers are
  /// lexical, so only the words the pointer names are taken, never a whole synset.
  public func antonyms(_ word: String, senses: Int = 3) -> Set<String> {
    guard let form = Self.normalizedForm(word) else { return [] }
    var result = Set<String>()
    for pos in [WordNetPOS.adjective, .verb, .adverb] {
      for sense in self.senses(of: word, pos: pos, limit: senses) {
        guard let synset = files.synset(sense.id, pointerSymbols: ["!"]),
          let position = synset.words.firstIndex(where: { $0.lowercased() == sense.lemma })
        else { continue }
        for pointer in synset.pointers
        where pointer.symbol == "!" && [0, position + 1].contains(pointer.sourceWord) {
          guard let target = files.synset(pointer.target, pointerSymbols: []) else { continue }
          let words =
            pointer.targetWord == 0
            ? target.words
            : target.words.indices.contains(pointer.targetWord - 1)
              ? [target.words[pointer.targetWord - 1]] : []
          result.formUnion(words.map { $0.lowercased() })
        }
      }
    }
    result.remove(form)
    return result
  }
}
