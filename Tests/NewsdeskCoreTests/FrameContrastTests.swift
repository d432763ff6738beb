import Testing

@testable import NewsdeskCore

/// The question's verb told of someone else, on invented sentences: found where every
/// predicate of the verb gives its role to another name or turns the act round, not where
/// the name, a pronoun or a common noun that may stand for it holds the role.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct FrameContrastTests {
  static func contrast(_ question: String, _ sentence: String) -> FrameContrast? {
    guard let annotator = SentenceAnnotator.standard else { return nil }
    return FrameContrast(
      question: annotator.annotate(question), sentence: annotator.annotate(sentence),
      lexicon: TestSupport.lexicon)
  }

  @Test(
    arguments: [
      (
        "What did Harriet Vane sign in Leeds?",
        "Harriet Vane arrived in Leeds, and Peter Wimsey signed the treaty there.", "Wimsey"
      ),
      (
        "What did Harriet Vane write?",
        "Harriet Vane asked for the report, but Peter Wimsey wrote it.", "Wimsey"
      ),
    ] as [(String, String, String)])
  func anotherNameInTheAskedRoleIsFound(question: String, sentence: String, stated: String) {
    let found = Self.contrast(question, sentence)
    #expect(found?.isSwapped == false)
    #expect(found?.stated.contains(stated) == true)
    #expect(found.map { AbstentionReason.otherActor($0).text.contains("not") } == true)
  }

  @Test func anActTurnedRoundIsFound() {
    let found = Self.contrast(
      "Who did the Halvorsen Trust acquire?", "Ashgrove Mills acquired the Halvorsen Trust in 2004."
    )
    #expect(found?.isSwapped == true)
    #expect(found.map { AbstentionReason.otherActor($0).text.contains("other way round") } == true)
  }

  @Test(
    arguments: [
      // The name asked holds the role.
      ("What did Peter Wimsey sign in Leeds?", "Peter Wimsey signed the treaty in Leeds."),
      // A pronoun may stand for the name.
      ("What did Harriet Vane sign in Leeds?", "She signed the treaty in Leeds."),
      // A common noun may be the name said otherwise.
      ("When did Ashgrove Mills release the album?", "The company released the album in 2004."),
      // Acts that go both ways may be read either way round.
      ("Who did Peter Wimsey meet?", "Harriet Vane met Peter Wimsey in Oxford."),
      // A name the sentence never mentions may be the one it gives under another name.
      ("What did Harriet Vane sign in Leeds?", "Peter Wimsey signed the treaty in Leeds."),
      // No predicate of the question's verb: nothing to read.
      ("What did Harriet Vane sign?", "Peter Wimsey wrote a letter."),
    ] as [(String, String)])
  func aSentenceThatMaySayWhatIsAskedIsLeftAlone(question: String, sentence: String) {
    #expect(Self.contrast(question, sentence) == nil)
  }
}
