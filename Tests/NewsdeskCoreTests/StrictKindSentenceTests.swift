import Testing

@testable import NewsdeskCore

/// Choosing the sentence for a date or amount question: the one that gives a figure of the
/// kind asked for the act asked about, over a lead that repeats the question's words with no
/// figure in it, or one whose figure belongs to another act. Invented articles.
@Suite(.needsWordNet) struct StrictKindSentenceTests {
  static let court = """
    Singer Mara Quill has been spared prison for dangerous driving, but must pay a fine. \
    A judge in Leeds said she must also do 80 hours of community service and pay a fine. \
    Quill's lawyer said the singer was relieved. \
    Under the ruling, Quill must pay a £750 fine and attend a safety course.
    """

  static let depot = """
    The Harlow depot of Brisk Freight is to shut down, the company said. \
    In a statement, Brisk Freight said the decision to close the depot was taken after a \
    review. Brisk Freight said it spent £4m on the depot in 2019. \
    About 80 people will lose their jobs when the depot closes on 3 March.
    """

  @Test(arguments: [
    (court, "How much must Mara Quill pay as a fine?", "£750"),
    (depot, "When will the Harlow depot close?", "3 March"),
  ])
  func theFigureOfTheActAskedAnswers(_ article: String, _ question: String, _ expected: String) {
    var session = NewsdeskSession()
    session.addArticle(text: article, id: "invented")
    let answer = session.ask(question)
    #expect(answer.shortAnswer?.contains(expected) == true, "\(answer.shortAnswer ?? "declined")")
  }

  /// "Report" and "announce" only tell how the figure was given; "pay" names the act.
  @Test func aVerbOfReportingNamesNoAct() {
    let composer = AnswerComposer(lexicon: TestSupport.lexicon)
    let analyzer = QuestionAnalyzer(lexicon: TestSupport.lexicon)
    #expect(
      composer.questionVerbOnlyReports(analyzer.analyze("How much profit did Ostrel report?")))
    #expect(composer.questionVerbOnlyReports(analyzer.analyze("How much did Ostrel announce?")))
    #expect(!composer.questionVerbOnlyReports(analyzer.analyze("How much did Ostrel pay?")))
    #expect(AnswerWeights.strictKindSentenceBoost.value > 1)
  }
}
