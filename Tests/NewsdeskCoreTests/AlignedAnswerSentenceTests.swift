import Testing

@testable import NewsdeskCore

/// Choosing the sentence: one whose best candidate is the question's verb's own argument
/// ("had bought all of Norland's Kelda") states the act asked about, and is read before a
/// sentence that only shares more of the question's words.
@Suite struct AlignedAnswerSentenceTests {
  static let article = """
    Swiss toolmaker Varta has announced 2.1bn euros of purchases to make its Bolt unit the \
    biggest maker of drills. Varta, which last month forecast record sales, said it had \
    bought all of Norland's Kelda. The deal also gives it a plant in Oslo.
    """

  static func candidate(_ firings: [(String, Double)]) -> ShortAnswerExtractor.Candidate {
    ShortAnswerExtractor.Candidate(
      text: "Kelda", utf8Range: 0..<5, score: 1, typeFit: 1,
      firings: firings.map { RuleFiring(rule: $0.0, factor: $0.1) })
  }

  @Test func onlyAnArgumentOrModifierOfTheAlignedVerbCounts() {
    #expect(AnswerComposer.answersAlignedVerb(Self.candidate([("alignedRole", 1.5)])))
    #expect(AnswerComposer.answersAlignedVerb(Self.candidate([("modifierOfAlignedVerb", 1.5)])))
    // The surface verbRole rule, or a parse rule that did not raise the score, is not enough.
    #expect(!AnswerComposer.answersAlignedVerb(Self.candidate([("verbRole", 1.5)])))
    #expect(!AnswerComposer.answersAlignedVerb(Self.candidate([("alignedRole", 1)])))
    #expect(AnswerWeights.alignedAnswerSentenceBoost.value > 1)
  }

  @Test func theSentenceStatingTheActAnswers() {
    var session = NewsdeskSession()
    session.addArticle(text: Self.article, id: "invented")
    let answer = session.ask("Which Norwegian toolmaker did Varta buy?")
    #expect(answer.evidence?.sentence.contains("bought") == true)
  }
}
