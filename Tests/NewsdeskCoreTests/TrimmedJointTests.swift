import Testing

@testable import NewsdeskCore

/// Trimming a repeated tail leaves no joint behind: "sequence of [mission types]" is
/// "sequence".
@Suite(.needsWordNet)
struct TrimmedJointTests {
  @Test(arguments: [
    ("a sequence of mission types", [false, false, false, true, true], "sequence"),
    ("the gates to the Mongols", [false, false, false, false, true], "gates"),
    ("the gates to the city", [false, false, false, false, false], "gates to the city"),
  ])
  func aRepeatedTailTakesItsJoint(_ phrase: String, _ repeats: [Bool], _ expected: String) throws {
    let words = SentenceWords(phrase)
    let extractor = ShortAnswerExtractor()
    let cut = try #require(
      extractor.trimmed(
        0...(words.words.count - 1), words, repeats: repeats,
        sharedNameEnds: Array(repeating: false, count: words.words.count)))
    #expect(words.text(from: cut.span.lowerBound, through: cut.span.upperBound) == expected)
  }
}
