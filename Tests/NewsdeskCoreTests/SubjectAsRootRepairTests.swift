import Testing

@testable import NewsdeskCore

/// A subject read as the sentence's root ("Velmora's chief executive, Anders Holm,
/// apologised …"), mended so that the verb is the root and the role its subject, renamed by
/// the name between the commas; sentences read rightly are left alone.
@Suite struct SubjectAsRootRepairTests {
  static func token(
    _ text: String, _ tag: String, _ head: Int?, _ relation: String, fine: String? = nil
  ) -> AnnotatedSentence.Token {
    let defaultFine =
      switch tag {
      case "PART": "POS"
      case "PROPN": "NNP"
      case "VERB": "VBD"
      case "PUNCT": ","
      default: "NN"
      }
    return AnnotatedSentence.Token(
      text: text, utf8Range: 0..<0, coarseTag: tag, fineTag: fine ?? defaultFine,
      lemma: text.lowercased(), head: head, relation: relation)
  }

  /// The misreading the tagger makes: "executive" an adjective and the root, the verb its
  /// parataxis, the name an apposition of the verb.
  static let misread = [
    token("Velmora", "PROPN", 3, "nmod:poss"), token("'s", "PART", 0, "case"),
    token("chief", "NOUN", 3, "amod"), token("executive", "ADJ", nil, "root"),
    token(",", "PUNCT", 8, "punct"), token("Anders", "PROPN", 8, "appos"),
    token("Holm", "PROPN", 5, "flat"), token(",", "PUNCT", 8, "punct"),
    token("apologised", "VERB", 3, "parataxis", fine: "VBN"),
    token("and", "CCONJ", 10, "cc"), token("said", "VERB", 8, "conj"),
    token(".", "PUNCT", 3, "punct", fine: "."),
  ]

  @Test func roleBeforeAnApposedNameBecomesTheVerbsSubject() {
    let mended = SubjectAsRootRepair().repaired(Self.misread)
    #expect(mended[8].head == nil && mended[8].relation == "root")
    #expect(mended[3].head == 8 && mended[3].relation == "nsubj")
    #expect(mended[3].coarseTag == "NOUN")
    #expect(mended[5].head == 3 && mended[5].relation == "appos")
    #expect(mended[11].head == 8)
    #expect(mended[10].head == 8)
  }

  /// The reported clause's speaker is then found by every reader of the tree.
  @Test func mendedTreeGivesTheSaidVerbASubject() {
    let sentence = AnnotatedSentence(
      text: "", tokens: SubjectAsRootRepair().repaired(Self.misread))
    let said = sentence.predicates.first { $0.head == 10 }
    #expect((said?.subject ?? said?.sharedSubject) == 3)
  }

  /// A verb with a subject of its own, or a phrase between the commas that is a clause,
  /// is no misread subject.
  @Test(arguments: [
    // "The problem, he said, was …": the verb has its own subject.
    [
      token("problem", "NOUN", nil, "root"), token(",", "PUNCT", 3, "punct"),
      token("he", "PRON", 3, "nsubj"), token("said", "VERB", 0, "parataxis"),
    ],
    // "Velmora's chief executive, appointed in May, said": a participle, not a name.
    [
      token("executive", "NOUN", nil, "root"), token(",", "PUNCT", 2, "punct"),
      token("appointed", "VERB", 0, "acl", fine: "VBN"), token("in", "ADP", 4, "case"),
      token("May", "PROPN", 2, "obl"), token(",", "PUNCT", 6, "punct"),
      token("said", "VERB", 0, "parataxis"),
    ],
  ])
  func otherSentencesAreLeftAlone(_ tree: [AnnotatedSentence.Token]) {
    #expect(SubjectAsRootRepair().repaired(tree) == tree)
  }
}
