/// Trimming a candidate span to what is new: no leading determiner, no word the question
/// already says.
extension ShortAnswerExtractor {
  /// A span after trimming, with what the trimming took away.
  struct TrimmedSpan {
    var span: ClosedRange<Int>
    /// The phrase's last word (its head), when it was a question word: what is left
    /// modifies it.
    var lostHead: String?
    /// A capitalised question word was cut from a name ("James Watt" → "James").
    var cutName: Bool
  }

  /// Drops leading determiners and words that repeat the question (`repeats`, by position)
  /// at either edge; nil when nothing is left.
  ///
  /// With `keepingUnit` (a measure is asked), a unit after a number stays though the
  /// question says it elsewhere: "how long did the Seven Years War last?" → "six years", not
  /// "six" beside "two" (unless it asks for the figure "in years": `asksInUnit`).
  func trimmed(
    _ span: ClosedRange<Int>, _ words: SentenceWords, repeats: [Bool], sharedNameEnds: [Bool],
    sharedNameStarts: [Bool] = [], keepingUnit: Bool = false
  ) -> TrimmedSpan? {
    var first = span.lowerBound
    var last = span.upperBound
    var cutName = false
    // "Shi Bingzhi" when the question names "Shi Tianze": another person's name, whole.
    let keepsStart =
      span.count >= 2 && sharedNameStarts.indices.contains(first) && sharedNameStarts[first]
      && span.allSatisfy { words.words[$0].isCapitalized }
    func removable(_ index: Int) -> Bool {
      let lower = words.words[index].lower
      if repeats[index] {
        if words.words[index].isCapitalized { cutName = true }
        return true
      }
      // A word that introduces an example ("e.g.", "including") is not part of it.
      return (Lexicon.determiners.contains(lower) && !Lexicon.quantifiers.contains(lower))
        || Lexicon.contractionPieces.contains(lower) || Self.exampleCues.contains(lower)
    }
    while !keepsStart, first <= last, removable(first) { first += 1 }
    // What is left of a joined phrase after its repeated half ("[development] of the
    // separate condenser", "[1870] to 1930") starts at its joint.
    while first > span.lowerBound, first <= last,
      ["of", "and", "or", "to", "until"].contains(words.words[first].lower) || removable(first)
    {
      first += 1
    }
    let keepsName =
      keepsStart
      || (first < last && sharedNameEnds[last]
        && (first..<last).allSatisfy { words.words[$0].isCapitalized })
    let keepsUnit = first <= last && keepingUnit && isUnitOfNumber(last, words)
    let lostHead =
      first <= last && repeats[last] && !keepsName && !keepsUnit
      ? words.words[last].lower : nil
    if !keepsName {
      while last >= first, removable(last), !(keepsUnit && last == span.upperBound) {
        last -= 1
      }
      // What is left before a repeated tail ends at its joint too: "sequence of [mission
      // types]" is "sequence", "the gates to [the Mongols]" is "the gates".
      while last < span.upperBound, last > first, Self.isJoint(words.words[last].lower) {
        last -= 1
      }
    }
    guard first <= last else { return nil }
    // A span that still holds question words inside mostly repeats the question; a name
    // only when most of it does. A kept unit is the measure's, not a repeat.
    let inside = (first...last).filter { repeats[$0] && !(keepsUnit && $0 == last) }.count
    if keepsName ? inside * 2 > (last - first + 1) : inside * 2 >= (last - first + 1) {
      return nil
    }
    return TrimmedSpan(span: first...last, lostHead: lostHead, cutName: cutName)
  }

  /// A preposition, conjunction or determiner: a word that joins a phrase to what follows
  /// and ends none.
  static func isJoint(_ word: String) -> Bool {
    Lexicon.prepositions.contains(word) || Lexicon.conjunctions.contains(word)
      || (Lexicon.determiners.contains(word) && !Lexicon.quantifiers.contains(word))
  }

  /// Whether the question names the unit its figure is to be given in ("in acres", "in
  /// minutes"): the answer then is the bare number, as the unit goes without saying.
  static func asksInUnit(_ question: String) -> Bool {
    let words = WordTokenizer.words(in: question)
    return zip(words, words.dropFirst()).contains { first, second in
      first == "in" && unitWords.contains(second)
    }
  }

  /// A unit word right after a number ("250,000 feet", "six years", "half a mile").
  private func isUnitOfNumber(_ position: Int, _ words: SentenceWords) -> Bool {
    let list = words.words
    func isNumber(_ index: Int) -> Bool {
      index >= 0 && EntityRecognizer.isNumeral(list[index])
    }
    guard Self.unitWords.contains(list[position].lower) else { return false }
    return isNumber(position - 1)
      || (position > 1 && ["a", "an"].contains(list[position - 1].lower) && isNumber(position - 2))
  }

  /// Whether a span stands right before a verb as its subject, in the active voice: "it
  /// amassed", "he has designated" (auxiliaries may come between), not "he was killed".
  func isActiveSubject(_ span: ClosedRange<Int>, of verb: Int, _ words: SentenceWords) -> Bool {
    guard verb > span.upperBound, verb - span.upperBound <= 3 else { return false }
    let between = words.words[
      Range.positions(from: span.upperBound + 1, upTo: verb, in: words.words.count)
    ].map(\.lower)
    return between.allSatisfy { Lexicon.verbGroupWords.contains($0) || $0.hasSuffix("ly") }
      && !between.contains(where: Lexicon.beForms.contains)
  }
}
