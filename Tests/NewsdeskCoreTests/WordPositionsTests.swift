import Testing

@testable import NewsdeskCore

/// Windows of word positions never invert, whatever the sentence's length.
@Suite(.needsWordNet) struct WordPositionsTests {
  @Test(arguments: [
    (2, 14, 20, 2..<14),
    (5, 3, 20, 5..<5),  // closes before it opens: empty, not a trap
    (12, 14, 10, 10..<10),  // starts past the end
    (-3, 2, 10, 0..<2),
    (0, 5, -1, 0..<0),
  ])
  func halfOpenWindowsAreClamped(lower: Int, upper: Int, count: Int, expected: Range<Int>) {
    #expect(Range.positions(from: lower, upTo: upper, in: count) == expected)
  }

  @Test func closedWindowsAreClampedOrNil() {
    #expect(ClosedRange.positions(from: -1, through: 3, in: 10) == 0...3)
    #expect(ClosedRange.positions(from: 8, through: 12, in: 10) == 8...9)
    #expect(ClosedRange.positions(from: 4, through: 3, in: 10) == nil)
    #expect(ClosedRange.positions(from: 0, through: 0, in: 0) == nil)
  }

  @Test func arraySlicesAndElementsOutsideAreCut() {
    let letters = ["a", "b", "c"]
    #expect(Array(letters[clamped: 1..<9]) == ["b", "c"])
    #expect(letters[checked: 3] == nil)
    #expect(letters[checked: -1] == nil)
    #expect(letters[checked: 2] == "c")
  }

  /// "use" as one of a sentence's last two words once made the instrument window invert
  /// (issue 11, item 5): the question is answered or declined, and the whole answer path runs.
  @Test(arguments: [
    "Geologists observe the fabric of rocks with the tools they use.",
    "Geologists observe the fabric with what they use today.",
    "Geologists use.",
    "Geologists observe the fabric they use",
    "Geologists employ microscopes to observe the fabric.",
  ])
  func useNearTheSentenceEndIsNotACrash(sentence: String) {
    var session = NewsdeskSession()
    session.addArticle(text: "date 2025-01-02 " + sentence, id: "use")
    let answer = session.ask("How do geologists observe the fabric?")
    #expect(answer.evidence?.sentence.hasPrefix("Geologists") == true)
  }

  @Test func theInstrumentIsStillFoundWhereThereIsRoom() {
    #expect(
      TestSupport.bestAnswer(
        "How do geologists observe the fabric?",
        in: "Geologists use microscopic analysis of thin sections to observe the fabric.")
        == "microscopic analysis of thin sections")
  }
}
