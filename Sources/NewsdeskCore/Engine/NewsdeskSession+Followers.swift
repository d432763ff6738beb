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
    for scored in retrieved {
      let (article, sentence) = library.index.location(ofSentence: scored.sentence)
      // A quote that began in the sentence before: that sentence holds its first part.
      if sentence > 0,
        ReportedSpeech().continuesQuote(SentenceWords(library.articles[article].sentence(sentence)))
      {
        let global = library.index.globalSentence(article: article, sentence: sentence - 1)
        if seen.insert(global).inserted {
          var opener = scored
          opener.sentence = global
          opener.score = scored.score * Self.followerCredit
          result.append(opener)
        }
      }
      let next = sentence + 1
      guard next < library.articles[article].sentences.count else { continue }
      let global = library.index.globalSentence(article: article, sentence: next)
      guard !seen.contains(global) else { continue }
      let text = library.articles[article].sentence(next)
      guard let first = WordTokenizer.words(in: text).first,
        ReferenceResolver.personPronouns.contains(first)
      else { continue }
      seen.insert(global)
      var follower = scored
      follower.sentence = global
      follower.score = scored.score * Self.followerCredit
      result.append(follower)
    }
    return result.sorted { $0.score > $1.score }
  }
}
