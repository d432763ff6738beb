import Testing

@testable import NewsdeskCore

/// Noun phrases the chunker cuts at "of" and "and", joined again; terms set off in quotes.
@Suite struct ShortAnswerExtractorPhraseTests {
  func joined(_ sentence: String) -> [String] {
    let words = SentenceWords(sentence)
    let extractor = ShortAnswerExtractor()
    return extractor.joinedPhrases(PhraseChunker().chunks(words), words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  @Test func ofAndAndJoinPhrases() {
    #expect(joined("He held a monopoly on salt and iron.").contains("salt and iron"))
    #expect(
      joined("Markets lead to high levels of inequality.").contains("high levels of inequality"))
    #expect(
      joined("It was called the War of the Two Capitals.").contains("War of the Two Capitals"))
  }

  /// A comma between the phrases is a list or a clause, not one phrase.
  @Test func punctuationKeepsPhrasesApart() {
    #expect(joined("They met soldiers, and traders came later.").isEmpty)
  }

  @Test func theRepeatedHalfOfAJoinedPhraseGoesWithItsJoint() {
    let texts = TestSupport.candidates(
      "What was developed from Watt's measurements?",
      in: "The measurements made by Watt led to the development of the separate condenser."
    ).map(\.text)
    #expect(texts.contains("separate condenser"))
    #expect(!texts.contains { $0.hasPrefix("of ") })
  }

  /// A term the sentence sets off in quotes or brackets answers "what term …".
  @Test func aQuotedOrBracketedTermNamesWhatIsAsked() {
    #expect(
      TestSupport.bestAnswer(
        "What term referred to middle class citizens leaving the suburbs?",
        in: "The suburbs and a wave of middle class \"white flight\" left Jacksonville poorer.")
        == "white flight")
    #expect(
      TestSupport.bestAnswer(
        "What is a term for the reversing of steam flow in an engine?",
        in:
          "In most engines, the steam reverses its direction of flow at each stroke (counterflow).")
        == "counterflow")
  }

  /// "The term of a member" is a length of time, not a name.
  @Test func termOfOfficeDoesNotAskForAName() {
    let analysis = QuestionAnalyzer().analyze("How long is the term of a council member?")
    let context = ShortAnswerExtractor.QuestionContext(analysis: analysis, termWeights: [:])
    #expect(!context.prefersNames)
  }
}

/// An -ing word closing a phrase after a common noun is part of it.
@Suite(.needsWordNet) struct GerundCompoundTests {
  @Test func activityNamedByNounAndGerund() {
    let words = SentenceWords(
      "The group is known for narcotics trafficking, not for fishing boats.")
    let chunks = PhraseChunker().chunks(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
    #expect(chunks.contains("narcotics trafficking"))
    // Starting a verb phrase, it is not: "workers began loading the ships".
    let verb = SentenceWords("The workers began loading the ships.")
    #expect(!PhraseChunker().isGerundCompound(3, verb))
  }
}

/// The parse's noun phrases end where the phrase does: a comma hung on the head before a
/// relative clause closes the phrase; a bracketed aside after it is no part of it.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct ParsePhraseEdgeTests {
  func parsePhrases(_ sentence: String) -> [String] {
    let words = SentenceWords(sentence)
    guard let annotated = SentenceAnnotator.standard?.annotate(sentence) else { return [] }
    let parsed = ParsedWords(sentence: annotated, words: words)
    return ShortAnswerExtractor().parsePhraseSpans(
      parsed, words: words, repeats: Array(repeating: false, count: words.words.count)
    ).map { words.text(from: $0.lowerBound, through: $0.upperBound) }
  }

  @Test func aCommaBeforeARelativeClauseEndsThePhrase() {
    let phrases = parsePhrases(
      "The agency began publishing standard pollution factors, which are tables used by inspectors."
    )
    #expect(phrases.contains("standard pollution factors"), "\(phrases)")
  }

  @Test func aBracketedAsideIsLeftOut() {
    let phrases = parsePhrases("His eldest sister was Marta (1807–55), a poet from Lodz.")
    #expect(!phrases.contains { $0.contains("(") }, "\(phrases)")
  }
}
