/// Mends an infinitive that completes a noun read as the verb's purpose: "scrapped its plan
/// to buy Kjeld Line" with "to buy" hung from "scrapped" as an adverbial clause, as if the
/// company scrapped something in order to buy. After a noun that takes an infinitive of its
/// own (`Lexicon.infinitiveNouns`: a plan, a bid, an attempt to …), with nothing between
/// them, the infinitive says what the plan is: it hangs from the noun as its clause, and a
/// why-question no longer finds a purpose in it.
struct InfinitiveComplementRepair {
  func repaired(_ tokens: [AnnotatedSentence.Token]) -> [AnnotatedSentence.Token] {
    var mended = tokens
    for verb in tokens.indices where tokens[verb].coarseTag == "VERB" {
      guard tokens[verb].relation == "advcl", let head = tokens[verb].head,
        verb >= 2, tokens[verb - 1].text.lowercased() == "to",
        tokens[verb - 1].relation == "mark"
      else { continue }
      let noun = verb - 2
      guard tokens[noun].coarseTag == "NOUN", tokens[noun].head == head,
        Lexicon.infinitiveNouns.contains(tokens[noun].lemma.lowercased())
      else { continue }
      mended[verb].head = noun
      mended[verb].relation = "acl"
    }
    return TitledNameRepair.isTree(mended) ? mended : tokens
  }
}
