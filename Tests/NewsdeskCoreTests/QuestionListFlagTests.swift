import Testing

@testable import NewsdeskCore

/// Which questions ask for several things.
@Suite(.needsWordNet) struct QuestionListFlagTests {
  @Test(arguments: [
    ("which countries signed the treaty?", true),
    ("which US presidents has he served under?", true),
    ("which two teenage girls were shot?", true),
    ("who were the previous winners of the show?", true),
    ("who are O'Leary's right-hand men?", true),
    ("where are the six tracks that Wembley is selling?", true),
    ("name the players who scored", true),
    ("who else was inducted alongside U2?", true),
    ("which country signed the treaty?", false),
    ("who is the president of Ecuador?", false),
    ("what is the capital of Ecuador?", false),
    ("how many countries signed?", false),
    ("did Pernod buy Glenmorangie?", false),
    ("what news did he bring?", false),
  ])
  func listFlag(question: String, asksForList: Bool) {
    #expect(QuestionAnalyzer().analyze(question).asksForList == asksForList)
  }
}
