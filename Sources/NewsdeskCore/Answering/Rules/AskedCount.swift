/// What a how-many question counts: the nouns of the phrase after "how many" ("how many
/// clean diesel and hybrid taxicabs", "how many of the buildings"), up to its verb. The
/// question analysis keeps one head noun; a count may name the thing by any noun of the
/// phrase ("3,715 hybrid taxis"), so the count rules read them all.
struct AskedCount {
  /// The phrase's words that may be nouns, in order; the last is its head.
  let nouns: [String]

  init?(_ analysis: QuestionAnalysis, lexicon: Lexicon) {
    guard analysis.form == .howMany else { return nil }
    let words = WordTokenizer.words(in: analysis.text.lowercased())
    guard let many = words.firstIndex(of: "many") else { return nil }
    var position = many + 1
    // "How many of the buildings".
    while position < words.count,
      words[position] == "of" || Lexicon.determiners.contains(words[position])
    {
      position += 1
    }
    var nouns: [String] = []
    while position < words.count {
      let word = words[position]
      if Lexicon.verbGroupWords.contains(word) || Lexicon.prepositions.contains(word)
        || Lexicon.determiners.contains(word)
      {
        break
      }
      // Adjectives ("clean", "new") modify the head; a word that is neither noun nor
      // adjective ("stopped", "went") is the verb.
      let kinds = lexicon.partsOfSpeech(word)
      if !["and", "or"].contains(word) {
        guard kinds.isEmpty || kinds.contains(.noun) || kinds.contains(.adjective) else { break }
        if kinds.isEmpty || kinds.contains(.noun) { nouns.append(word) }
      }
      position += 1
    }
    if let head = analysis.headNoun?.lowercased(), !nouns.contains(head) { nouns.append(head) }
    guard !nouns.isEmpty else { return nil }
    self.nouns = nouns
  }
}
