import Testing

@testable import NewsdeskCore

/// "How …" questions answered by an adverb of manner or the adjective it grades.
@Suite(.needsWordNet) struct ShortAnswerExtractorMannerTests {
  func adverbs(_ sentence: String) -> [String] {
    let words = SentenceWords(sentence)
    return ShortAnswerExtractor().adverbSpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  @Test func mannerAdverbAndGradedAdjective() {
    #expect(adverbs("The means of production should be socially owned.") == ["socially"])
    #expect(adverbs("The rocks are extremely old compared to rocks on Earth.") == ["extremely old"])
  }

  /// "typically" says how often, not how: the adjective alone is the manner.
  @Test func sentenceAdverbsAreNotManners() {
    #expect(adverbs("Winters are typically mild and sunny.") == ["mild"])
    #expect(adverbs("The plan was eventually dropped.").isEmpty)
  }

  @Test func howFastAsksForAQuantity() {
    #expect(QuestionAnalyzer().analyze("How fast were the winds?").answerType == .quantity)
  }
}
