import Testing

@testable import NewsdeskCore

/// A figure with a unit and the time it is counted over is one rate ("120m per second",
/// "90 miles an hour"); a number word before "an hour" is a duration, not a rate.
@Suite struct RateFigureTests {
  func measures(_ sentence: String) -> [String] {
    let words = SentenceWords(sentence)
    return EntityRecognizer().numberSpans(words, unitWords: EntityReader.quantityUnits).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  @Test(arguments: [
    ("The trains reach a top speed of 120m per second on the flat.", "120m per second"),
    ("Gusts of 90 miles an hour brought down trees.", "90 miles an hour"),
    ("The pumps move 400 litres a minute.", "400 litres a minute"),
    ("The lifts climb at 17m/s, about 61km/h, a record.", "61km/h"),
  ])
  func aRateKeepsItsTime(sentence: String, rate: String) {
    #expect(measures(sentence).contains(rate))
  }

  @Test func aNumberWordBeforeAnHourIsNoRate() {
    #expect(!measures("It took half an hour to finish.").contains("half an hour"))
    #expect(measures("The road is 12 km long.") == ["12 km"])
  }
}
