import Testing

@testable import NewsdeskCore

/// Words in a sentence that introduce the answer the question asks for.
@Suite struct ShortAnswerExtractorCueTests {
  /// A name asked for is the one the sentence names with "named", "dubbed", "known as".
  @Test func nameAfterANamingWord() {
    #expect(
      TestSupport.bestAnswer(
        "What was the name of the northern district?",
        in:
          "In 1850 the province was split into a northern district named Upper Vale and a southern one."
      ) == "Upper Vale")
    #expect(
      TestSupport.bestAnswer(
        "What was the name of the meteorite found by the team?",
        in: "The largest meteorite found by the team is dubbed the Iron Crown.")
        == "Iron Crown")
  }

  /// An example asked for is what the sentence gives after "such as" or "including".
  @Test func exampleAfterSuchAs() {
    #expect(
      TestSupport.bestAnswer(
        "What is an example of a vessel that needed great range?",
        in: "Diesel engines were preferred where range was needed, in vessels such as river barges."
      ) == "river barges")
  }

  /// Without a question asking for a name or an example, the cue changes nothing.
  @Test func noCueWithoutTheQuestionAskingForIt() {
    let words = SentenceWords("Ships such as tankers crossed the sea.")
    let plain = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("What crossed the sea?"), termWeights: [:])
    let example = ShortAnswerExtractor.QuestionContext(
      analysis: QuestionAnalyzer().analyze("What is an example of a ship that crossed the sea?"),
      termWeights: [:])
    let extractor = ShortAnswerExtractor()
    #expect(extractor.cueFactor(3...3, words, context: plain) == 1)
    #expect(extractor.cueFactor(3...3, words, context: example) > 1)
  }
}
