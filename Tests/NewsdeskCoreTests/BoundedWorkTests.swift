import Testing

@testable import NewsdeskCore

/// Every question and sentence is read within fixed limits, and the answer says when a
/// limit cut something (issue 11, item 4). Times are measured in
/// Benchmarks/BoundedInputs/measure.sh, not here.
@Suite(.needsWordNet) struct BoundedWorkTests {
  static let article = """
    date 2025-03-10
    The port of Guayaquil reopened on Monday. Union leader Ana Torres met the mayor, Pedro Salas, \
    to end the strike.
    """

  func session(_ text: String = article) -> NewsdeskSession {
    var session = NewsdeskSession()
    session.addArticle(text: text, id: "port")
    return session
  }

  @Test func aQuestionOverTheCharacterLimitIsCutWithANotice() {
    let filler = Array(repeating: "abcdefghij", count: 1_100).joined(separator: " ")
    let question = "Who did Ana Torres meet? " + filler
    #expect(question.unicodeScalars.count > QuestionLimits.maximumCharacters)
    var session = session()
    let answer = session.ask(question)
    #expect(answer.question.unicodeScalars.count <= QuestionLimits.maximumCharacters)
    #expect(answer.analysis.notice?.contains("cut to its first 10000 characters") == true)
  }

  @Test func aQuestionUnderTheLimitsIsNotCut() {
    var session = session()
    let answer = session.ask("Who did Ana Torres meet?")
    #expect(answer.analysis.notice == nil)
    #expect(answer.shortAnswer?.contains("Salas") == true)
  }

  @Test func aWordTooLongToCorrectIsReadAsTypedWithANotice() {
    let word = String(repeating: "strikez", count: 10)  // 70 letters, no slip of any word
    var session = session()
    let answer = session.ask("When did the \(word) end?")
    #expect(answer.analysis.notice?.contains("did not check the spelling") == true)
    #expect(answer.analysis.text.contains(word))
  }

  @Test(arguments: [QuestionLimits.maximumCorrectableLength + 1, 5_000])
  func longWordsAreNotCorrectionCandidates(length: Int) {
    #expect(!SpellingCorrector.isCorrectable(String(repeating: "a", count: length)))
  }

  @Test func sentenceWordsReadAtMostTheWordLimit() {
    let sentence = Array(repeating: "word", count: 3_000).joined(separator: " ") + "."
    let words = SentenceWords(sentence)
    #expect(words.words.count == SentenceWords.maximumWords)
    #expect(words.isCut)
    #expect(words.bytes.count < sentence.utf8.count)
    #expect(words.punctuation(after: words.words.count - 1) == nil)
  }

  @Test func sentenceWordsReadAtMostTheByteLimitButAlwaysTheFirstWord() {
    let long = String(repeating: "x", count: 50_000)
    #expect(SentenceWords(long).words.count == 1)
    let words = SentenceWords(
      Array(repeating: "abcdefghijklmnopqrstuvwxy", count: 900).joined(separator: " "))
    #expect(words.isCut)
    #expect(words.bytes.count <= SentenceWords.maximumBytes)
  }

  /// A sentence of 6,000 words with the answer near its middle: the rules read the 1,000
  /// words around the question's words, and the answer shows that part, marked as cut.
  @Test func aLongSentenceIsReadAroundTheQuestionsWords() {
    let filler = Array(repeating: "and then the tide came in", count: 500).joined(separator: " ")
    let text = "date 2025-03-10\n\(filler) while Ana Torres met Pedro Salas in Quito \(filler)."
    var session = session(text)
    let answer = session.ask("Who did Ana Torres meet?")
    #expect(answer.shortAnswer?.contains("Salas") == true)
    #expect(answer.analysis.notice?.contains("only the 1000 around your question's words") == true)
    let sentence = answer.evidence?.sentence ?? ""
    #expect(sentence.hasPrefix("… ") && sentence.hasSuffix(" …"))
    #expect(WordTokenizer.words(in: sentence).count <= SentenceWords.maximumWords)
  }
}
