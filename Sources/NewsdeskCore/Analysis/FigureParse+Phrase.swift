/// A figure's words made whole from the parse: no word of the next phrase at its end, and
/// the unit it counts after it.
extension FigureParse {
  /// The figure without a word of another phrase at its end: "$105 billion in" is
  /// "$105 billion" when the "in" introduces what follows. Nil when nothing dangles.
  func withoutDanglingWord(_ range: Range<Int>) -> Range<Int>? {
    let inside = sentence.tokens.indices.filter {
      sentence.tokens[$0].utf8Range.overlaps(range)
    }
    var kept = inside
    while kept.count > 1, let last = kept.last,
      ["ADP", "CCONJ", "DET", "SCONJ"].contains(sentence.tokens[last].coarseTag)
    {
      kept.removeLast()
    }
    guard kept.count < inside.count, let last = kept.last else { return nil }
    let upper = min(range.upperBound, sentence.tokens[last].utf8Range.upperBound)
    return range.lowerBound..<upper
  }

  /// A count with the unit it counts when that follows it and the question does not name it
  /// ("50 yards", "six months", "300m crowns", "0.25 percentage points": the unit's own
  /// compound words may stand between). Nil when no such unit follows.
  func withUnit(_ range: Range<Int>, questionWords: Set<String>) -> Range<Int>? {
    guard
      let last = sentence.tokens.indices.last(where: {
        sentence.tokens[$0].utf8Range.overlaps(range)
      }),
      ["nummod", "compound"].contains(sentence.tokens[last].relation),
      let unit = sentence.tokens[last].head, unit > last,
      (last + 1..<unit).allSatisfy({
        sentence.tokens[$0].head == unit && sentence.tokens[$0].relation == "compound"
      })
    else { return nil }
    let token = sentence.tokens[unit]
    let gap = sentence.tokens[last + 1].utf8Range.lowerBound - range.upperBound
    guard token.coarseTag == "NOUN", (0...1).contains(gap),
      !questionWords.contains(token.text.lowercased()),
      !questionWords.contains(token.lemma.lowercased()),
      Self.multipliers.contains(sentence.tokens[last].text.lowercased())
        || isUnit(token.lemma.lowercased())
    else { return nil }
    return range.lowerBound..<token.utf8Range.upperBound
  }

  /// A noun a figure is measured in: one whose usual sense is a quantity, a time or money,
  /// or any of whose senses is a unit of measurement or of money ("crowns", whose usual
  /// sense is the monarch's; "points").
  private func isUnit(_ lemma: String) -> Bool {
    guard let wordNet = lexicon.wordNet else { return false }
    if ["quantity", "time", "money"].contains(wordNet.nounClass(lemma)) { return true }
    return Self.unitAncestors.contains { wordNet.noun(lemma, isA: $0, senses: Int.max) }
  }

  /// The synsets every unit descends from: "unit of measurement" and "medium of exchange"
  /// (coins and currencies).
  static let unitAncestors = ["unit_of_measurement.n.01", "medium_of_exchange.n.01"]
}

extension AnnotatedSentence {
  /// The sentence's text over a UTF-8 range.
  func text(utf8 range: Range<Int>) -> String {
    let utf8 = Array(text.utf8)
    let clamped = max(0, range.lowerBound)..<min(utf8.count, range.upperBound)
    return String(decoding: utf8[clamped], as: UTF8.self)
  }
}
