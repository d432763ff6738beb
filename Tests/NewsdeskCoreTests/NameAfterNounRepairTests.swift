import Testing

@testable import NewsdeskCore

/// A name read as a second subject of a later verb, right after a common noun of another
/// clause, names that noun; a verb's only subject, or a name after no noun, stays.
@Suite struct NameAfterNounRepairTests {
  static let token = InfinitiveComplementRepairTests.token

  // It was bought by the brewer Van Rijn , the firms said .
  static func tree(secondSubject: Bool) -> [AnnotatedSentence.Token] {
    [
      token("It", "PRON", 2, "nsubj:pass"), token("was", "AUX", 2, "aux:pass"),
      token("bought", "VERB", nil, "root"), token("by", "ADP", 5, "case"),
      token("the", "DET", 5, "det"), token("brewer", "NOUN", 2, "obl:agent"),
      token("Van", "PROPN", 11, "nsubj"), token("Rijn", "PROPN", 6, "flat"),
      token(",", "PUNCT", 11, "punct"), token("the", "DET", 10, "det"),
      token("firms", "NOUN", 11, secondSubject ? "nsubj" : "obj"),
      token("said", "VERB", 2, "parataxis"), token(".", "PUNCT", 2, "punct"),
    ]
  }

  @Test func aSecondSubjectRightAfterANounNamesTheNoun() {
    let mended = NameAfterNounRepair().repaired(Self.tree(secondSubject: true))
    #expect(mended[6].head == 5 && mended[6].relation == "appos")
    #expect(mended[10].head == 11 && mended[10].relation == "nsubj")
  }

  @Test func aVerbsOnlySubjectStays() {
    let tree = Self.tree(secondSubject: false)
    #expect(NameAfterNounRepair().repaired(tree) == tree)
  }
}
