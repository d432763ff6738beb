/// "Which general did the khan send?" over "… under his younger general, Jebe, known as …":
/// the parse sets the name beside the noun the question asks about, by apposition ("his
/// general, Jebe"; "Godiva, one of the largest chocolatiers"; "Bellevue Hospital, the oldest
/// public hospital"), as the name a common noun introduces ("the racing team Williams"), or
/// as the name the noun is of ("the borough of Queens").
/// The surface apposition rule reads only the word before the span and a few words after it;
/// the parse finds the pair however the phrases between are written (quotation marks,
/// adjectives, "one of the …").
struct AppositiveOfAskedNounRule: AnswerRule {
  let name = "appositiveOfAskedNoun"
  let doc =
    "A phrase the parse sets in apposition to the noun the question asks about (\"his general, Jebe\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    // A bracketed appositive is a code or a gloss ("a humid subtropical climate (Köppen
    // Cfa)"), not the thing named.
    guard let headTerm = sentence.headTerm, let parsed = sentence.parsed,
      !AnswerComposer.genericHeads.contains(sentence.context.analysis.headNoun ?? ""),
      sentence.words.punctuation(before: candidate.span.lowerBound) != "("
    else { return 1 }
    let tokens = parsed.sentence.tokens
    let inside = parsed.tokens(of: candidate.span)
    // The phrase names the thing itself; one that holds the noun asked is its own description.
    let tops = parsed.tops(of: inside).filter {
      ["NOUN", "PROPN", "NUM"].contains(tokens[$0].coarseTag)
    }
    guard tops.count == 1, let top = tops.first else { return 1 }
    let relatives = sentence.context.analysis.relatives
    func isAskedNoun(_ token: Int) -> Bool {
      guard !inside.contains(token), tokens[token].coarseTag == "NOUN" else { return false }
      return [tokens[token].lemma.lowercased(), tokens[token].text.lowercased()].contains { form in
        guard let term = analyzer.term(for: form) else { return false }
        return term == headTerm
          || relatives.credit(of: headTerm, in: [term]) >= Self.closestRelativeCredit
      }
    }
    // The surface rule has seen this pair already.
    guard
      sentence.extractor.appositionFactor(
        candidate.span, sentence.words, headTerm: headTerm, analyzer: &analyzer) == 1
    else { return 1 }
    let relation = tokens[top].relation
    // "his younger general, Jebe": the phrase is the noun's appositive.
    if relation.isRelation("appos"), let noun = tokens[top].head, isAskedNoun(noun) {
      return AnswerWeights.appositiveOfAskedNounBoost.value
    }
    // "Bellevue Hospital, the oldest public hospital"; "Godiva, one of the largest
    // chocolatiers"; "the racing team Williams".
    for dependent in parsed.sentence.dependents(of: top, "appos") {
      if isAskedNoun(dependent)
        || parsed.sentence.dependents(of: dependent, "nmod").contains(where: isAskedNoun)
      {
        return AnswerWeights.appositiveOfAskedNounBoost.value
      }
    }
    if tokens[top].coarseTag == "PROPN",
      parsed.sentence.dependents(of: top, "compound").contains(where: isAskedNoun)
    {
      return AnswerWeights.appositiveOfAskedNounBoost.value
    }
    // "the borough of Queens", "the city of Quebec": the name the asked noun is of.
    if tokens[top].coarseTag == "PROPN", relation.isRelation("nmod"),
      let noun = tokens[top].head, isAskedNoun(noun),
      parsed.sentence.dependents(of: top, "case").contains(where: {
        tokens[$0].lemma.lowercased() == "of"
      })
    {
      return AnswerWeights.appositiveOfAskedNounBoost.value
    }
    return 1
  }

  /// A relative of the noun asked counts from a synonym up (`TermRelatives.credit`): a more
  /// general noun ("officer" for "general") says too little of the thing.
  static let closestRelativeCredit = TermRelatives.credit(.synonym)
}
