import Testing

@testable import NewsdeskCore

/// How a sentence denies an act, read off hand-written trees.
@Suite struct NegationTests {
  /// `AnnotatedSentenceTests.sentence` with the verbs' lemmas the lemmatizer would give.
  static func sentence(_ rows: [(String, String, String, Int, String)]) -> AnnotatedSentence {
    let built = AnnotatedSentenceTests.sentence(rows)
    return AnnotatedSentence(
      text: built.text,
      tokens: built.tokens.map { token in
        var token = token
        token.lemma = lemmas[token.lemma] ?? token.lemma
        return token
      })
  }

  static let lemmas = ["failed": "fail", "tried": "try", "lost": "lose", "made": "make"]

  // Israel will not attend .
  static let notAttend = sentence([
    ("Israel", "PROPN", "NNP", 4, "nsubj"), ("will", "AUX", "MD", 4, "aux"),
    ("not", "PART", "RB", 4, "advmod"), ("attend", "VERB", "VB", 0, "root"),
    (".", "PUNCT", ".", 4, "punct"),
  ])

  // No arrests have been made .
  static let noArrests = sentence([
    ("No", "DET", "DT", 2, "det"), ("arrests", "NOUN", "NNS", 5, "nsubj:pass"),
    ("have", "AUX", "VBP", 5, "aux"), ("been", "AUX", "VBN", 5, "aux:pass"),
    ("made", "VERB", "VBN", 0, "root"), (".", "PUNCT", ".", 5, "punct"),
  ])

  // He failed to get the numbers .
  static let failed = sentence([
    ("He", "PRON", "PRP", 2, "nsubj"), ("failed", "VERB", "VBD", 0, "root"),
    ("to", "PART", "TO", 4, "mark"), ("get", "VERB", "VB", 2, "xcomp"),
    ("the", "DET", "DT", 6, "det"), ("numbers", "NOUN", "NNS", 4, "obj"),
    (".", "PUNCT", ".", 2, "punct"),
  ])

  // He did not fail to get the numbers .
  static let doubleDenial = sentence([
    ("He", "PRON", "PRP", 4, "nsubj"), ("did", "AUX", "VBD", 4, "aux"),
    ("not", "PART", "RB", 4, "advmod"), ("fail", "VERB", "VB", 0, "root"),
    ("to", "PART", "TO", 6, "mark"), ("get", "VERB", "VB", 4, "xcomp"),
    ("the", "DET", "DT", 8, "det"), ("numbers", "NOUN", "NNS", 6, "obj"),
  ])

  // Acme may buy Zenith .
  static let hedged = sentence([
    ("Acme", "PROPN", "NNP", 3, "nsubj"), ("may", "AUX", "MD", 3, "aux"),
    ("buy", "VERB", "VB", 0, "root"), ("Zenith", "PROPN", "NNP", 3, "obj"),
    (".", "PUNCT", ".", 3, "punct"),
  ])

  @Test func negatedVerb() {
    #expect(Self.notAttend.negation(of: 3) == .negated)
    #expect(!Self.notAttend.isUnrealised(3))
  }

  @Test func noneOfTheSubject() {
    #expect(Self.noArrests.negation(of: 4) == .noneOf(argument: 1))
  }

  @Test func failedComplement() {
    #expect(Self.failed.negation(of: 3) == .failed(verb: 1))
    #expect(Self.failed.negation(of: 1) == nil)
    #expect(Self.doubleDenial.negation(of: 5) == nil)
  }

  @Test func attemptThatLostOut() {
    let pernod = Self.sentence(AnnotatedSentenceTests.pernodRows)
    // "buy" is the attempt's complement; "lost" says it came to nothing.
    #expect(pernod.negation(of: 3) == .lostOut(verb: 6))
    #expect(pernod.isUnrealised(3))
    #expect(pernod.negation(of: 1) == nil)
  }

  @Test func statedActIsNeitherDeniedNorUnrealised() {
    let noboa = AnnotatedSentenceTests.noboa
    #expect(noboa.negation(of: 8) == nil)
    #expect(!noboa.isUnrealised(8))
    #expect(Self.hedged.negation(of: 2) == nil)
    #expect(Self.hedged.isUnrealised(2))
    #expect(noboa.negation(of: 99) == nil)
  }
}
