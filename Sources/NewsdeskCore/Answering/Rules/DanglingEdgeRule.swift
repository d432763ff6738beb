/// A candidate should be one phrase of the parse, whole: a span whose first or last word
/// modifies or introduces a word beyond it has cut a phrase in two ("New South Wales and a
/// western" of "… and a western district", "began to shrink in light of" of "in light of the
/// war", "taxation and the Gini" of "the Gini index"). Only the edges are read, and only
/// for the relations that bind a word into its head's phrase: a parser that misreads the
/// middle of a name or a participle ("arranged marriages" as a verb and its subject) does
/// not mark a whole phrase down.
struct DanglingEdgeRule: AnswerRule {
  let name = "danglingEdge"
  let doc = "A span whose first or last word belongs to a phrase beyond it."
  let scales = ScoredPart.shape

  /// Relations that bind a word into its head's phrase: determiners, modifiers, parts of a
  /// name, prepositions and markers.
  private static let binding = [
    "det", "amod", "compound", "nummod", "case", "mark", "cc", "nmod:poss", "flat", "aux",
    "cop", "fixed",
  ]

  /// Types answered by a figure or a date, and quotes (what was said, whatever its shape).
  private static let figureTypes: Set<AnswerType> = [
    .quote, .date, .time, .duration, .number, .quantity, .money, .percent,
  ]

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    // A quote is what was said, whatever its shape; a pronoun stands for its name; a
    // figure's edges are its number and unit, which the figure readers know better than the
    // parser ("2 minutes" read as a modifier of the noun after it).
    guard let parsed = sentence.parsed, candidate.mention == nil,
      !Self.figureTypes.contains(sentence.type)
    else { return 1 }
    let words = sentence.words.words
    // A name the parser splits ("Ye Zhiping", "Destiny Fulfilled") is still one name.
    if candidate.span.allSatisfy({ words[$0].isCapitalized }) { return 1 }
    let all = parsed.sentence.tokens
    let tokens = parsed.tokens(of: candidate.span).filter { all[$0].coarseTag != "PUNCT" }
    guard let first = tokens.first, let last = tokens.last, first != last else { return 1 }
    func binds(_ token: Int) -> Bool {
      Self.binding.contains { all[token].relation.isRelation($0) }
    }
    let openAtEnd = all[last].head.map { $0 > last } == true && binds(last)
    let openAtStart = all[first].head.map { $0 < first } == true && binds(first)
    return openAtEnd || openAtStart ? AnswerWeights.danglingEdgeFactor.value : 1
  }
}
