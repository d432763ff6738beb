import Testing

@testable import NewsdeskCore

/// Several articles answering one question: the same answer is cited once per article,
/// different answers are kept, newest first.
@Suite(.needsWordNet) struct ManyArticlesTests {
  static let older = CalendarDate(year: 2025, month: 10, day: 1)!
  static let newer = CalendarDate(year: 2025, month: 10, day: 3)!

  func session(_ articles: [(String, CalendarDate, String)]) -> NewsdeskSession {
    var session = NewsdeskSession()
    for (id, date, body) in articles {
      session.addArticle(text: "---\ndate: \(date.iso)\n---\n\n" + body, id: id)
    }
    return session
  }

  @Test func differentFiguresAreShownNewestFirst() throws {
    var session = session([
      ("first", Self.older, "About 3,000 dockworkers went on strike at the port on Tuesday."),
      ("second", Self.newer, "The strike by 4,500 dockworkers at the port ended on Thursday."),
      ("third", Self.older, "Some 5,200 dockworkers joined the strike, the union said."),
    ])
    let answer = session.ask("how many dockworkers went on strike?")
    #expect(!answer.abstained)
    let all = [answer.shortAnswer] + answer.otherAnswers.map(\.text)
    #expect(Set(all.compactMap { $0 }).isSuperset(of: ["3,000", "4,500"]))
    let dates = answer.otherAnswers.compactMap(\.evidence.article.date)
    #expect(dates == dates.sorted(by: >))
  }

  @Test func theSameAnswerIsCitedOncePerArticle() throws {
    var session = session([
      ("first", Self.older, "Union leader Marta Quiroga said the workers wanted a raise."),
      ("second", Self.newer, "Union leader Marta Quiroga said the deal was fair."),
    ])
    let answer = session.ask("who is the union leader?")
    #expect(answer.shortAnswer == "Marta Quiroga")
    #expect(answer.alsoCitedIn.count == 1)
    #expect(answer.otherAnswers.isEmpty)
    let cited = Set(([answer.evidence] + answer.alsoCitedIn).compactMap { $0?.article.id })
    #expect(cited == ["first", "second"])
  }

  @Test(arguments: [
    ("11", "11 people", true), ("Noboa", "Daniel Noboa", true), ("3,000", "4,500", false),
    ("Thursday", "Wednesday", false), ("", "11", false),
  ])
  func answersAgreeWhenOneHoldsTheOthersWords(_ example: (String, String, Bool)) {
    #expect(AnswerComposer.sameAnswer(example.0, example.1) == example.2)
  }

  @Test func oneArticleNeverDisagreesWithItself() throws {
    var session = session([
      (
        "only", Self.older,
        "About 3,000 dockworkers went on strike. Later 4,500 dockworkers were on strike."
      )
    ])
    let answer = session.ask("how many dockworkers went on strike?")
    #expect(answer.otherAnswers.isEmpty)
    #expect(answer.alsoCitedIn.isEmpty)
  }
}
