import Testing

@testable import NewsdeskCore

/// List and yes/no answers through the whole session (retrieval, the phrase rules, then the
/// parse), over the invented takeover and cup-final articles.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct FormAnswersSessionTests {
  static func session() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [
      TestSupport.repositoryRoot.appendingPathComponent("Tests/Scripts/fixtures/forms").path
    ])
    return session
  }

  @Test func listMembersNamedInOtherSentencesCarryTheirSentence() throws {
    var session = try Self.session()
    let answer = session.ask("which banks advised Lactos?")
    let short = try #require(answer.shortAnswer)
    #expect(
      short.contains("Banco Rimac") && short.contains("Credito Andino") && short.contains(" and "))
    let others = answer.listMembers.map(\.evidence.sentence) + [answer.evidence?.sentence ?? ""]
    #expect(others.contains { $0.contains("Banco Rimac advised") })
    #expect(others.contains { $0.contains("Credito Andino") })
    #expect(answer.json(includeCandidates: false).serialized().contains("\"listMembers\""))
  }

  @Test func oneSentenceListIsHighlightedWhole() throws {
    var session = try Self.session()
    let answer = session.ask("which countries does Andean Dairy sell its cheeses in?")
    #expect(answer.shortAnswer == "Peru, Chile, Bolivia and Ecuador")
    let evidence = try #require(answer.evidence)
    let highlight = try #require(evidence.highlight)
    let marked = String(decoding: Array(evidence.sentence.utf8)[highlight], as: UTF8.self)
    #expect(marked == "Peru, Chile, Bolivia and Ecuador")
    #expect(answer.listMembers.isEmpty)
  }

  @Test func yesAndNoComeWithTheirSentence() throws {
    var session = try Self.session()
    let yes = session.ask("was Andean Dairy bought by Lactos?")
    #expect(yes.shortAnswer == "Yes")
    #expect(yes.evidence?.sentence.contains("Lactos") == true)
    let no = session.ask("did Quesera Norte buy Andean Dairy?")
    #expect(no.shortAnswer == "No")
    #expect(no.evidence?.sentence.contains("lost out") == true)
    #expect(no.evidence?.highlight != nil)
  }

  @Test func undecidedYesNoAbstainsShowingTheNearestSentence() throws {
    var session = try Self.session()
    let answer = session.ask("did Lactos close the Trujillo packing plant?")
    #expect(answer.abstained)
    #expect(answer.shortAnswer == nil)
    #expect(answer.evidence?.sentence.contains("Trujillo") == true)
    #expect(answer.abstentionReason != nil)
  }

  /// Fragments, no verb, only a name: the surface rules' answer or an abstention, never a
  /// crash.
  @Test(arguments: [
    "did?", "which countries", "name the", "Lactos?", "DID LACTOS BUY ANDEAN DAIRY?",
    "are ,,, and and and?", "which ones of them and and or?",
  ])
  func badInputNeverCrashes(question: String) throws {
    var session = try Self.session()
    let answer = session.ask(question)
    #expect(answer.abstained || answer.shortAnswer?.isEmpty == false)
  }
}
