import Testing

@testable import NewsdeskCore

/// Names of the question found in a sentence under another spelling: accents, acronyms,
/// part of the name, a pronoun whose name is in the sentence before.
@Suite struct AnswerComposerNamesTests {
  let composer = AnswerComposer()

  func missing(_ question: String, in sentence: String, previous: String? = nil) -> Int {
    var analyzer = TermAnalyzer()
    let analysis = QuestionAnalyzer().analyze(question)
    return composer.missingNameCount(
      analysis, in: sentence, previous: previous, analyzer: &analyzer)
  }

  @Test func foldsAccents() {
    #expect(AccentFolding.fold("Tugh Temür") == "Tugh Temur")
    #expect(AccentFolding.fold("Ögedei") == "Ogedei")
    #expect(missing("When did Tugh Temur die?", in: "After the death of Tugh Temür in 1332.") == 0)
  }

  @Test func acronymStandsForItsCapitalisedWords() {
    #expect(
      missing(
        "What does the UMC endorse?",
        in: "The United Methodist Church endorses general and complete disarmament.") == 0)
    #expect(missing("What does the UMC endorse?", in: "The church endorses disarmament.") == 1)
  }

  @Test func aNameCountsOnceWhateverItsLength() {
    #expect(missing("Who was Genghis Khan's father?", in: "The father was a chief.") == 1)
    #expect(missing("Who was Genghis Khan's father?", in: "Genghis reneged on the terms.") == 0)
  }

  @Test func aPronounTakesItsNameFromTheSentenceBefore() {
    let question = "Who was Genghis Khan's father?"
    let sentence = "He was the son of Yesügei, a major chief."
    #expect(missing(question, in: sentence) == 1)
    #expect(missing(question, in: sentence, previous: "Genghis Khan was born in 1162.") == 0)
  }

  @Test func aDemonymNamesItsCountry() {
    #expect(
      missing("How many schools were recognized in China?", in: "All four Chinese schools.") == 0)
    #expect(missing("What did the Chinese dislike?", in: "China opposed Western medicine.") == 0)
    #expect(missing("What did the Chinese dislike?", in: "Physicians opposed medicine.") == 1)
  }

  @Test func monthsAreNotNames() {
    var analyzer = TermAnalyzer()
    let names = AnswerComposer.questionNames(
      in: "Where was the Feb 2010 call for change published?", analyzer: &analyzer)
    #expect(names.isEmpty)
  }
}
