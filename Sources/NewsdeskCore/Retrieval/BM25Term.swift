/// What one word adds to a text's BM25 score. Every scoring pass (exhaustive, pruned, the
/// once-tables, the pruning bounds) reads this one formula, so their scores agree bit for bit.
enum BM25Term {
  /// A word of inverse document frequency `idf` found `frequency` times in a text whose
  /// length norm (k1 × (1 − b + b × length / average)) is `norm`.
  @inline(__always)
  static func score(idf: Double, frequency: Double, k1: Double, norm: Double) -> Double {
    idf * frequency * (k1 + 1) / (frequency + norm)
  }

  /// A word's score in a sentence: from the word's table when it occurs once in a sentence
  /// of a tabled length (most postings), else the formula.
  @inline(__always)
  static func inSentence(
    count: UInt8, length: Int, once: UnsafeBufferPointer<Double>, idf: Double, k1: Double,
    norms: UnsafeBufferPointer<Double>
  ) -> Double {
    if count == 1, length < once.count { return once[length] }
    return score(idf: idf, frequency: Double(count), k1: k1, norm: norms[length])
  }
}
