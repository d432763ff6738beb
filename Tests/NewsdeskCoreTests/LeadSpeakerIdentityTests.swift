import Testing

@testable import NewsdeskCore

/// "Who is NAME?" when the story's lead reports its speaker by role only and the next
/// sentence names them. Invented articles.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct LeadSpeakerIdentityTests {
  static let lead = """
    Harbour board backs new ferry route

    The Tarn Harbour Board would support a direct ferry to Selby if the money were found, \
    its finance director has said.

    Ms Petra Lind told the Tarn Gazette there was "real demand" for the route. The board \
    will meet next month.
    """

  @Test func theLeadsRoleIsThePersonNamedNext() {
    var session = NewsdeskSession()
    session.addArticle(text: Self.lead, id: "invented")
    let answer = session.ask("Who is Petra Lind?")
    #expect(
      answer.shortAnswer?.contains("finance director") == true,
      "\(answer.shortAnswer ?? "declined")")
    #expect(answer.evidence?.sentence.contains("its finance director has said") == true)
  }

  /// The lead's role belongs to the first person named after it, no one else.
  @Test func anotherPersonGetsNoRoleFromTheLead() {
    let article = """
      Harbour board backs new ferry route

      The Tarn Harbour Board would support a direct ferry to Selby if the money were found, \
      its finance director has said.

      Ms Petra Lind told the Tarn Gazette there was "real demand" for the route. Jon Ekdahl \
      said the water at Selby was too shallow for a large ferry.
      """
    var session = NewsdeskSession()
    session.addArticle(text: article, id: "invented")
    let answer = session.ask("Who is Jon Ekdahl?")
    #expect(answer.shortAnswer?.contains("finance director") != true)
  }

  @Test func aSpeakerWithANameIsNoDescription() throws {
    let composer = AnswerComposer(lexicon: TestSupport.lexicon)
    let wordNet = try #require(TestSupport.lexicon.wordNet)
    let words = SentenceWords("The board will act, its finance director Petra Lind has said.")
    let speaker = 4...8
    #expect(composer.describedRole(speaker, in: words, wordNet: wordNet) == nil)
    let role = composer.describedRole(4...6, in: words, wordNet: wordNet)
    #expect(role?.text == "finance director")
    #expect(role?.possessive == true)
  }
}
