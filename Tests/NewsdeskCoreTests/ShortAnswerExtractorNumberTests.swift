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
