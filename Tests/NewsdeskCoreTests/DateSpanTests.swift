import Testing

@testable import NewsdeskCore

/// Date phrases are read whole: the day with its month, and two dates joined as one answer.
struct DateSpanTests {
  @Test(arguments: [
    ("Kessler quit on 24 November and left.", "24 November"),
    ("The depot was raided on 1 May, 2002, at dawn.", "1 May, 2002"),
    ("The depot was raided on May 1, 2002, at dawn.", "May 1, 2002"),
    (
      "Shares were bought between 12 January and 10 February for $30m.",
      "12 January and 10 February"
    ),
    ("The club won the cup in 1997 and 1998.", "1997 and 1998"),
    ("It opens on the 3rd March.", "3rd March"),
  ])
  func theWholeDateIsASpan(_ sentence: String, _ expected: String) {
    let words = SentenceWords(sentence)
    let texts = EntityRecognizer().dateSpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
    #expect(texts.contains(expected), "\(texts)")
  }

  /// A number that is no day of the month stays out of the date.
  @Test(arguments: [
    ("He scored 45 January goals.", "January"),
    ("Sales rose 8, January figures show.", "January"),
  ])
  func otherNumbersStayOut(_ sentence: String, _ expected: String) {
    let words = SentenceWords(sentence)
    let texts = EntityRecognizer().dateSpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
    #expect(texts == [expected], "\(texts)")
  }
}

/// "Why?" reads a "to" clause as a purpose only where it can be one.
struct ReasonClauseTests {
  @Test(arguments: [
    ("The lab is to shut down next month.", false),
    ("The council has to find the money.", false),
    ("The lab sold its building to pay its debts.", true),
    // "to" before a figure or a determiner says where to, not what for.
    ("The bank raised its rate to 4.5% on Thursday.", false),
    ("The lab moved its staff to the capital.", false),
    ("Prices rose to £3 a loaf.", false),
  ])
  func toStartsAPurposeOnlyAfterAClause(_ sentence: String, _ isPurpose: Bool) {
    let words = SentenceWords(sentence)
    let spans = ShortAnswerExtractor().clauseSpans(words, type: .reason)
    #expect(!spans.isEmpty == isPurpose, "\(spans.map(\.span))")
  }
}
