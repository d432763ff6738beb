import Testing

@testable import NewsdeskCore

@Suite(.needsWordNet) struct TermAnalyzerTests {
  @Test(arguments: [
    ("meeting", "meet"), ("countries", "countri"), ("violence", "violenc"), ("ecuador", "ecuador"),
  ])
  func stemsContentWords(_ word: String, _ term: String) {
    var analyzer = TermAnalyzer()
    #expect(analyzer.term(for: word) == term)
  }

  @Test(arguments: ["the", "a", "of", "who", "when", "did", "is", "s", "many", "much", "what"])
  func dropsStopWords(_ word: String) {
    var analyzer = TermAnalyzer()
    #expect(analyzer.term(for: word) == nil)
    #expect(StopWords.contains(word))
  }

  @Test func termsAreDistinctAndInOrder() {
    var analyzer = TermAnalyzer()
    let terms = analyzer.terms(
      in: "The meeting of the countries: meetings, countries and Ecuador's meeting.")
    #expect(terms == ["meet", "countri", "ecuador"])
  }

  @Test func questionWordsLeaveOnlyTheTopic() {
    var analyzer = TermAnalyzer()
    #expect(analyzer.terms(in: "who did Rubio meet?") == ["rubio", "meet"])
    #expect(analyzer.terms(in: "What is the?") == [])
  }

  @Test func cacheGivesTheSameTermsAsAFreshStemmer() {
    var analyzer = TermAnalyzer()
    let stemmer = Stemmer()
    let words = ["meeting", "the", "countries", "meeting", "closed", "the", "closed", "bogotá"]
    for pass in 0..<3 {
      for word in words {
        let expected = StopWords.contains(word) ? nil : stemmer.stem(AccentFolding.fold(word))
        #expect(analyzer.term(for: word) == expected, "pass \(pass), word \(word)")
      }
    }
  }

  @Test func separateAnalyzersAgree() {
    var first = TermAnalyzer()
    var second = TermAnalyzer()
    let text = "Rubio will meet Ecuador's President Daniel Noboa, who has deployed troops."
    _ = first.terms(in: "deployed troops troops meet")  // warm one cache only
    #expect(first.terms(in: text) == second.terms(in: text))
  }

  /// Irregular plurals find their singular: the stemmer only strips suffixes.
  @Test(arguments: [
    ("women", "woman"), ("children", "child"), ("feet", "foot"), ("policemen", "policeman"),
  ])
  func irregularPluralsShareTheSingularsTerm(plural: String, singular: String) {
    var analyzer = TermAnalyzer()
    #expect(analyzer.term(for: plural) == analyzer.term(for: singular))
  }

  /// Words that only look like such plurals keep their own term: "lives" is a verb too,
  /// "stamina" is a noun of its own, "omen" is no plural.
  @Test(arguments: [("lives", "life"), ("stamina", "stamen"), ("omen", "oman")])
  func wordsThatAreNotIrregularPluralsKeepTheirTerm(word: String, other: String) {
    var analyzer = TermAnalyzer()
    #expect(analyzer.term(for: word) != analyzer.term(for: other))
  }

  /// A name typed without its accents finds it written with them.
  @Test(arguments: [("temür", "temur"), ("bogotá", "bogota"), ("medellín", "medellin")])
  func accentsAreFolded(written: String, typed: String) {
    var analyzer = TermAnalyzer()
    #expect(analyzer.term(for: written) == analyzer.term(for: typed))
  }
}
