/// Opposites: WordNet's antonym pointers ("!"), the evidence that a sentence says the
/// opposite of what a question asks ("the smallest" over "the largest", "lost" over "won").
extension WordNet {
  /// The direct antonyms of the first `senses` senses of `word` as an adjective, verb or
  /// adverb, lower-cased: "smallest" → large, big; "won" → lose. Antonym pointers are
  /// lexical, so only the words the pointer names are taken, never a whole synset.
  public func antonyms(_ word: String, senses: Int = 3) -> Set<String> {
    lexicalRelatives(of: word, symbol: "!", in: [.adjective, .verb, .adverb], senses: senses)
  }
}
