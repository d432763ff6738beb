import Testing

@testable import NewsdeskCore

/// Figures as whole phrases (currency, percent, unit, brackets), and read against their
/// clause: whose figure it is, and whether it is the change or the level. Invented
/// sentences, read through the committed parser.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct FigureAnswerTests {
  static let results =
    "Harbour Media reported a 12% rise in annual profits to $4.1bn (£2.2bn) on Monday."
  static let economies =
    "Japan's economy grew by 0.4% in the quarter, to 550 trillion yen, while India's economy grew by 7.2%."
  static let exports = "Exports rose by 2% to 9 trillion yen."

  @Test(arguments: [
    // The currency sign and a bracket that closes are kept.
    ("how much were Harbour Media's annual profits?", results, "$4.1bn (£2.2bn)"),
    // A change asked: the rise, not the level profits rose to.
    ("how much did Harbour Media's profits rise?", results, "12%"),
    ("what percentage was unemployment?", "Unemployment stood at 2.6% in February.", "2.6%"),
    (
      "how much does the studio ferry charge?", "The studio ferry charges £10 one-way.",
      "£10 one-way"
    ),
    (
      "how much did the club pay for the striker?", "The club paid £28.7m for the striker.",
      "£28.7m"
    ),
    // The figure of the clause the question's name owns, not another's.
    ("how much did Japan's economy grow?", economies, "0.4%"),
    ("how much did India's economy grow?", economies, "7.2%"),
    // The figure whose own phrase names what is asked.
    (
      "how much will an hour's session cost?",
      "The service will be priced at £4.50 for an hour's session or £35 for a monthly pass.",
      "£4.50"
    ),
    // "by" is the change, "to" the level.
    ("by how much did exports rise?", exports, "2%"),
    ("how much did exports rise to?", exports, "9 trillion yen"),
    // The unit the figure counts, in any sense WordNet gives it, over its compound words.
    (
      "how much will the government set aside?",
      "The government will set aside 300m crowns for small firms.", "300m crowns"
    ),
    (
      "by how much did the bank raise its rate?",
      "The bank raised its rate by 0.25 percentage points to 4.5%.", "0.25 percentage points"
    ),
    // A bare figure keeps its sign whatever kind of answer is asked.
    (
      "what is the bank's inflation target?",
      "Inflation climbed to 5.1%, well above the bank's 2% target.", "2%"
    ),
  ])
  func wholeFigure(question: String, sentence: String, expected: String) {
    #expect(TestSupport.bestAnswer(question, in: sentence) == expected)
  }

  /// A price may be given as a rate; a question for a sum of money is not answered by one.
  @Test func aRateAnswersAPriceButNotASum() {
    #expect(
      TestSupport.bestAnswer(
        "what is the cost of government borrowing?",
        in: "The cost of government borrowing already stands at 5.1%.") == "5.1%")
    let sum = TestSupport.candidates(
      "how much prize money did Rita Vale win?",
      in: "Rita Vale won the final with 49.2% of the vote.")
    #expect(!sum.contains { $0.text == "49.2%" && $0.typeFit >= 0.55 })
  }

  @Test func aBracketThatDoesNotCloseIsCut() {
    let words = SentenceWords("The deal is worth $1.2bn (£640m at current rates) to the firm.")
    let start = words.words.firstIndex { $0.surface == "1.2bn" }!
    let end = words.words.firstIndex { $0.surface == "640m" }!
    let candidate = ShortAnswerExtractor.Candidate(
      text: words.text(from: start, through: end),
      utf8Range: words.utf8Range(from: start, through: end), score: 1, typeFit: 1)
    #expect(ShortAnswerExtractor().completedFigure(candidate, words).text == "$1.2bn")
  }

  @Test(arguments: [
    ("Prices rose 8% last year.", "8", "8%"),
    ("It sold for £28.7m in cash.", "28.7m", "£28.7m"),
    (
      "It cost 5.65bn euros ($7.4bn; £3.9bn) in all.", "5.65bn euros ($7.4bn; £3.9bn",
      "5.65bn euros ($7.4bn; £3.9bn)"
    ),
  ])
  func signsAndBrackets(sentence: String, figure: String, expected: String) throws {
    let words = SentenceWords(sentence)
    let start = try #require(sentence.utf8.firstRange(of: figure.utf8))
    let lower = sentence.utf8.distance(from: sentence.utf8.startIndex, to: start.lowerBound)
    let candidate = ShortAnswerExtractor.Candidate(
      text: figure, utf8Range: lower..<(lower + figure.utf8.count), score: 1, typeFit: 1)
    #expect(ShortAnswerExtractor().completedFigure(candidate, words).text == expected)
  }
}
