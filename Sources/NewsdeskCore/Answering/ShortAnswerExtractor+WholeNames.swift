/// A name that begins with words of the question but names something else: "Destiny
/// Fulfilled" for "what was Destiny's Child's final album?", "New York Fashion Week" for
/// "what fashion event occurs in New York?". Trimming the repeated words would leave half a
/// name ("Fulfilled"); the whole name is the answer.
extension ShortAnswerExtractor {
  /// The span less its leading determiners, kept whole, when it is such a name; nil when the
  /// usual trimming applies.
  ///
  /// Only for what/which questions: for a person the question's name at the front is most
  /// likely the same person ("Beyoncé Knowles" for a question about Beyoncé). A name whose
  /// last word the question repeats ("Marco Rubio" for "Rubio") is the question's own.
  func wholeNameNamingMore(_ span: ClosedRange<Int>, in sentence: SentenceFacts) -> TrimmedSpan? {
    guard [.other, .description].contains(sentence.type) else { return nil }
    let words = sentence.words.words
    var first = span.lowerBound
    while first <= span.upperBound, Lexicon.determiners.contains(words[first].lower) {
      first += 1
    }
    let last = span.upperBound
    guard last > first, sentence.repeats[first], !sentence.repeats[last],
      words[first].isCapitalized, words[last].isCapitalized || words[last].isNumber
    else { return nil }
    let isName = (first...last).allSatisfy { position in
      words[position].isCapitalized || words[position].isNumber
        || (Self.nameConnectors.contains(words[position].lower) && position < last)
    }
    // A name cut off by punctuation inside is two names ("Destiny's Child, Fulfilled").
    let unbroken = (first..<last).allSatisfy { position in
      sentence.words.punctuation(after: position).map { ["'", "’", "-"].contains($0) } ?? true
    }
    guard isName, unbroken else { return nil }
    return TrimmedSpan(span: first...last, lostHead: nil, cutName: false)
  }
}
