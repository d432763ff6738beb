import Testing

@testable import NewsdeskCore

/// The structure read off a tree: trees here are written by hand (as the treebank would have
/// them), so these tests check the reading, not the parser.
@Suite struct AnnotatedSentenceTests {
  /// A sentence from rows of (form, UPOS, XPOS, 1-based head, relation), tokens spaced.
  static func sentence(_ rows: [(String, String, String, Int, String)]) -> AnnotatedSentence {
    var text = ""
    var tokens: [AnnotatedSentence.Token] = []
    for (form, coarse, fine, head, relation) in rows {
      if !text.isEmpty { text += " " }
      let start = text.utf8.count
      text += form
      tokens.append(
        AnnotatedSentence.Token(
          text: form, utf8Range: start..<text.utf8.count, coarseTag: coarse, fineTag: fine,
          lemma: form.lowercased(), head: head == 0 ? nil : head - 1, relation: relation))
    }
    return AnnotatedSentence(text: text, tokens: tokens)
  }

  // Pernod tried to buy Glenmorangie but lost out to LVMH .
  static let pernod = sentence(pernodRows)

  static let pernodRows = [
    ("Pernod", "PROPN", "NNP", 2, "nsubj"), ("tried", "VERB", "VBD", 0, "root"),
    ("to", "PART", "TO", 4, "mark"), ("buy", "VERB", "VB", 2, "xcomp"),
    ("Glenmorangie", "PROPN", "NNP", 4, "obj"), ("but", "CCONJ", "CC", 7, "cc"),
    ("lost", "VERB", "VBD", 2, "conj"), ("out", "ADP", "RP", 7, "compound:prt"),
    ("to", "ADP", "IN", 10, "case"), ("LVMH", "PROPN", "NNP", 7, "obl"),
    (".", "PUNCT", ".", 2, "punct"),
  ]

  // Daniel Noboa , Ecuador 's president , was given the award in Quito .
  static let noboa = sentence([
    ("Daniel", "PROPN", "NNP", 9, "nsubj:pass"), ("Noboa", "PROPN", "NNP", 1, "flat"),
    (",", "PUNCT", ",", 6, "punct"), ("Ecuador", "PROPN", "NNP", 6, "nmod:poss"),
    ("'s", "PART", "POS", 4, "case"), ("president", "NOUN", "NN", 1, "appos"),
    (",", "PUNCT", ",", 6, "punct"), ("was", "AUX", "VBD", 9, "aux:pass"),
    ("given", "VERB", "VBN", 0, "root"), ("the", "DET", "DT", 11, "det"),
    ("award", "NOUN", "NN", 9, "obj"), ("in", "ADP", "IN", 13, "case"),
    ("Quito", "PROPN", "NNP", 9, "obl"), (".", "PUNCT", ".", 9, "punct"),
  ])

  // The fare is £ 10 one - way .
  static let fare = sentence([
    ("The", "DET", "DT", 2, "det"), ("fare", "NOUN", "NN", 4, "nsubj"),
    ("is", "AUX", "VBZ", 4, "cop"), ("£", "SYM", "$", 0, "root"),
    ("10", "NUM", "CD", 4, "nummod"), ("one", "NUM", "CD", 8, "compound"),
    ("-", "PUNCT", "HYPH", 8, "punct"), ("way", "NOUN", "NN", 4, "nmod:npmod"),
    (".", "PUNCT", ".", 4, "punct"),
  ])

  @Test func verbArgumentsAndSharedSubjects() {
    let predicates = Self.pernod.predicates
    let byVerb = Dictionary(uniqueKeysWithValues: predicates.map { ($0.head, $0) })
    #expect(byVerb[1]?.subject == 0)
    #expect(byVerb[1]?.openComplements == [3])
    #expect(byVerb[3]?.subject == nil)
    #expect(byVerb[3]?.sharedSubject == 0)
    #expect(byVerb[3]?.object == 4)
    #expect(byVerb[6]?.sharedSubject == 0)
    #expect(byVerb[6]?.obliques == [Predicate.Oblique(head: 9, preposition: "to")])
  }

  @Test func passiveVoiceAppositionAndPossessor() {
    let sentence = Self.noboa
    let given = sentence.predicates.first { $0.head == 8 }
    #expect(given?.isPassive == true)
    #expect(given?.subject == 0)
    #expect(given?.obliques.first?.preposition == "in")
    #expect(sentence.appositions == [Apposition(head: 0, appositive: 5)])
    let president = sentence.nounPhrases.first { $0.head == 5 }
    #expect(president.map { sentence.text(of: $0.range) } == "Ecuador 's president")
    #expect(president?.possessor == 3)
    let name = sentence.nounPhrases.first { $0.head == 0 }
    #expect(name.map { sentence.text(of: $0.range) } == "Daniel Noboa")
  }

  @Test func copulaAndMeasurePhraseKeepsUnitsAndHyphens() {
    let sentence = Self.fare
    #expect(sentence.copulas == [Copula(subject: 1, copula: 2, predicate: 3)])
    let money = sentence.nounPhrases.first { $0.head == 3 }
    #expect(money.map { sentence.text(of: $0.range) } == "£ 10 one - way")
    #expect(money?.numbers == [4])
    #expect(sentence.predicates.first { $0.head == 3 }?.copula == 2)
  }

  @Test func emptyAndSingleTokenSentences() {
    let empty = AnnotatedSentence(text: "", tokens: [])
    #expect(empty.nounPhrases.isEmpty && empty.predicates.isEmpty && empty.root == nil)
    let single = Self.sentence([("Hello", "INTJ", "UH", 0, "root")])
    #expect(single.root == 0)
    #expect(single.dependents == [[]])
  }

  @Test func relationSubtypes() {
    #expect("nsubj:pass".isRelation("nsubj"))
    #expect("nsubj".isRelation("nsubj"))
    #expect(!"nsubjx".isRelation("nsubj"))
  }
}
