/// Words written as one: the tokenizer splits "New York–based", "non-Mongol" and
/// "Tayichi'ud" at the hyphen, dash or apostrophe, and a span that starts or ends at such a
/// joint holds half a word ("based filmmakers", "Mongol physicians", "Tayichi"). A span is
/// widened over the joint to the whole written word, and over the name the word belongs
/// to ("New York–based").
extension ShortAnswerExtractor {
  /// The span widened over words joined to its edges with no space between; a word that
  /// repeats the question stays out, as trimming left it out.
  func widenedOverJoinedWords(
    _ span: ClosedRange<Int>, _ words: SentenceWords, repeats: [Bool]
  ) -> ClosedRange<Int> {
    var first = span.lowerBound
    var last = span.upperBound
    while first > 0, words.joinsWords(at: first), !repeats[first - 1] {
      first -= 1
    }
    // A name stays a name: "London-based" describes something else, and "London" is the
    // place; "Anglo-American" and "twin-cylinder" are one word.
    while last + 1 < words.words.count, words.joinsWords(at: last + 1), !repeats[last + 1],
      !words.words[last].isCapitalized || words.words[last + 1].isCapitalized
    {
      last += 1
    }
    // "New York–based": the joined word is the end of a name, and the name comes whole.
    if first < span.lowerBound, words.words[first].isCapitalized,
      let name = recognized(words).names.first(where: { $0.contains(first) }),
      !name.contains(where: { repeats[$0] })
    {
      first = min(first, name.lowerBound)
    }
    return first...last
  }
}

extension SentenceWords {
  /// Whether word `position` and the one before are one written word: letters on both
  /// sides of a bare hyphen or en dash ("non-Mongol", "York–based"), or of an apostrophe
  /// that starts no clitic ("Tayichi'ud", not "Ecuador's" or "don't"). Figures joined by a
  /// dash are a range ("1807–55"), read by the date and number spans.
  func joinsWords(at position: Int) -> Bool {
    guard position > 0, position < words.count else { return false }
    let start = words[position].utf8Range.lowerBound
    let previousEnd = words[position - 1].utf8Range.upperBound
    guard start > previousEnd else { return false }
    let joint = String(decoding: bytes[previousEnd..<start], as: UTF8.self)
    let isLetters = { (word: Word) in word.surface.allSatisfy(\.isLetter) }
    guard isLetters(words[position]), isLetters(words[position - 1]) else { return false }
    if ["-", "–", "‐"].contains(joint) { return true }
    return ["'", "’"].contains(joint) && !Lexicon.contractionPieces.contains(words[position].lower)
  }
}
