/// Looser relatives of the question's words, for choosing among retrieved sentences only.
///
/// Questions are paraphrases of the sentence that answers them: "what did the finding of gold
/// cause?" is answered by "discoveries … triggered one of the largest gold rushes", "how many
/// could Apollo hold?" by "Apollo would carry three astronauts". Synonyms of every part of
/// speech, their derivations and base forms ("younger" → young) find such sentences, but they
/// drift too far to count as evidence that the articles answer at all (noun synonyms raised
/// answers to questions the articles cannot answer), so they steer which sentence is read and
/// never the confidence.
extension QuestionAnalyzer {
  func paraphrases(
    of focus: [String], known: Set<String>, analyzer: inout TermAnalyzer
  ) -> [String: String] {
    guard let wordNet = lexicon.wordNet else { return [:] }
    var result: [String: String] = [:]
    // As for `expansions`: a question of over twenty content words is a pasted paragraph,
    // and its later words add lookups, not a better choice.
    for word in focus.prefix(20) where !Lexicon.commonVerbs.contains(word) {
      guard let original = analyzer.term(for: word) else { continue }
      let related = wordNet.paraphraseLemmas(
        of: word, senses: Self.paraphraseSenses, derivedSynonyms: Self.derivedSynonyms)
      for lemma in related.sorted() where !lemma.contains("_") && !lemma.contains("-") {
        guard let term = analyzer.term(for: lemma), term != original, !known.contains(term),
          result[term] == nil, !StopWords.contains(lemma)
        else { continue }
        result[term] = original
      }
    }
    return result
  }

  /// How many senses of a word lend their synonyms: the usual ones, not the rare.
  static let paraphraseSenses = 3

  /// How many of a word's synonyms lend their own derivations ("find" → discover →
  /// discovery).
  static let derivedSynonyms = 8
}
