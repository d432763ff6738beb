/// A series of names as the sentence writes it ("the Pretenders, Percy Sledge, the O'Jays and
/// Buddy Guy"), read from the commas and the conjunction rather than the arcs. In long
/// sentences the parser often hangs such a list's members from unrelated words; the written
/// series is the more reliable reading when the arcs split it.
extension CoordinationReader {
  /// A run of names joined by commas and a final "and" or "or": each name's tokens and head.
  struct NameSeries {
    var names: [ClosedRange<Int>]
    var conjunction: String
    var heads: [Int] { names.map(\.upperBound) }
  }

  /// The fewest names a written series needs before it overrides the parse: two names with
  /// "and" are as often two clauses' words as one list.
  static let fewestSeriesNames = 3

  /// Replaces the coordinations that split a written series of names with the series.
  func withNameSeries(_ coordinations: [Coordination]) -> [Coordination] {
    var result = coordinations
    for series in nameSeries() {
      let covered = coordinations.contains { coordination in
        series.heads.allSatisfy { head in coordination.ranges.contains { $0.contains(head) } }
      }
      guard !covered else { continue }
      let taken = Set(series.names.flatMap { $0 })
      result = result.compactMap { coordination in
        let kept = zip(coordination.conjuncts, coordination.ranges).filter {
          !taken.contains($0.0)
        }
        guard kept.count >= 2 else { return nil }
        var pruned = coordination
        pruned.conjuncts = kept.map(\.0)
        pruned.ranges = kept.map(\.1)
        return pruned
      }
      result.append(
        Coordination(
          conjuncts: series.heads, conjunction: series.conjunction, ranges: series.names))
    }
    return result.sorted { ($0.conjuncts.first ?? 0) < ($1.conjuncts.first ?? 0) }
  }

  /// Every written series of at least `fewestSeriesNames` names in the sentence.
  func nameSeries() -> [NameSeries] {
    let tokens = sentence.tokens
    var result: [NameSeries] = []
    var index = 0
    while index < tokens.count {
      guard let first = name(startingAt: index) else {
        index += 1
        continue
      }
      var names = [first]
      var conjunction: String?
      var next = first.upperBound + 1
      while conjunction == nil, next < tokens.count {
        var cursor = next
        var sawComma = false
        if tokens[cursor].text == "," {
          sawComma = true
          cursor += 1
        }
        var joiner: String?
        if cursor < tokens.count, ["and", "or"].contains(tokens[cursor].text.lowercased()) {
          joiner = tokens[cursor].text.lowercased()
          cursor += 1
        }
        guard sawComma || joiner != nil, let following = name(startingAt: cursor) else { break }
        names.append(following)
        conjunction = joiner
        next = following.upperBound + 1
      }
      if let conjunction, names.count >= Self.fewestSeriesNames {
        result.append(NameSeries(names: names, conjunction: conjunction))
      }
      index = max(index + 1, names.last!.upperBound + 1)
    }
    return result
  }

  /// The name starting at `start`: an optional "the", then capitalised words that are not
  /// the sentence's first and not punctuation ("Fat Joe", "the O'Jays").
  private func name(startingAt start: Int) -> ClosedRange<Int>? {
    let tokens = sentence.tokens
    var index = start
    if index < tokens.count, tokens[index].text.lowercased() == "the" { index += 1 }
    let firstWord = index
    while index < tokens.count, index > 0, tokens[index].coarseTag != "PUNCT",
      tokens[index].text.first?.isUppercase == true
    {
      index += 1
    }
    guard index > firstWord, tokens[index - 1].coarseTag == "PROPN" else { return nil }
    return start...(index - 1)
  }
}
