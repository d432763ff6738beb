import Testing

@testable import NewsdeskCore

/// "What is the name of the bridge …?" asks for a bridge: a name that carries the kind keeps
/// it ("Anna Lind Bridge", not "Anna Lind"), as "which bridge" does; on invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct NameOfAskedKindTests {
  @Test(arguments: [
    (
      "What is the name of the bridge that crosses the Tarn?",
      "The Anna Lind Bridge is a footbridge that crosses the Tarn near the mill.",
      "Anna Lind Bridge"
    ),
    (
      "Which bridge crosses the Tarn?",
      "The Anna Lind Bridge is a footbridge that crosses the Tarn near the mill.",
      "Anna Lind Bridge"
    ),
  ])
  func theNameKeepsTheKind(_ question: String, _ sentence: String, _ answer: String) throws {
    let all = TestSupport.candidates(question, in: sentence, parse: true)
    let best = try #require(all.first)
    #expect(best.text == answer, "\(all.prefix(3).map(\.trace.summary))")
  }
}
