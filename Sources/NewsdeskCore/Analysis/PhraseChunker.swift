/// Cuts a sentence into the phrases an answer can be: runs of content words between
/// punctuation and function words, with names kept whole ("University of Melbourne").
///
/// No tagger: closed-class word lists and capitalisation do most of the work, and a list of
/// common verbs keeps "Rubio met Noboa" from becoming one phrase.
struct PhraseChunker {
  /// The parts of speech WordNet gives the words the lists leave open.
  let lexicon: Lexicon

  func chunks(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    var chunks: [ClosedRange<Int>] = []
    var start: Int?
    func close(_ end: Int) {
      if let first = start, first <= end { chunks.append(first...end) }
      start = nil
    }
    for index in list.indices {
      if let first = start, index > first, breaksBefore(index, words) { close(index - 1) }
      if isBoundary(index, words) {
        close(index - 1)
        continue
      }
      if start == nil { start = index }
    }
    close(list.count - 1)
    return chunks
  }

  /// A word that can never be inside a phrase.
  func isBoundary(_ index: Int, _ words: SentenceWords) -> Bool {
    let word = words.words[index]
    if word.isNumber || words.isHyphenJoined(index) { return false }
    if Lexicon.quantifiers.contains(word.lower) { return false }
    let lower = word.lower
    // "of" and "de" inside a name ("Bank of England", "Tren de Aragua") stay.
    if Lexicon.nameConnectors.contains(lower), index > 0,
      index + 1 < words.words.count,
      words.words[index - 1].isCapitalized, words.words[index + 1].isCapitalized
    {
      return false
    }
    if lower == "s", index > 0, words.punctuation(before: index) == "'" { return false }
    if word.isCapitalized, index > 0, !Lexicon.isFunctionWord(lower) || word.isAcronym {
      return false
    }
    if Lexicon.isFunctionWord(lower) || Lexicon.commonVerbs.contains(lower)
      || Lexicon.fillers.contains(lower)
    {
      return true
    }
    if !word.isCapitalized, lexicon.isVerbOrAdverb(lower), !isModifier(index, words),
      !(endsPhrase(index, words) && isGerundCompound(index, words))
    {
      return true
    }
    return looksLikeVerb(index, words)
  }

  /// A verb form used as an adjective: after a determiner and before a noun, with no
  /// punctuation between ("the convecting mantle", "the hated fees").
  func isModifier(_ index: Int, _ words: SentenceWords) -> Bool {
    guard index > 0, index + 1 < words.words.count else { return false }
    let previous = words.words[index - 1].lower
    let next = words.words[index + 1].lower
    return
      (Lexicon.determiners.contains(previous) || Lexicon.quantifiers.contains(previous))
      && !breaksBefore(index + 1, words) && !Lexicon.isFunctionWord(next)
      && !Lexicon.fillers.contains(next)
  }

  /// A participle that starts a verb phrase rather than modifying a noun: "-ing" or "-ed"
  /// followed by a function word or the end ("harnessing the power", "locked such that"),
  /// and not right after a determiner ("the hated fees").
  func looksLikeVerb(_ index: Int, _ words: SentenceWords) -> Bool {
    let lower = words.words[index].lower
    guard (lower.hasSuffix("ing") && lower.count > 5) || (lower.hasSuffix("ed") && lower.count > 4)
    else { return false }
    if index > 0, Lexicon.determiners.contains(words.words[index - 1].lower) { return false }
    if endsPhrase(index, words) { return !isGerundCompound(index, words) }
    let next = words.words[index + 1].lower
    return Lexicon.isFunctionWord(next) || Lexicon.fillers.contains(next)
  }

  /// "narcotics trafficking.", "cotton spinning,": an -ing word closing a phrase right after
  /// a common noun names an activity with it, rather than starting a verb phrase (which
  /// would go on to its object).
  func isGerundCompound(_ index: Int, _ words: SentenceWords) -> Bool {
    guard index > 0, words.words[index].lower.hasSuffix("ing"),
      words.punctuation(before: index) == nil
    else { return false }
    let previous = words.words[index - 1]
    return !previous.isCapitalized && !Lexicon.isFunctionWord(previous.lower)
      && lexicon.partsOfSpeech(previous.lower).first == .noun
  }

  /// Whether the word is the last before punctuation or the sentence's end.
  func endsPhrase(_ index: Int, _ words: SentenceWords) -> Bool {
    index + 1 == words.words.count || breaksBefore(index + 1, words)
  }

  /// Punctuation between two words that separates phrases.
  func breaksBefore(_ index: Int, _ words: SentenceWords) -> Bool {
    guard let mark = words.punctuation(before: index) else { return false }
    return !(mark == "'" || mark == "’" || mark == "-" || mark == "." || mark == "/")
  }
}
