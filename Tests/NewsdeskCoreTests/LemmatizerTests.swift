import Testing

@testable import NewsdeskCore

@Suite struct LemmatizerTests {
  /// Rules and clitics need no WordNet.
  @Test(arguments: [
    ("n't", "PART", "RB", "not"),
    ("'s", "AUX", "VBZ", "be"),
    ("'s", "PART", "POS", "'s"),
    ("’re", "AUX", "VBP", "be"),
    ("'d", "AUX", "MD", "would"),
    ("was", "AUX", "VBD", "be"),
    ("Noboa", "PROPN", "NNP", "Noboa"),
    ("Him", "PRON", "PRP", "he"),
    ("countries", "NOUN", "NNS", "country"),
    ("boxes", "NOUN", "NNS", "box"),
    ("zorbs", "NOUN", "NNS", "zorb"),
    ("carried", "VERB", "VBD", "carry"),
    ("walks", "VERB", "VBZ", "walk"),
    ("The", "DET", "DT", "the"),
  ])
  func withoutWordNet(_ form: String, _ coarse: String, _ fine: String, _ lemma: String) {
    #expect(Lemmatizer(lexicon: nil).lemma(of: form, coarseTag: coarse, fineTag: fine) == lemma)
  }

  @Test(
    .enabled(if: TestSupport.lexicon.wordNet != nil, "WordNet files not installed (wordnet-base)"),
    arguments: [
      ("met", "VERB", "VBD", "meet"),
      ("children", "NOUN", "NNS", "child"),
      ("better", "ADJ", "JJR", "good"),
      ("attacked", "VERB", "VBD", "attack"),
      ("troops", "NOUN", "NNS", "troop"),
    ])
  func withWordNet(_ form: String, _ coarse: String, _ fine: String, _ lemma: String) {
    let lemmatizer = Lemmatizer(lexicon: TestSupport.lexicon.wordNet)
    #expect(lemmatizer.lemma(of: form, coarseTag: coarse, fineTag: fine) == lemma)
  }
}
