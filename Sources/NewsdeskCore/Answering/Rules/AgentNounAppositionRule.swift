/// "Which company makes Northgate Ale?" over "Halvard Breweries, the family-owned maker of
/// Northgate Ale, …": the apposition after a name calls it the doer of the question's act
/// (the verb's agent noun, "maker", "founder", "owner") of what the question names.
struct AgentNounAppositionRule: AnswerRule {
  let name = "agentNounApposition"
  let doc =
    "For who- and which-organisation questions, a name whose apposition is the doer of the act asked of what it names (\"X, the maker of Y\")."
  let scales = ScoredPart.shape

  /// How many words after the comma may come before the agent noun ("the family-owned
  /// maker": the determiner and its modifiers).
  static let agentNounReach = 5

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.type == .person || sentence.type == .organization,
      let verb = sentence.context.analysis.verb, let wordNet = sentence.lexicon.wordNet
    else { return 1 }
    let words = sentence.words
    let list = words.words
    let comma = candidate.span.upperBound
    guard comma + 3 < list.count, words.punctuation(after: comma) == ",",
      Lexicon.determiners.contains(list[comma + 1].lower)
    else { return 1 }
    var agentTerms: Set<String> = []
    for noun in wordNet.derivations(verb) {
      if let term = analyzer.term(for: noun) { agentTerms.insert(term) }
    }
    var index = comma + 2
    while index + 1 < list.count, index <= comma + 1 + Self.agentNounReach {
      if list[index + 1].lower == "of", let term = analyzer.term(for: list[index].lower),
        agentTerms.contains(term)
      {
        return namesAskedThing(after: index + 1, in: sentence)
          ? AnswerWeights.agentNounAppositionBoost.value : 1
      }
      // The apposition ends at a mark, but a hyphen joins one word ("family-owned").
      if words.punctuation(after: index) != nil, !words.isHyphenJoined(index + 1) { break }
      index += 1
    }
    return 1
  }

  /// Whether the phrase after "of" repeats a word of the question: the doer of the act on
  /// what the question asks about, not on anything else.
  func namesAskedThing(after of: Int, in sentence: SentenceFacts) -> Bool {
    var index = of + 1
    while index < sentence.words.words.count {
      if sentence.repeats[index] { return true }
      if sentence.words.punctuation(after: index) != nil { return false }
      index += 1
    }
    return false
  }
}
