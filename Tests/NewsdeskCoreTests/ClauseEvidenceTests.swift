import Testing

@testable import NewsdeskCore

/// Each clause-evidence finding on invented sentences: found where the sentence does not
/// answer what is asked, not found where it does.
@Suite struct ClauseEvidenceTests {
  static func evidence(_ question: String, _ sentence: String, answer: String, parsed: Bool = true)
    -> ClauseEvidence
  {
    var analyzer = TermAnalyzer()
    let start = sentence.range(of: answer).map {
      sentence.utf8.distance(from: sentence.startIndex, to: $0.lowerBound)
    }
    let range = start.map { $0..<($0 + answer.utf8.count) }
    return ClauseEvidence(
      analysis: QuestionAnalyzer().analyze(question), sentence: sentence, candidate: range,
      annotated: parsed ? SentenceAnnotator.standard?.annotate(sentence) : nil,
      analyzer: &analyzer)
  }

  @Test func anAttributeTheSentenceDoesNotGiveIsFound() {
    let found = Self.evidence(
      "what is the population of Peru?", "Lima has two new airports, officials said.",
      answer: "two", parsed: false)
    #expect(found.absentAttribute == "population")
    #expect(
      found.reasons(for: QuestionAnalyzer().analyze("what is the population of Peru?")).contains(
        .attributeNotGiven("population of Peru")))
    let given = Self.evidence(
      "what is the population of Peru?", "The population of Peru is 33 million.",
      answer: "33 million", parsed: false)
    #expect(given.absentAttribute == nil)
  }

  /// A figure asked of a thing's attribute ("the population of Peru") is no answer from a
  /// sentence that never states that attribute; a figure asked in a measure ("what
  /// percentage of", "the size of") is given by the figure alone.
  @Test(
    .needsWordNet,
    arguments: [
      (
        "what is the population of Peru?",
        "Ecuador is the departure point for 70 percent of the world's cocaine.", "70 percent",
        "population"
      ),
      ("what is the population of Peru?", "Peru's population is 33 million.", "33 million", nil),
      (
        "what percentage of the city's homes were destroyed?",
        "About 80% of the city's homes were destroyed.", "80%", nil
      ),
      ("what is the size of the park in acres?", "The park covers 843 acres.", "843", nil),
    ] as [(String, String, String, String?)])
  func aMeasureOfSomethingTheSentenceNeverNamesIsNotGiven(
    question: String, sentence: String, answer: String, absent: String?
  ) {
    #expect(Self.evidence(question, sentence, answer: answer).absentMeasure == absent)
  }

  @Test func anotherYearContradictsTheOneAsked() {
    let other = Self.evidence(
      "who won the election in 1998?", "Smith won the election in 2003.", answer: "Smith",
      parsed: false)
    #expect(other.contradictingYear == "1998")
    #expect(other.lackingFigures == ["1998"])
    let same = Self.evidence(
      "who won the election in 1998?", "Smith won the election in 1998.", answer: "Smith",
      parsed: false)
    #expect(same.contradictingYear == nil)
    #expect(same.lackingFigures.isEmpty)
  }

  @Test(
    arguments: [
      (
        "the film premiered on 26 December of what year?", "It premiered on 26 October 2015.",
        ["December"]
      ),
      ("the film premiered on 26 December of what year?", "It premiered on 26 December 2015.", []),
      // "May" is a month only where it reads as one.
      ("may the film open in May?", "The film opens in June.", ["May"]),
    ] as [(String, String, [String])])
  func aMonthTheSentenceLacksIsAFigureNotGiven(
    question: String, sentence: String, lacking: [String]
  ) {
    #expect(
      Self.evidence(question, sentence, answer: "2015", parsed: false).lackingFigures == lacking)
  }

  @Test func aFigureTheSentenceLacksIsNotAContradiction() {
    let found = Self.evidence(
      "how many people lived in the valley in 1850?", "About 3,000 people lived in the valley.",
      answer: "3,000", parsed: false)
    #expect(found.lackingFigures == ["1850"])
    #expect(found.contradictingYear == nil)
  }

  @Test(
    arguments: [
      ("who founded the bakery?", "Smith ran the bakery for a decade.", "Smith", "founded"),
      ("who founded the bakery?", "Smith founded the bakery in 1990.", "Smith", nil),
      // A nominalisation states the predicate too.
      ("who was elected mayor?", "After the election, Smith became mayor.", "Smith", nil),
    ] as [(String, String, String, String?)])
  func aPredicateTheSentenceNeverStatesIsFound(
    question: String, sentence: String, answer: String, verb: String?
  ) {
    #expect(
      Self.evidence(question, sentence, answer: answer, parsed: false).absentPredicate == verb)
  }

  @Test(.enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
  func aCandidateAboutAnotherEntityIsFound() {
    let other = Self.evidence(
      "what is the population of Peru?",
      "The minister visited Peru last week, and Chile reported a population of 19 million.",
      answer: "19 million")
    #expect(other.otherEntity == "Peru")
    #expect(other.absentAttribute == nil)
    let same = Self.evidence(
      "what is the population of Peru?",
      "The minister visited Chile last week, and Peru reported a population of 33 million.",
      answer: "33 million")
    #expect(same.otherEntity == nil)
  }

  @Test(arguments: [
    (
      AbstentionReason.attributeNotGiven("population of Peru"),
      "No loaded article gives the population of Peru."
    ),
    (.otherYear("1998"), "The nearest sentence is about another year than 1998."),
    (.figuresNotGiven(["1850"]), "The nearest sentence does not mention 1850."),
    (
      .predicateNotStated("founded"),
      "The nearest sentence never says “founded” or anything like it."
    ),
  ])
  func eachFindingReadsAsOneLine(reason: AbstentionReason, text: String) {
    #expect(reason.text == text)
  }

  @Test func theAttributeIsToldWithWhatItBelongsTo() {
    #expect(
      ClauseEvidence.attributePhrase(
        "population", in: "What was the population of New York City in 1900?")
        == "population of New York City")
    #expect(ClauseEvidence.attributePhrase("price", in: "what is the price?") == "price")
  }
}
