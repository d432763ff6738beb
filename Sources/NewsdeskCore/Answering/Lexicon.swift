/// What the extraction rules ask of WordNet, with answers that stay sensible when WordNet is
/// not installed (every question then falls back to the surface rules).
enum Lexicon {
  /// The parts of speech a lower-cased word can have, most common first; empty when unknown.
  static func partsOfSpeech(_ word: String) -> [WordNetPOS] {
    WordNet.shared?.partsOfSpeech(word) ?? []
  }

  /// A word WordNet knows only as something other than a noun: a verb, adjective or adverb
  /// that cannot head a noun phrase.
  static func cannotBeNoun(_ word: String) -> Bool {
    let parts = partsOfSpeech(word)
    return !parts.isEmpty && !parts.contains(.noun)
  }

  /// A word that is mostly a verb or adverb: it ends a noun phrase.
  static func isVerbOrAdverb(_ word: String) -> Bool {
    let parts = partsOfSpeech(word)
    return !parts.isEmpty && !parts.contains(.noun) && !parts.contains(.adjective)
  }

  /// A capitalised sentence opener that is an ordinary word, not a name: WordNet's most
  /// common reading of it is not a noun ("Recent", "Today", "Conversely").
  static func isOrdinaryOpener(_ word: String) -> Bool {
    guard let first = partsOfSpeech(word).first else { return false }
    return first != .noun
  }
}
