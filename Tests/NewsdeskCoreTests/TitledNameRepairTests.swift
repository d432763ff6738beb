import Testing

@testable import NewsdeskCore

/// The parse's misreadings of a name with its title, mended so that the name heads one
/// phrase holding its title: on hand-made trees with the misreading, and on the parser's own.
@Suite struct TitledNameRepairTests {
  /// A token of a hand-made tree (offsets do not matter to the repair).
  static func token(_ text: String, _ tag: String, _ head: Int?, _ relation: String)
    -> AnnotatedSentence.Token
  {
    let fine = tag == "PART" ? "POS" : (tag == "PROPN" ? "NNP" : "NN")
    return AnnotatedSentence.Token(
      text: text, utf8Range: 0..<0, coarseTag: tag, fineTag: fine, lemma: text.lowercased(),
      head: head, relation: relation)
  }

  /// "Rubio will meet Ecuador's President Daniel Noboa": the possessor read as the object,
  /// the name as its conjunct.
  @Test func possessorReadAsTheArgumentGivesItsPlaceToTheName() {
    let misread = [
      Self.token("Rubio", "PROPN", 2, "nsubj"), Self.token("will", "AUX", 2, "aux"),
      Self.token("meet", "VERB", nil, "root"), Self.token("Ecuador", "PROPN", 2, "obj"),
      Self.token("'s", "PART", 3, "case"), Self.token("President", "PROPN", 6, "nmod:desc"),
      Self.token("Daniel", "PROPN", 3, "conj"), Self.token("Noboa", "PROPN", 6, "flat"),
    ]
    let mended = TitledNameRepair(lexicon: nil).repaired(misread)
    #expect(mended[6].head == 2 && mended[6].relation == "obj")
    #expect(mended[3].head == 5 && mended[3].relation == "nmod:poss")
    #expect(mended[5].head == 6)
    #expect(mended[7].head == 6)
  }

  /// "Peter Dobrow, a spokesperson said": two subjects of one verb, the second set off by
  /// a comma, read as a subject and its apposition.
  @Test func secondSubjectAfterACommaRenamesTheFirst() {
    let misread = [
      Self.token("Peter", "PROPN", 5, "nsubj"), Self.token("Dobrow", "PROPN", 0, "flat"),
      Self.token(",", "PUNCT", 4, "punct"), Self.token("a", "DET", 4, "det"),
      Self.token("spokesperson", "NOUN", 5, "nsubj"), Self.token("said", "VERB", nil, "root"),
    ]
    let mended = TitledNameRepair(lexicon: nil).repaired(misread)
    #expect(mended[4].head == 0 && mended[4].relation == "appos")
    #expect(mended[0].head == 5 && mended[0].relation == "nsubj")
  }

  /// "Noel Dempsey, the minister, said": the name read as the subject of its role, the
  /// role as the speaker; the name is the subject and the role renames it.
  @Test func nameReadAsSubjectOfItsRoleBecomesTheSubject() {
    let misread = [
      Self.token("Noel", "PROPN", 4, "nsubj"), Self.token("Dempsey", "PROPN", 0, "flat"),
      Self.token(",", "PUNCT", 4, "punct"), Self.token("the", "DET", 4, "det"),
      Self.token("minister", "NOUN", 6, "nsubj"), Self.token(",", "PUNCT", 4, "punct"),
      Self.token("said", "VERB", nil, "root"),
    ]
    let mended = TitledNameRepair(lexicon: nil).repaired(misread)
    #expect(mended[0].head == 6 && mended[0].relation == "nsubj")
    #expect(mended[4].head == 0 && mended[4].relation == "appos")
  }

  /// A word its own preposition introduces ("On Monday") is no part of the title.
  @Test func prepositionalPhraseBeforeTheTitleIsLeftAlone() {
    let tree = [
      Self.token("On", "ADP", 1, "case"), Self.token("Monday", "PROPN", 5, "obl"),
      Self.token("President", "PROPN", 3, "compound"), Self.token("Ann", "PROPN", 5, "nsubj"),
      Self.token("Lee", "PROPN", 3, "flat"), Self.token("said", "VERB", nil, "root"),
    ]
    #expect(TitledNameRepair(lexicon: nil).repaired(tree) == tree)
  }

  /// "researchers Ann Lee and …": a plural introduces the people it names, which the parse
  /// rightly hangs from it.
  @Test(.needsWordNet)
  func pluralRoleNounIsLeftAlone() {
    var tree = [
      Self.token("researchers", "NOUN", 3, "nsubj"), Self.token("Ann", "PROPN", 0, "appos"),
      Self.token("Lee", "PROPN", 1, "flat"), Self.token("won", "VERB", nil, "root"),
    ]
    tree[0].lemma = "researcher"
    var singular = tree
    singular[0].fineTag = "NN"
    tree[0].fineTag = "NNS"
    #expect(TitledNameRepair(lexicon: TestSupport.lexicon.wordNet).repaired(tree) == tree)
    // The same tree with a singular role noun is mended: the name heads it.
    #expect(TitledNameRepair(lexicon: TestSupport.lexicon.wordNet).repaired(singular)[1].head == 3)
  }

  /// On the parser's own reading: whatever it makes of the title, the name heads a phrase
  /// that holds it.
  @Test(
    .needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"),
    arguments: [
      ("Rubio will meet Halden's President Ivo Marr on Friday.", "Ivo", "President"),
      ("Norbury boss Dan Kell said his team were robbed.", "Dan", "boss"),
      ("Halden's Interior Minister Sara Lind accused the rebels.", "Sara", "Halden"),
    ])
  func theNameHeadsItsTitle(_ example: (sentence: String, name: String, title: String)) throws {
    let sentence = SentenceAnnotator.standard!.annotate(example.sentence)
    let name = try #require(sentence.tokens.firstIndex { $0.text == example.name })
    let title = try #require(sentence.tokens.firstIndex { $0.text == example.title })
    #expect(sentence.descends(title, from: name))
  }
}

/// A repair that would close a loop leaves the parse as it was: subtree walks end.
@Suite struct TitledNameRepairTreeTests {
  static func token(_ head: Int?) -> AnnotatedSentence.Token {
    AnnotatedSentence.Token(
      text: "w", utf8Range: 0..<1, coarseTag: "NOUN", fineTag: "NN", lemma: "w", head: head,
      relation: "dep")
  }

  @Test(
    arguments: [
      ([nil, 0, 1], true), ([1, 2, 0], false), ([nil, 2, 1], false), ([nil, 5], false),
    ] as [([Int?], Bool)])
  func onlyATreeIsKept(heads: [Int?], isTree: Bool) {
    #expect(TitledNameRepair.isTree(heads.map(Self.token)) == isTree)
  }
}
