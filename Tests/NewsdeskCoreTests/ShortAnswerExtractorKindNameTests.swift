import Testing

@testable import NewsdeskCore

/// Names that say what kind of thing they are: the kind the question asks for.
@Suite(.needsWordNet) struct ShortAnswerExtractorKindNameTests {
  /// "Which battle …?" is answered by the battle's whole name, head word and all.
  @Test func nameOpeningWithTheAskedNoun() {
    #expect(
      TestSupport.bestAnswer(
        "Which battle did the rebels lose?",
        in: "The rebels gathered their men but were routed in the Battle of Red Hill.")
        == "Battle of Red Hill")
    #expect(
      TestSupport.bestAnswer(
        "On what lake did the fleet anchor?",
        in: "In May the fleet anchored near the fort, across the frozen Lake Champlain.")
        == "Lake Champlain")
  }

  /// Such a name opening the sentence is one too.
  @Test func nameOfTheAskedKindOpeningTheSentence() {
    #expect(
      TestSupport.bestAnswer("What lake froze early?", in: "Lake George froze early that winter.")
        == "Lake George")
  }

  /// The asked noun alone, or a name made only of the question's words, is no answer.
  @Test func nameOfOnlyTheQuestionsWords() {
    var analyzer = TermAnalyzer()
    let words = SentenceWords("The Red Hill battle and the Battle of Red Hill were one.")
    let repeats = words.words.map { ["red", "hill", "battle"].contains($0.lower) }
    let extractor = ShortAnswerExtractor()
    let battle = analyzer.term(for: "battle")
    let name = 6...9  // Battle of Red Hill
    #expect(
      extractor.nameOfAskedKind(
        name, words, headTerm: battle, repeats: repeats, analyzer: &analyzer) == nil)
    let fresh = words.words.map { $0.lower == "battle" }
    #expect(
      extractor.nameOfAskedKind(
        name, words, headTerm: battle, repeats: fresh, analyzer: &analyzer) == name)
    // "Red Hill battle": the kind may follow the name in lower case ("Jin dynasty"), and
    // stays with it, as SQuAD's annotators keep it.
    #expect(
      extractor.nameOfAskedKind(
        1...3, words, headTerm: battle, repeats: fresh, analyzer: &analyzer) == 1...3)
    // Not when the name is only the question's own words.
    #expect(
      extractor.nameOfAskedKind(
        1...3, words, headTerm: battle, repeats: repeats, analyzer: &analyzer) == nil)
  }

  /// A name stops at a bracket: "Buyantu Khan (Ayurbarwada)" is two names, not one running
  /// into the other.
  @Test func namesStopAtBrackets() {
    let words = SentenceWords("The fourth emperor, Buyantu Khan (Ayurbarwada), was able.")
    let texts = ShortAnswerExtractor().names.nameSpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
    #expect(texts.contains("Buyantu Khan"))
    #expect(texts.contains("Ayurbarwada"))
    #expect(!texts.contains { $0.contains("(") })
  }

  /// "the Atlantic port of Brest": the place is the name the port is of, not the one that
  /// describes the port.
  @Test func placeNamedAfterAPlaceNoun() {
    #expect(
      TestSupport.bestAnswer(
        "Where did the navy keep a base?",
        in: "For decades the navy kept a base at the Atlantic port of Brest.") == "Brest")
  }

  /// A who-question may be answered by people named for what they are, when the sentence
  /// names no one; a name still comes first.
  @Test func peopleNamedByWhatTheyAre() {
    #expect(
      TestSupport.bestAnswer(
        "Who held the citadel after the city fell?",
        in: "The gates were opened, though a unit of Turkish defenders held the citadel for weeks.")
        == "Turkish defenders")
    let words = SentenceWords("The defenders and several private owners met the mayor.")
    let extractor = ShortAnswerExtractor()
    #expect(extractor.namesPeople(1...1, words))  // defenders
    #expect(!extractor.namesPeople(3...4, words))  // several private
    #expect(
      TestSupport.bestAnswer(
        "Who held the citadel?", in: "The defenders under Timur Malik held the citadel.")
        == "Timur Malik")
  }

  /// An irregular plural of the question's head noun is no answer to it: "Women" for "which
  /// woman".
  @Test func irregularPluralOfTheHeadNounIsNotTheAnswer() {
    #expect(
      TestSupport.bestAnswer(
        "Which woman led the council?",
        in: "Women led several councils, for example Ada Lind led the council of Bergen.")
        == "Ada Lind")
  }

  /// "Where … at the space centre?" is answered by the place the sentence puts within it; a
  /// "where" answer may be a phrase after "in the", a "which city" answer is a name.
  @Test func placeWithinThePlaceAsked() {
    let question = QuestionAnalyzer().analyze(
      "Where did the crew run tests at Kennedy Space Center?")
    let context = ShortAnswerExtractor.QuestionContext(analysis: question, termWeights: [:])
    let words = SentenceWords(
      "They ran tests at North American, and in the altitude chamber at the Kennedy Space Center.")
    var analyzer = TermAnalyzer()
    let extractor = ShortAnswerExtractor()
    let chamber = 9...10
    let northAmerican = 4...5
    #expect(
      extractor.withinAskedPlaceFactor(chamber, words, context: context, analyzer: &analyzer) > 1)
    #expect(
      extractor.withinAskedPlaceFactor(northAmerican, words, context: context, analyzer: &analyzer)
        == 1)
    #expect(
      TestSupport.bestAnswer(
        "Which city has the most people?",
        in: "Most people live within the city limits of Jacksonville, the largest city.")
        == "Jacksonville")
  }
}
