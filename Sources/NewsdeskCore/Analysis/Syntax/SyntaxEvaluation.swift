/// Accuracy on a treebank with gold tokens and predicted tags, the way the CoNLL shared tasks
/// count it: every word, punctuation included.
public struct SyntaxEvaluation: Sendable {
  public var words = 0
  public var coarseCorrect = 0
  public var fineCorrect = 0
  public var headCorrect = 0
  public var labelledCorrect = 0

  public var coarseAccuracy: Double { percent(coarseCorrect) }
  public var fineAccuracy: Double { percent(fineCorrect) }
  public var unlabelledAttachment: Double { percent(headCorrect) }
  public var labelledAttachment: Double { percent(labelledCorrect) }

  public init() {}

  /// Scores `model` on `sentences` (their gold heads and tags are the key).
  public static func measure(
    _ model: SyntaxModel, on sentences: [CoNLLUSentence], lexicon: WordNet?
  ) -> SyntaxEvaluation {
    var result = SyntaxEvaluation()
    for sentence in sentences {
      let analysis = model.analyse(sentence.words.map(\.form), lexicon: lexicon)
      result.add(analysis, gold: sentence)
    }
    return result
  }

  public mutating func add(_ analysis: SyntacticAnalysis, gold: CoNLLUSentence) {
    for (index, word) in gold.words.enumerated() {
      words += 1
      if analysis.coarseTags[index] == word.coarseTag { coarseCorrect += 1 }
      if analysis.fineTags[index] == word.fineTag { fineCorrect += 1 }
      let head = analysis.heads[index] + 1
      if head == word.head {
        headCorrect += 1
        if analysis.relations[index] == word.relation { labelledCorrect += 1 }
      }
    }
  }

  private func percent(_ count: Int) -> Double {
    words == 0 ? 0 : Double(count) * 100 / Double(words)
  }
}
