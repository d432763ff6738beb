import Testing

@testable import NewsdeskCore

/// Words in a sentence that introduce the answer the question asks for.
@Suite(.needsWordNet) struct ShortAnswerExtractorCueTests {
  /// A name asked for is the one the sentence names with "named", "dubbed", "known as".
  @Test func nameAfterANamingWord() {
    #expect(
      TestSupport.bestAnswer(
        "What was the name of the northern district?",
        in:
          "In 1850 the province was split into a northern district named Upper Vale and a southern one."
      ) == "Upper Vale")
    #expect(
      TestSupport.bestAnswer(
        "What was the name of the meteorite found by the team?",
        in: "The largest meteorite found by the team is dubbed the Iron Crown.")
        == "Iron Crown")
  }

  /// "What was the fort renamed?" → "they renamed the fort San Mateo": a naming verb, its
  /// short object, then the name.
  @Test func nameAfterANamingVerbAndItsObject() {
    #expect(
      TestSupport.bestAnswer(
        "What was Fort Hope renamed after the siege?",
        in: "After the siege the victors renamed the fort San Lucas and left a garrison.")
        == "San Lucas")
    let words = SentenceWords("The army called the town Nova, and the river Vala.")
    #expect(ShortAnswerExtractor().namedObjectPrecedes(5...5, words))  // Nova
    #expect(!ShortAnswerExtractor().namedObjectPrecedes(1...1, words))  // army
  }

  /// "What was Temür Khan's Chinese-style name?" → "ruled as Temür Khan, or Emperor
  /// Chengzong": another name given after ", or" beside the question's.
  @Test func alternativeNameAfterOr() {
    let context = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("What was Temur Khan's Chinese-style name?"),
      termWeights: [:])
    #expect(context.prefersNames)
    let words = SentenceWords("He ruled as Temür Khan, or Emperor Chengzong, until 1307.")
    let extractor = ShortAnswerExtractor()
    #expect(extractor.isAlternativeName(6...7, words, context: context))  // Emperor Chengzong
    #expect(!extractor.isAlternativeName(3...4, words, context: context))  // Temür Khan
    let why = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("Why did they regulate the use of his name?"),
      termWeights: [:])
    #expect(!why.prefersNames)
  }

  /// An example asked for is what the sentence gives after "such as" or "including".
  @Test func exampleAfterSuchAs() {
    #expect(
      TestSupport.bestAnswer(
        "What is an example of a vessel that needed great range?",
        in: "Diesel engines were preferred where range was needed, in vessels such as river barges."
      ) == "river barges")
  }

  /// "e.g." is a cue as the tokenizer reads it, and the cue is not part of the answer.
  @Test func exampleAfterEg() {
    #expect(
      TestSupport.bestAnswer(
        "What is an example of a vessel that needed great range?",
        in: "Diesel engines were preferred where range was needed, in vessels, e.g. river barges."
      ) == "river barges")
  }

  /// Without a question asking for a name or an example, the cue changes nothing.
  @Test func noCueWithoutTheQuestionAskingForIt() {
    let words = SentenceWords("Ships such as tankers crossed the sea.")
    let plain = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("What crossed the sea?"), termWeights: [:])
    let example = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("What is an example of a ship that crossed the sea?"),
      termWeights: [:])
    let extractor = ShortAnswerExtractor()
    #expect(extractor.cueFactor(3...3, words, context: plain) == 1)
    #expect(extractor.cueFactor(3...3, words, context: example) > 1)
  }
}

/// "What happens to X?" is answered by what X does or undergoes.
@Suite(.needsWordNet) struct ShortAnswerExtractorActionTests {
  @Test func actionOfTheAskedSubject() {
    #expect(
      TestSupport.bestAnswer(
        "What happens to the coolant in a sealed system?",
        in:
          "In a sealed system the spent coolant is recycled continuously, while open systems vent steam."
      ) == "recycled continuously")
  }

  /// The longer the question's subject before the verb, the surer the action is its own.
  @Test func longerSubjectWins() {
    let context = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("What happens to waste heat in the cycle?"),
      termWeights: [:])
    let words = SentenceWords("Some heat added is converted and the waste heat is removed.")
    let extractor = ShortAnswerExtractor()
    #expect(extractor.askedSubjectLength(before: 2, words, context: context) == 1)  // heat added
    // waste heat … removed
    #expect(extractor.askedSubjectLength(before: 10, words, context: context) == 2)
    #expect(extractor.askedSubjectLength(before: 0, words, context: context) == 0)
  }

  /// A subject ending in -ly is no adverb: "the family is moved".
  @Test func subjectEndingInLy() {
    #expect(
      TestSupport.bestAnswer(
        "What happens to the family after the war?",
        in: "After the war the family is moved north to a farm.") == "moved north to a farm")
  }
}

/// "How do they do it?" is answered by what they use to do it.
@Suite(.needsWordNet) struct ShortAnswerExtractorInstrumentTests {
  @Test func whatIsUsedToDoTheAction() {
    #expect(
      TestSupport.bestAnswer(
        "How do surveyors measure the slope?",
        in: "Surveyors use laser levels on tripods to measure the slope, which takes an hour.")
        == "laser levels on tripods")
  }

  /// "Use" without "to" and the question's verb names no instrument.
  @Test func noInstrumentWithoutTheVerb() {
    let context = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("How do surveyors measure the slope?"),
      termWeights: [:])
    let words = SentenceWords("Surveyors use laser levels on tripods to mark the road.")
    var analyzer = TermAnalyzer()
    #expect(
      ShortAnswerExtractor().instrumentSpans(words, context: context, analyzer: &analyzer).isEmpty)
  }
}

/// "Who were the X?" is answered by what the sentence calls X.
@Suite struct DefinedByNameTests {
  @Test func whatTheSentenceCallsByTheName() {
    #expect(
      TestSupport.bestAnswer(
        "Who were the dragomans?",
        in: "Envoys relied on hired interpreters known as dragomans, and on their own clerks.")
        == "hired interpreters")
  }
}
