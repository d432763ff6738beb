import Testing

@testable import NewsdeskCore

/// The order `--top` lists sentences in: by what they hold of the question and of an answer.
@Suite struct SentenceRankingTests {
  func standing(
    _ position: Int, coverage: Double = 0.5, termShare: Double = 0.5, typeFit: Double = 0,
    bigrams: Double = 0, retrieval: Double = 0.5, answered: Bool = false,
    namesNoneAsked: Bool = false
  ) -> SentenceRanking.Standing {
    SentenceRanking.Standing(
      position: position, coverage: coverage, termShare: termShare, typeFit: typeFit,
      candidateScore: 0, bigramShare: bigrams, retrievalShare: retrieval, answered: answered,
      namesNoneAsked: namesNoneAsked)
  }

  /// A question's terms, a sentence's, and what the ranking should make of them.
  struct TermCase: Sendable, CustomTestStringConvertible {
    var asked: [String]
    var present: [String]
    var kind: String? = nil
    var share: Double
    var testDescription: String { "\(asked) in \(present)" }
  }

  static let termShareCases: [TermCase] = [
    TermCase(
      asked: ["crip", "gang", "color"], present: ["crip", "blue"], kind: "color", share: 0.5),
    TermCase(
      asked: ["crip", "gang", "color"], present: ["crip", "gang", "color"], kind: "color",
      share: 1),
    TermCase(asked: ["crip", "gang", "color"], present: ["color"], kind: "color", share: 0),
    TermCase(asked: ["crip", "gang", "color"], present: ["crip", "color"], share: 2.0 / 3),
    TermCase(asked: ["compani"], present: ["compani"], kind: "compani", share: 1),
    TermCase(asked: [], present: ["compani"], share: 0),
  ]

  @Test(
    "The noun naming the kind asked is left out of the term share, unless it is all there is",
    arguments: termShareCases)
  func termShare(_ test: TermCase) {
    let measured = SentenceRanking.termShare(
      of: Set(test.asked), in: Set(test.present), kindTerm: test.kind)
    #expect(abs(measured - test.share) < 1e-9)
  }

  static let namesNoneCases: [(names: [String], present: [String], none: Bool)] = [
    (["hale", "bopp"], ["hale", "bopp", "comet"], false),
    (["hale", "bopp"], ["bopp"], false),
    (["crip", "crip"], ["gang"], true),
    ([], ["gang"], false),
  ]

  @Test("Whether a sentence names none of the question's names", arguments: namesNoneCases)
  func namesNone(_ test: (names: [String], present: [String], none: Bool)) {
    #expect(SentenceRanking.namesNone(of: test.names, in: Set(test.present)) == test.none)
  }

  @Test("A sentence about someone the question does not name ranks below one about its name")
  func namedFirst() {
    let otherName = standing(0, coverage: 0.7, termShare: 0.7, retrieval: 1, namesNoneAsked: true)
    let named = standing(1, coverage: 0.6, termShare: 0.6, retrieval: 0.8)
    #expect(SentenceRanking.order([otherName, named]).map(\.position) == [1, 0])
  }

  @Test(
    "An answer of the kind asked counts whole, a plausible one half",
    arguments: [(1.0, 1.0), (0.55, 1.0), (0.5, 0.5), (0.45, 0.5), (0.2, 0.0), (0.0, 0.0)])
  func answerCredit(typeFit: Double, credit: Double) {
    #expect(SentenceRanking.answerCredit(typeFit) == credit)
  }

  @Test(
    "The share of the question's word pairs kept together",
    arguments: [
      (["crip", "gang", "color"], ["the", "crip", "gang", "color"], 1.0),
      (["crip", "gang", "color"], ["gang", "color", "crip"], 0.5),
      (["gang", "color"], ["color", "gang"], 0.0),
      (["gang"], ["gang"], 0.0),
    ])
  func bigrams(question: [String], sentence: [String], share: Double) {
    #expect(SentenceRanking.bigramShare(question: question, sentence: sentence) == share)
  }

  @Test("A sentence holding more of the question and an answer outranks retrieval's first")
  func answerBearingFirst() {
    let retrievalsFirst = standing(0, coverage: 0.6, termShare: 0.5, retrieval: 1)
    let answering = standing(1, coverage: 0.8, termShare: 0.75, typeFit: 1, retrieval: 0.7)
    let ranked = SentenceRanking.order([retrievalsFirst, answering])
    #expect(ranked.map(\.position) == [1, 0])
  }

  @Test("Ties keep retrieval's order; the sentence answered from breaks them")
  func ties() {
    #expect(
      SentenceRanking.order([standing(0), standing(1), standing(2)]).map(\.position) == [0, 1, 2])
    let answered = [standing(0), standing(1), standing(2, answered: true)]
    #expect(SentenceRanking.order(answered).map(\.position) == [2, 0, 1])
  }

  @Test("Through the session: the listed sentences read best first, the dated one on top")
  func sessionOrder() throws {
    var session = NewsdeskSession()
    session.addArticle(
      text: """
        Acme runs a plant in Leeds, and the Leeds plant is Acme's largest plant.

        Workers at the plant in Leeds praised Acme.

        Acme opened the Leeds plant in March 2004.
        """, id: "acme")
    session.top = 3
    let answer = session.ask("When did Acme open its plant in Leeds?")
    #expect(answer.candidates.count == 3)
    let first = try #require(answer.candidates.first)
    #expect(first.sentence.contains("March 2004"))
    for (previous, next) in zip(answer.candidates, answer.candidates.dropFirst()) {
      #expect(previous.score >= next.score)
    }
  }
}
