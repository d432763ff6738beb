/// "How many users …?" → not "20%" of a company: a share or a sum of money is no count.
/// A share of the asked thing itself says how many of them ("80% of the buildings" for "how
/// many of the buildings collapsed?"), and money answers a count of money ("how many
/// millions of dollars", "how many fees").
struct ShareForCountRule: AnswerRule {
  let name = "shareForCount"
  let doc =
    "For how-many questions, a percentage (not of the asked thing) or an amount of money is no count."
  let scales = ScoredPart.typeFit

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.context.analysis.form == .howMany else { return 1 }
    let words = sentence.words
    let list = words.words
    let first = list[candidate.span.lowerBound]
    let last = list[candidate.span.upperBound]
    let next = candidate.span.upperBound + 1
    let percent =
      words.punctuation(after: candidate.span.upperBound) == "%"
      || ["percent", "cent"].contains(last.lower)
      || (next < list.count && ["percent", "per"].contains(list[next].lower))
    let currency =
      words.punctuation(before: candidate.span.lowerBound).map { $0.isCurrencySymbol } ?? false
    guard first.isNumber || ShortAnswerExtractor.numberWords.contains(first.lower),
      percent || currency
    else { return 1 }
    let asked = AskedCount(sentence.context.analysis, lexicon: sentence.lexicon)?.nouns ?? []
    if currency,
      asked.contains(where: {
        Self.countsMoney(
          $0, questionWords: sentence.context.questionWords, lexicon: sentence.lexicon)
      })
    {
      return 1
    }
    if percent,
      asked.contains(where: {
        Self.isShare(of: $0, after: candidate.span.upperBound, list, &analyzer)
      })
    {
      return 1
    }
    return AnswerWeights.shareForCountFactor.value
  }

  /// "How many millions of dollars", "how many fees": the asked thing is money.
  static func countsMoney(_ asked: String, questionWords: Set<String>, lexicon: Lexicon)
    -> Bool
  {
    if FigureParse.multipliers.contains(asked)
      || FigureParse.multipliers.contains(
        String(asked.dropLast()))
    {
      return true
    }
    if !questionWords.isDisjoint(with: ["dollars", "pounds", "euros", "yen", "yuan"]) {
      return true
    }
    return lexicon.wordNet?.nounClass(
      lexicon.wordNet?.lemmas(asked, pos: .noun).first ?? asked) == "money"
  }

  /// "80% of the buildings": a share whose "of" names the asked thing, within a few words.
  static func isShare(
    of asked: String, after end: Int, _ list: [SentenceWords.Word], _ analyzer: inout TermAnalyzer
  ) -> Bool {
    guard let askedTerm = analyzer.term(for: asked) else { return false }
    var position = end + 1
    while position < list.count, position <= end + 2, list[position].lower != "of" {
      position += 1
    }
    guard position < list.count, list[position].lower == "of" else { return false }
    let window = (position + 1)..<min(list.count, position + 4)
    return window.contains { analyzer.term(for: list[$0].lower) == askedTerm }
  }
}
