/// Names that carry the kind of thing the question asks for.
extension ShortAnswerExtractor {
  /// A name that opens or closes with the question's head noun, written as part of the name:
  /// "which battle …?" → "Battle of Dalan Balzhut", "on what lake …?" → "Lake George",
  /// "what department …?" → "Department of State Affairs", "what dynasty …?" → "Jin dynasty".
  /// The head word is part of the
  /// name (a reporter writes "Lake George", not "George"), so the span keeps it; nil when
  /// the span is not such a name, or names nothing beyond the question's own words.
  func nameOfAskedKind(
    _ span: ClosedRange<Int>, _ words: SentenceWords, headTerm: String?, repeats: [Bool],
    analyzer: inout TermAnalyzer
  ) -> ClosedRange<Int>? {
    guard let headTerm, span.count >= 2 else { return nil }
    let list = words.words
    let edges = [span.lowerBound, span.upperBound]
    // "Jin dynasty", "Acasta gneiss": the kind may follow the name in lower case; inside a
    // name with small words it may stand anywhere ("the Religious Coalition for …").
    func isKind(_ position: Int) -> Bool {
      (list[position].isCapitalized || position == span.upperBound)
        && analyzer.term(for: list[position].lower) == headTerm
    }
    let inside = span.filter { list[$0].isCapitalized && isKind($0) }
    guard let headPosition = edges.first(where: isKind) ?? inside.first else { return nil }
    let connectors = Self.nameConnectors.union(Self.namePhraseConnectors)
    let rest = span.filter { $0 != headPosition }
    guard
      rest.allSatisfy({ list[$0].isCapitalized || connectors.contains(list[$0].lower) }),
      rest.contains(where: { list[$0].isCapitalized && !repeats[$0] })
    else { return nil }
    return span
  }
}
