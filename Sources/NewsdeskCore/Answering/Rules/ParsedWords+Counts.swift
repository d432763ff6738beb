/// What a number counts, read off the parse: the noun it is the numeric modifier of
/// ("five people", "6.5 million animals" through the multiplier), or the noun an ordinal
/// modifies ("his 2,838th day").
extension ParsedWords {
  /// A number token: tagged a number, or an ordinal written in digits ("2,838th").
  func isCount(_ token: Int) -> Bool {
    let word = sentence.tokens[token]
    return word.coarseTag == "NUM" || word.text.first?.isNumber == true
  }

  /// The noun the number at `token` counts; nil when it counts nothing named (a number
  /// standing alone, "killed five").
  func countedNoun(of token: Int) -> Int? {
    let tokens = sentence.tokens
    var current = token
    // "6.5 million animals": the number modifies the multiplier, which modifies the noun.
    for _ in 0..<3 {
      guard ["nummod", "compound", "amod", "nmod:npmod"].contains(tokens[current].relation),
        let head = tokens[current].head
      else { break }
      if tokens[head].coarseTag == "NOUN" || tokens[head].coarseTag == "PROPN" {
        if FigureParse.multipliers.contains(tokens[head].text.lowercased()) {
          current = head
          continue
        }
        return head
      }
      if tokens[head].coarseTag != "NUM" { return nil }
      current = head
    }
    return nil
  }
}
