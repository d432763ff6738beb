/// Finding the person or organisation an identity question names in a parsed sentence: the
/// run of name words around its surname ("Mr Wilson", "Gerald Krasner" for "Krasner"), never
/// another person who shares it ("Harold Wilson" for "Tony Wilson").
enum IdentityNames {
  /// How many words before a name a title may reach ("Outgoing Leeds chairman").
  static let titleReach = 6
  /// How many words an apposition or clause given as a role may hold.
  static let phraseReach = 12

  /// The token runs that write the name `name` (lower-cased words): each holds the name's
  /// last word, and any other capitalised word in it is the name's own or an honorific.
  /// `isOpeningRole` says whether the sentence's first token is a role noun capitalised only
  /// because it opens the sentence ("Economist Tomas Verhey"): no part of the name.
  static func runs(
    of name: [String], in sentence: AnnotatedSentence,
    isOpeningRole: (Int) -> Bool = { _ in false }
  ) -> [ClosedRange<Int>] {
    guard let last = name.last else { return [] }
    let tokens = sentence.tokens
    let nameWords = Set(name)
    var result: [ClosedRange<Int>] = []
    for anchor in tokens.indices where tokens[anchor].text.lowercased() == last {
      if let previous = result.last, previous.contains(anchor) { continue }
      var lower = anchor
      while lower > 0, isNameWord(tokens[lower - 1]) { lower -= 1 }
      var upper = anchor
      while upper + 1 < tokens.count, isNameWord(tokens[upper + 1]) { upper += 1 }
      if lower == 0, lower < anchor, !nameWords.contains(tokens[0].text.lowercased()),
        isOpeningRole(0)
      {
        lower = 1
      }
      // "Ecuador's President Daniel Noboa": the title is not part of the name.
      if let title = (lower..<anchor).last(where: { isTitle(tokens[$0]) }) {
        lower = title + 1
      }
      let words = tokens[lower...upper].map { $0.text.lowercased() }
      // Another person of the same surname: a first name the question does not give.
      if name.count > 1,
        words.contains(where: { !nameWords.contains($0) && !Lexicon.honorifics.contains($0) })
      {
        continue
      }
      result.append(lower...upper)
    }
    return result
  }

  /// The token of the run that the rest of the sentence hangs it from.
  static func head(of run: ClosedRange<Int>, in sentence: AnnotatedSentence) -> Int {
    run.last { index in
      sentence.tokens[index].head.map { !run.contains($0) } ?? true
    } ?? run.upperBound
  }

  private static func isTitle(_ token: AnnotatedSentence.Token) -> Bool {
    let word = token.text.lowercased()
    return Lexicon.titles.contains(word) && !Lexicon.honorifics.contains(word)
  }

  private static func isNameWord(_ token: AnnotatedSentence.Token) -> Bool {
    guard let first = token.text.unicodeScalars.first else { return false }
    return token.coarseTag == "PROPN" && first.properties.isUppercase
  }
}
