/// What a reporter wants beside a short answer: a person's role as the article gives it
/// ("Daniel Noboa" → "Ecuador's President") and a date's day on the calendar
/// ("Thursday" → 2025-09-04).
struct AnswerDetails {
  /// The role words around a name in the sentence: titles right before it, with a possessive
  /// place before those ("Venezuela's Interior Minister"), or an appositive right after it
  /// (", a businessman who …").
  func role(of range: Range<Int>, in sentence: String) -> String? {
    let words = SentenceWords(sentence)
    let list = words.words
    guard let first = list.firstIndex(where: { $0.utf8Range.lowerBound == range.lowerBound }),
      let last = list.lastIndex(where: { $0.utf8Range.upperBound == range.upperBound })
    else { return nil }
    var start = first
    while start > 0, isTitleWord(start - 1, words) { start -= 1 }
    // "Dr Liam Fox": a form of address says nothing of what the person is.
    var titleEnd = first
    while titleEnd > start, Lexicon.honorifics.contains(list[titleEnd - 1].lower) {
      titleEnd -= 1
    }
    if start < titleEnd {
      // "US Secretary of State": the place the title belongs to.
      if start > 0, list[start - 1].isCapitalized, PlaceGazetteer.isPlace(list[start - 1].lower),
        words.punctuation(after: start - 1) == nil
      {
        start -= 1
      }
      // "Ecuador's President" (or "Ecuador’s", a curly apostrophe): take the possessive owner
      // too.
      if start >= 2, words.isPossessiveClitic(start - 1), list[start - 2].isCapitalized {
        var owner = start - 2
        while owner > 0, list[owner - 1].isCapitalized, words.punctuation(after: owner - 1) == nil {
          owner -= 1
        }
        start = owner
      }
      return words.text(from: start, through: titleEnd - 1)
    }
    // ", a businessman who has …": up to the next comma or relative pronoun.
    guard last + 2 < list.count, words.punctuation(after: last) == ",",
      Lexicon.articles.contains(list[last + 1].lower)
    else { return nil }
    // The noun phrase only: it ends before the next function word ("he has …", "who …").
    // A possessive, a hyphenated word and a percentage are part of it: ", the union's
    // general secretary,", ", the family-owned maker", ", a premium of 38%".
    var end = last + 2
    while end + 1 < list.count, end - last < 8,
      words.isPossessiveClitic(end + 1)
        || ((words.punctuation(after: end) == nil || Self.isPercentSign(after: end, words)
          || words.isHyphenJoined(end + 1))
          && (!Lexicon.isFunctionWord(list[end + 1].lower) || list[end + 1].lower == "of"))
    {
      end += 1
    }
    while end > last + 2, list[end].lower == "of" { end -= 1 }
    let phrase = words.text(from: last + 1, through: end)
    return Self.isPercentSign(after: end, words) ? phrase + "%" : phrase
  }

  /// "38%": the sign belongs to its number, and the phrase goes on after it.
  static func isPercentSign(after index: Int, _ words: SentenceWords) -> Bool {
    words.words[index].isNumber && words.hasPercentSign(after: index)
  }

  func isTitleWord(_ index: Int, _ words: SentenceWords) -> Bool {
    let word = words.words[index]
    if words.punctuation(after: index) != nil { return false }
    if ShortAnswerExtractor.titles.contains(word.lower) { return true }
    // "Trade Minister", "Finance Director": a capitalised word naming the title's field.
    if word.isCapitalized, index + 1 < words.words.count,
      ShortAnswerExtractor.titles.contains(words.words[index + 1].lower)
    {
      return true
    }
    // "Secretary of State": a connector between title words.
    return word.lower == "of" && index > 0
      && ShortAnswerExtractor.titles.contains(words.words[index - 1].lower)
  }
}
