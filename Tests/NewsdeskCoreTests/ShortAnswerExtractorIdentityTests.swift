import Testing

@testable import NewsdeskCore

/// "Who is NAME?" is answered by the role the sentence gives that person, wherever it stands.
@Suite(.needsWordNet) struct ShortAnswerExtractorIdentityTests {
  @Test(arguments: [
    (
      "who is Vera Lindqvist?", "Sweden's Trade Minister Vera Lindqvist opened the fair.",
      "Sweden's Trade Minister"
    ),
    (
      "who is Lindqvist?",
      "The fair was opened by Lindqvist, a former banker who entered politics late.",
      "a former banker"
    ),
    (
      "Who is Tomas Berg?",
      "\"We expect more orders,\" said Tomas Berg, chief executive of the harbour authority.",
      "chief executive of the harbour authority"
    ),
    ("who was Berg?", "Profits rose, said its finance director, Tomas Berg.", "finance director"),
    // Whose role it is stays with the role, with either apostrophe.
    (
      "who is Ian Moss?", "Harbour City's chairman, Ian Moss, criticised the referee.",
      "Harbour City's chairman"
    ),
    (
      "who is Ian Moss?", "Rovers\u{2019} manager, Ian Moss, was pleased.", "Rovers\u{2019} manager"
    ),
  ])
  func theRoleTheSentenceGivesIsTheAnswer(_ example: (String, String, String)) {
    #expect(TestSupport.bestAnswer(example.0, in: example.1) == example.2)
  }

  /// A phrase near the name that is no role is not an answer, nor is a form of address.
  @Test(arguments: [
    ("who is Lindqvist?", "Lindqvist, speaking on Monday, opened the fair."),
    ("who is Tomas Berg?", "Dr Tomas Berg told the radio there was no need to panic."),
  ])
  func noRoleNoAnswer(_ example: (String, String)) {
    #expect(TestSupport.bestAnswer(example.0, in: example.1) == nil)
  }
}
