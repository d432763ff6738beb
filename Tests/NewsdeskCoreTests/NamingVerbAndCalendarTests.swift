import Testing

@testable import NewsdeskCore

/// Two readings a reporter's first questions rely on: a verb of naming with a quote reports
/// what someone said, and a month or a weekday after "in" or "on" is a time, never a place.
/// Invented sentences, read through the committed parser.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct NamingVerbAndCalendarTests {
  @Test(arguments: [
    (
      "what did the opposition say?",
      "The opposition Green Party, led by Mara Holt, called the plan \"a gift to the banks\".",
      "a gift to the banks"
    ),
    (
      "what did the union say?",
      "The dockers' union described the offer as \"an insult to every worker\".",
      "an insult to every worker"
    ),
  ])
  func aQuoteWithAVerbOfNamingIsWhatWasSaid(question: String, sentence: String, quote: String) {
    let answer = TestSupport.bestAnswer(question, in: sentence)
    #expect(answer?.contains(quote) == true, "\(answer ?? "nil")")
  }

  @Test(arguments: [
    "The council met in October to approve the budget.",
    "The board met on Tuesday to approve the budget.",
  ])
  func aMonthOrAWeekdayIsNoPlace(sentence: String) {
    let words = SentenceWords(sentence)
    let time = words.words.firstIndex { ["October", "Tuesday"].contains($0.surface) }!
    #expect(!ShortAnswerExtractor().fits(span: time...time, type: .place, words: words))
  }
}
