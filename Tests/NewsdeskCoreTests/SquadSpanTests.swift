import Testing

@testable import NewsdeskCore

/// Whole answers, as SQuAD's annotators mark them: a noun phrase of the parse with its
/// post-modifiers, a date with its day or its part of the period, and a name kept whole when
/// the question repeats only its first words.
@Suite struct SquadSpanTests {
  static func candidates(_ question: String, in sentence: String, parse: Bool = true)
    -> [ShortAnswerExtractor.Candidate]
  {
    TestSupport.candidates(question, in: sentence, parse: parse)
  }

  func dates(_ sentence: String) -> [String] {
    let words = SentenceWords(sentence)
    return EntityRecognizer().dateSpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  @Test(arguments: [
    ("The mill closed on 17 October 1849 after the flood.", "17 October 1849"),
    ("The band became famous in the late 1990s.", "late 1990s"),
    ("Work began in early 2008 and ended a year later.", "early 2008"),
  ])
  func aDateKeepsItsDayAndItsPartOfThePeriod(_ sentence: String, _ date: String) {
    #expect(dates(sentence).contains(date))
  }

  /// A number that is no day, or one set off by a comma, does not join the month.
  @Test func onlyADayRightBeforeTheMonthJoinsIt() {
    #expect(!dates("They sold 400 October 1849 editions.").contains("400 October 1849"))
    #expect(!dates("Of those 12, October 1849 saw most.").contains("12, October 1849"))
  }

  @Test func whenAnswersWithTheWholeDate() throws {
    let best = try #require(
      Self.candidates(
        "When did the mill close?", in: "The mill closed on 17 October 1849.", parse: false
      )
      .first)
    #expect(best.text == "17 October 1849")
  }

  /// "Harbour Nights" for a question about the Harbour Lights: the repeated first word names
  /// another thing, so the name stays whole rather than losing "Harbour".
  @Test func aNameThatOnlyBeginsWithTheQuestionsWordsStaysWhole() throws {
    let texts = Self.candidates(
      "What was the last album of Harbour Lights?",
      in: "Harbour Lights released their last album, Harbour Nights, in 1999.", parse: false
    ).map(\.text)
    #expect(texts.contains("Harbour Nights"))
    #expect(!texts.contains("Nights"))
  }

  /// A person's name is left to the usual trimming: "Vera Lind" for a question about Vera is
  /// most likely Vera herself.
  @Test func aPersonsNameIsStillTrimmed() {
    let texts = Self.candidates(
      "Who did Vera meet?", in: "Vera Lind met Tomas Reinholt in Oslo.", parse: false
    ).map(\.text)
    #expect(!texts.contains("Vera Lind"))
  }
}

/// The noun phrases the parse gives as candidates, whole.
@Suite(.enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct ParsePhraseCandidateTests {
  func phrases(_ sentence: String) throws -> [String] {
    let annotated = try #require(SentenceAnnotator.standard?.annotate(sentence))
    let words = SentenceWords(sentence)
    let parsed = ParsedWords(sentence: annotated, words: words)
    return ShortAnswerExtractor().parsePhraseSpans(
      parsed, words: words, repeats: Array(repeating: false, count: words.words.count)
    ).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  @Test func aNounKeepsItsPrepositionalPostModifiers() throws {
    let found = try phrases("At the funeral, she played a transcription of an old hymn.")
    #expect(found.contains("a transcription of an old hymn"))
  }

  @Test(.needsWordNet) func aListOfNounsIsOnePhraseToo() throws {
    let found = try phrases("The plant burns coal, oil and natural gas.")
    #expect(found.contains("coal, oil and natural gas"))
    #expect(found.contains("coal"))
  }

  /// A relative clause is an answer of its own, not part of the noun's phrase.
  @Test func aClauseIsNotPartOfTheNounsPhrase() throws {
    let found = try phrases("They built two chemical plants which leaked ammonia.")
    #expect(found.contains("two chemical plants"))
    #expect(!found.contains { $0.contains("which") })
  }

  @Test func aWhatQuestionCanAnswerWithTheWholePhrase() throws {
    let texts = SquadSpanTests.candidates(
      "What did she play at the funeral?",
      in: "At the funeral, she played a transcription of an old hymn."
    ).map(\.text)
    #expect(texts.contains("transcription of an old hymn"))
  }
}

/// The modifier left when the asked noun is cut answers only a question about a kind; a
/// name before the asked noun keeps it ("Jin dynasty").
@Suite struct AskedNounModifierTests {
  func candidates(_ question: String, _ sentence: String) -> [ShortAnswerExtractor.Candidate] {
    SquadSpanTests.candidates(question, in: sentence, parse: false)
  }

  @Test(.needsWordNet) func anAdjectiveOfTheAskedNounIsNoAnswer() throws {
    let all = candidates(
      "What power source replaced the horses?",
      "The dominant source of power that replaced the horses was the steam engine.")
    let adjective = try #require(all.first { $0.text == "dominant" })
    #expect(!adjective.firings.contains { $0.rule == "kindModifier" })
  }

  @Test func aKindQuestionStillTakesTheModifier() throws {
    let all = candidates(
      "What type of engine did the mill use?", "The mill used a portable engine for its saws.")
    let modifier = try #require(all.first { $0.text == "portable" })
    #expect(modifier.firings.contains { $0.rule == "kindModifier" })
  }

  @Test(arguments: ["class", "category", "genre"])
  func classAndCategoryAskForAKind(_ noun: String) {
    let analysis = QuestionAnalyzer().analyze("What \(noun) of storm hit the coast?")
    let context = ShortAnswerExtractor.QuestionContext(analysis: analysis, termWeights: [:])
    #expect(context.asksForKind)
  }

  @Test func aNameBeforeTheAskedNounKeepsIt() throws {
    let best = try #require(
      candidates(
        "What dynasty did the khan attack first?", "The khan attacked the Jin dynasty in 1211."
      )
      .first)
    #expect(best.text == "Jin dynasty", "\(best.trace.summary)")
  }
}
