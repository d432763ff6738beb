/// A reason the supporting sentence leaves to the sentences after it: "Ministers had hoped to
/// get £900m but were granted £349m. That was because the UK had valued the animals at …".
extension AnswerComposer {
  /// How far after the supporting sentence a reason may stand.
  static let reasonNeighboursAfter = 2

  /// The reason clause of a sentence shortly after the supporting one that opens by pointing
  /// back at what came before ("That was because …", "This is partly due to …"), when the
  /// supporting sentence gives no reason of its own.
  func followingReason(
    of evidence: Evidence, context: ShortAnswerExtractor.QuestionContext,
    library: ArticleLibrary, analyzer: inout TermAnalyzer
  ) -> (Evidence, ShortAnswerExtractor.Candidate)? {
    let article = library.articles[evidence.articleNumber]
    let index = evidence.sentenceNumber - 1
    for number in (index + 1)...(index + Self.reasonNeighboursAfter)
    where number < article.sentences.count {
      let sentence = article.sentence(number)
      guard Self.opensWithReasonForWhatCameBefore(sentence) else { continue }
      guard
        let candidate = extractor.candidates(
          in: sentence, context: context, analyzer: &analyzer
        ).first(where: { $0.typeFit >= 1 })
      else { continue }
      var neighbour = evidence
      neighbour.sentenceNumber = number + 1
      neighbour.sentence = sentence
      return (neighbour, candidate)
    }
    return nil
  }

  /// "That was because", "This is largely due to", "It was partly because": a pronoun, a
  /// form of "be", at most one adverb, then "because" or "due".
  static func opensWithReasonForWhatCameBefore(_ sentence: String) -> Bool {
    let words = WordTokenizer.words(in: sentence).prefix(5).map { $0.lowercased() }
    guard words.count >= 3, ["that", "this", "it"].contains(words[0]),
      ["was", "is", "'s"].contains(words[1])
    else { return false }
    let rest = words.dropFirst(2)
    guard let causal = rest.firstIndex(where: { ["because", "due"].contains($0) }) else {
      return false
    }
    return causal - rest.startIndex <= 1
  }
}
