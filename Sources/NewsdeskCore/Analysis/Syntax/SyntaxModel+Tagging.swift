/// Tagging: two greedy left-to-right passes of an averaged perceptron. The second pass sees
/// the first pass's tags of the next two words, which settles ambiguities a left-only tagger
/// guesses at ("that" before a noun or a verb, "-ing" words before a noun).
extension SyntaxModel {
  /// Tags, as indices into `coarseTags` and `fineTags`, for every token.
  func tag(_ atoms: [TokenAtoms]) -> (coarse: [Int], fine: [Int]) {
    let first = Self.tagPass(
      taggerFirstPass, atoms: atoms, coarseCount: coarseTags.count, rightContext: nil)
    return Self.tagPass(
      taggerSecondPass, atoms: atoms, coarseCount: coarseTags.count, rightContext: first.fine)
  }

  /// One pass: each word's best coarse and fine tag given the tags chosen to its left (and
  /// `rightContext`'s to its right, in the second pass).
  static func tagPass(
    _ table: QuantizedWeightTable, atoms: [TokenAtoms], coarseCount: Int, rightContext: [Int]?
  ) -> (coarse: [Int], fine: [Int]) {
    let classCount = table.classCount
    var scores = [Float](repeating: 0, count: classCount)
    var features: [UInt64] = []
    features.reserveCapacity(64)
    var coarse = Array(repeating: 0, count: atoms.count)
    var fine = Array(repeating: 0, count: atoms.count)
    for index in atoms.indices {
      let history = TaggerFeatures.History(
        coarse: coarse, fine: fine, at: index, rightContext: rightContext)
      TaggerFeatures.extract(atoms, at: index, history: history, into: &features)
      scores.withUnsafeMutableBufferPointer { buffer in
        buffer.update(repeating: 0)
        for feature in features { table.addWeights(of: feature, to: buffer.baseAddress!) }
      }
      coarse[index] = best(scores, in: 0..<coarseCount)
      fine[index] = best(scores, in: coarseCount..<classCount) - coarseCount
    }
    return (coarse, fine)
  }

  static func best(_ scores: [Float], in range: Range<Int>) -> Int {
    var best = range.lowerBound
    for index in range where scores[index] > scores[best] { best = index }
    return best
  }
}

extension TaggerFeatures.History {
  /// The history at `index` given the tags chosen so far.
  init(coarse: [Int], fine: [Int], at index: Int, rightContext: [Int]?) {
    self.init()
    if index >= 1 {
      previousFine = fine[index - 1]
      previousCoarse = coarse[index - 1]
    }
    if index >= 2 { secondPreviousFine = fine[index - 2] }
    if let rightContext {
      nextFine = index + 1 < rightContext.count ? rightContext[index + 1] : -1
      secondNextFine = index + 2 < rightContext.count ? rightContext[index + 2] : -1
    }
  }
}
