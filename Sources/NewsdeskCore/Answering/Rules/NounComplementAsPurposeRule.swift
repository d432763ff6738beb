/// "Why did Halvorsen scrap its plan?" over "… scrapped its plan to buy Kjeld Line, saying
/// the price was too high": an infinitive that completes a noun ("plan to buy …", hung from
/// the noun by `InfinitiveComplementRepair` or the parser) says what the plan was, not why
/// anything was done. A purpose infinitive hangs from the verb, and is left alone.
struct NounComplementAsPurposeRule: AnswerRule {
  let name = "nounComplementAsPurpose"
  let doc = "For why-questions, an infinitive that completes a noun (\"its plan to buy X\")."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.type == .reason, let parsed = sentence.parsed else { return 1 }
    let tokens = parsed.sentence.tokens
    let completesNoun = parsed.tops(of: parsed.tokens(of: candidate.span)).contains { top in
      guard tokens[top].coarseTag == "VERB", tokens[top].relation == "acl",
        let noun = tokens[top].head, tokens[noun].coarseTag == "NOUN",
        // "closed the plant to cut costs" may be hung from "plant": only a noun that takes
        // an infinitive of its own is completed by one.
        Lexicon.infinitiveNouns.contains(tokens[noun].lemma.lowercased())
      else { return false }
      return parsed.sentence.dependents(of: top, "mark").contains {
        tokens[$0].text.lowercased() == "to"
      }
    }
    return completesNoun ? AnswerWeights.nounComplementAsPurposeFactor.value : 1
  }
}
