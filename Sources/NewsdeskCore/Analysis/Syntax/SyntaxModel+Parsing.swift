/// Parsing: greedy arc-hybrid transitions chosen by an averaged perceptron, in time linear
/// in the sentence's length.
extension SyntaxModel {
  /// Sentences longer than this are parsed in pieces of this size, each piece's root
  /// attached to the first piece's as `parataxis`: a clear, linear-time fallback for run-on
  /// text (tables, lists) that no treebank sentence resembles.
  static let longestParsedSpan = 300

  /// Each token's head (an index, or -1 for the root) and relation index.
  func parse(_ atoms: [TokenAtoms], fineTags: [Int], coarseTags: [Int]) -> (
    heads: [Int], relations: [Int]
  ) {
    guard atoms.count > Self.longestParsedSpan else {
      return parseSpan(atoms, fineTags: fineTags, coarseTags: coarseTags)
    }
    var heads: [Int] = []
    var relationsFound: [Int] = []
    var firstRoot = -1
    let parataxis = relations.firstIndex(of: "parataxis") ?? rootRelation
    for start in stride(from: 0, to: atoms.count, by: Self.longestParsedSpan) {
      let end = min(start + Self.longestParsedSpan, atoms.count)
      let piece = parseSpan(
        Array(atoms[start..<end]), fineTags: Array(fineTags[start..<end]),
        coarseTags: Array(coarseTags[start..<end]))
      for (offset, head) in piece.heads.enumerated() {
        if head < 0 {
          if firstRoot < 0 {
            firstRoot = start + offset
            heads.append(-1)
            relationsFound.append(piece.relations[offset])
          } else {
            heads.append(firstRoot)
            relationsFound.append(parataxis)
          }
        } else {
          heads.append(start + head)
          relationsFound.append(piece.relations[offset])
        }
      }
    }
    return (heads, relationsFound)
  }

  private func parseSpan(_ atoms: [TokenAtoms], fineTags: [Int], coarseTags: [Int]) -> (
    heads: [Int], relations: [Int]
  ) {
    let count = atoms.count
    guard count > 0 else { return ([], []) }
    var state = ArcHybridState(count: count, rootLabel: rootRelation)
    var scores = [Float](repeating: 0, count: parser.classCount)
    var features: [UInt64] = []
    features.reserveCapacity(128)
    while !state.isTerminal {
      ParserFeatures.extract(
        state, atoms: atoms, tags: fineTags, coarseTags: coarseTags, into: &features)
      scores.withUnsafeMutableBufferPointer { buffer in
        buffer.update(repeating: 0)
        for feature in features { parser.addWeights(of: feature, to: buffer.baseAddress!) }
      }
      var best = -1
      for move in 0..<scores.count where state.isValid(move) {
        if best < 0 || scores[move] > scores[best] { best = move }
      }
      state.apply(best)
    }
    let heads = (0..<count).map { state.heads[$0] == count ? -1 : state.heads[$0] }
    return (heads, Array(state.labels.prefix(count)))
  }
}
