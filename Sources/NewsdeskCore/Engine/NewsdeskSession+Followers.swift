/// Sentences that continue a retrieved one: news names a speaker once and says "he" after.
extension NewsdeskSession {
  /// The share of a sentence's score the sentence after it gets when it opens with a pronoun.
  static let followerCredit = 0.9

  /// The retrieved sentences, plus the sentence after each that opens with a pronoun ("He
  /// warned of more US attacks" after "Rubio … vowed no mercy") and the sentence before
  /// each that closes a quote opened there, best first.
  func withFollowers(_ retrieved: [ScoredSentence]) -> [ScoredSentence] {
    var seen = Set(retrieved.map(\.sentence))
    var result = retrieved
    // Sentence `number` of `article`, read as a little less than the sentence it joins.
    func add(_ article: Int, _ number: Int, beside scored: ScoredSentence) {
      let global = library.index.globalSentence(article: article, sentence: number)
      guard seen.insert(global).inserted else { return }
      var joined = scored
      joined.sentence = global
      joined.score = scored.score * Self.followerCredit
      result.append(joined)
    }
    for scored in retrieved {
      let (article, sentence) = library.index.location(ofSentence: scored.sentence)
      let source = library.articles[article]
      // A quote that began in the sentence before: that sentence holds its first part.
      if sentence > 0,
        ReportedSpeech(lexicon: lexicon).continuesQuote(SentenceWords(source.sentence(sentence)))
      {
        add(article, sentence - 1, beside: scored)
      }
      let next = sentence + 1
      if next < source.sentences.count,
        let first = WordTokenizer.words(in: source.sentence(next)).first,
        ReferenceResolver.personPronouns.contains(first)
      {
        add(article, next, beside: scored)
      }
    }
    return result.sorted { $0.score > $1.score }
  }
}
