import Testing

@testable import NewsdeskCore

/// The Lexicon keeps each closed class once; the subsets some readers need are derived from
/// it, and these tests pin what each derived set must and must not hold.
struct LexiconTests {
  @Test(arguments: [
    // word, an auxiliary, a finite one (opens a question), part of a verb group
    ("is", true, true, true),
    ("am", true, true, true),
    ("did", true, true, true),
    ("might", true, true, true),
    ("been", true, false, true),
    ("having", true, false, true),
    ("not", false, false, true),
    ("s", false, false, true),
    ("say", false, false, false),
  ])
  func auxiliaries(word: String, auxiliary: Bool, finite: Bool, verbGroup: Bool) {
    #expect(Lexicon.auxiliaries.contains(word) == auxiliary)
    #expect(Lexicon.finiteAuxiliaries.contains(word) == finite)
    #expect(Lexicon.verbGroupWords.contains(word) == verbGroup)
  }

  @Test func derivedSetsStayInsideTheirClass() {
    #expect(Lexicon.finiteAuxiliaries.isSubset(of: Lexicon.auxiliaries))
    #expect(Lexicon.auxiliaries.isSubset(of: Lexicon.verbGroupWords))
    #expect(Lexicon.nominalWhWords.isSubset(of: Lexicon.whWords))
    #expect(FollowUpResolver.auxiliaries.isDisjoint(with: Lexicon.doForms))
    #expect(QuestionAnalyzer.innerWhWords == Lexicon.whWords.subtracting(["why"]))
  }

  /// "till" cuts no name ("Emmett Till") as a function word, but a follow-up still reads it
  /// before a bare wh-word ("till when?").
  @Test func tillIsAPrepositionOnlyBeforeAWhWord() {
    #expect(!Lexicon.isFunctionWord("till"))
    #expect(FollowUpResolver.whPrepositions.contains("till"))
    #expect(Lexicon.prepositions.isSubset(of: FollowUpResolver.whPrepositions))
  }
}
