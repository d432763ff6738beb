/// "What did Hale criticise the referee for?" over "… criticised the referee, Owen Blake, for
/// allowing the goal to stand": a name in apposition to a noun the question already gives is
/// that given thing under another name, not what the question asks, which stands after the
/// preposition the question ends with. A question that asks
/// who or what the noun is ("who was the referee?") is left alone: there the apposition is
/// the answer.
struct RenamesGivenArgumentRule: AnswerRule {
  let name = "renamesGivenArgument"
  let doc = "A span in apposition to a noun the question names as given, not as asked."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    // Only where the question says where its answer stands, after the preposition it ends
    // with: elsewhere ("which of his mentors …?", "what does X mean?") a renaming phrase is
    // as often the very thing asked.
    guard let parsed = sentence.parsed, sentence.context.strandedPreposition != nil,
      !Self.asksWhatTheNounIs(sentence.context.analysis)
    else { return 1 }
    let tokens = parsed.sentence.tokens
    let given = sentence.context.questionWords
    let renames = parsed.tops(of: parsed.tokens(of: candidate.span)).contains { top in
      guard tokens[top].relation == "appos", let noun = tokens[top].head, noun < top else {
        return false
      }
      return given.contains(tokens[noun].lemma.lowercased())
        || given.contains(tokens[noun].text.lowercased())
    }
    return renames ? AnswerWeights.renamesGivenArgumentFactor.value : 1
  }

  /// "Who was the referee?", "what is the company's name?": a wh-word and a form of "be"
  /// ask for what the noun is.
  static func asksWhatTheNounIs(_ analysis: QuestionAnalysis) -> Bool {
    let words = WordTokenizer.words(in: analysis.text)
    return words.count >= 2 && Lexicon.copulas.contains(words[1])
  }
}
