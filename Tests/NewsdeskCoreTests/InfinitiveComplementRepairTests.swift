import Testing

@testable import NewsdeskCore

/// An infinitive after a noun that takes one ("its plan to buy …") hangs from the noun, not
/// from the verb as a purpose; a purpose after another noun stays where it is.
@Suite struct InfinitiveComplementRepairTests {
  static func token(_ text: String, _ tag: String, _ head: Int?, _ relation: String)
    -> AnnotatedSentence.Token
  {
    AnnotatedSentence.Token(
      text: text, utf8Range: 0..<0, coarseTag: tag, fineTag: tag == "VERB" ? "VB" : "NN",
      lemma: text.lowercased(), head: head, relation: relation)
  }

  static func tree(noun: String) -> [AnnotatedSentence.Token] {
    [
      token("Halvorsen", "PROPN", 1, "nsubj"), token("scrapped", "VERB", nil, "root"),
      token("its", "PRON", 3, "nmod:poss"), token(noun, "NOUN", 1, "obj"),
      token("to", "PART", 5, "mark"), token("buy", "VERB", 1, "advcl"),
      token("Kjeld", "PROPN", 5, "obj"),
    ]
  }

  @Test func anInfinitiveAfterAPlanCompletesThePlan() {
    let mended = InfinitiveComplementRepair().repaired(Self.tree(noun: "plan"))
    #expect(mended[5].head == 3 && mended[5].relation == "acl")
  }

  @Test func aPurposeAfterAnotherNounStays() {
    let tree = Self.tree(noun: "ships")
    #expect(InfinitiveComplementRepair().repaired(tree) == tree)
  }
}
