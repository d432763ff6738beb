import Testing

@testable import NewsdeskCore

/// Figures with units: the unit asked for, conversions in brackets, fractions.
@Suite struct ShortAnswerExtractorNumberTests {
  let sentence =
    "The initial LM model weighed approximately 33,300 pounds (15,100 kg) fully fueled."

  @Test func theUnitAskedFor() {
    #expect(
      TestSupport.bestAnswer("The initial LM weighed how much in kgs?", in: sentence) == "15,100 kg"
    )
    // The unit the question gives is not repeated.
    #expect(
      TestSupport.bestAnswer("How much did the initial LM weigh in pounds?", in: sentence)
        == "33,300")
  }

  @Test func aBracketedConversionIsNotTheFirstAnswer() {
    #expect(
      TestSupport.bestAnswer("How much did the initial LM weigh?", in: sentence) == "33,300 pounds")
  }

  /// A four-digit number is rarely a count ("in 1998"), unless it counts the noun asked
  /// about ("1500 tickets") or is written with a thousands separator ("1,200").
  @Test func aNumberCountingTheAskedNounIsNoYear() {
    let context = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("How many tickets did the club sell?"),
      termWeights: [:])
    let extractor = ShortAnswerExtractor()
    let words = SentenceWords("The club sold 1500 tickets in 1998 and 1,200 more later.")
    #expect(
      extractor.countLikelihood(3...3, words, context: context)
        == AnswerWeights.countsAskedNounFit.value)
    #expect(
      extractor.countLikelihood(6...6, words, context: context)
        == AnswerWeights.yearAsCountFit.value)
    #expect(
      extractor.countLikelihood(8...8, words, context: context)
        == AnswerWeights.countsOtherNounFit.value)
  }

  @Test func aHyphenatedFractionIsOneFigure() {
    let words = SentenceWords("An estimated one-quarter of the population saw it.")
    let spans = EntityRecognizer().numberSpans(words, unitWords: [])
    #expect(
      spans.map { words.text(from: $0.lowerBound, through: $0.upperBound) } == ["one-quarter"])
  }
}

/// "How long …?" may be answered by a span of years.
@Suite struct YearRangeTests {
  @Test func spanOfYearsAnswersHowLong() {
    #expect(
      TestSupport.bestAnswer(
        "How long did the program run?",
        in: "The program ran from 1961 to 1972, and was followed by a second one.")
        == "1961 to 1972")
    let words = SentenceWords("Built 1901–1905, it stood between 1905 and 1990, not from 12 to 14.")
    let ranges = EntityRecognizer().yearRanges(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
    #expect(ranges == ["1901–1905", "1905 and 1990"])
  }
}
