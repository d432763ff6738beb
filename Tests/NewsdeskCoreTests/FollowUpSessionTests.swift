import Foundation
import Testing

@testable import NewsdeskCore

/// Follow-ups through a whole session over the invented fixture articles: what memory keeps,
/// how a turn was read, and long runs of follow-ups.
@Suite(.needsWordNet) struct FollowUpSessionTests {
  func fixtureSession() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [
      TestSupport.repositoryRoot.appendingPathComponent("Tests/Scripts/fixtures/followups").path
    ])
    return session
  }

  /// A conversation of one question and its follow-ups, each with words one of which its
  /// answer holds (Haddad says two things in the article: either is his).
  static let rounds: [(question: String, expected: [String])] = [
    ("who bought a stake in Kestrel Media?", ["Harlow Group"]),
    ("how big a stake?", ["30 percent"]),
    ("when?", ["Monday"]),
    ("who is Kestrel Media's chief executive?", ["Omar Haddad"]),
    ("what did he say?", ["printing plants", "400 jobs"]),
  ]

  @Test func fiftyFollowUpsInARowKeepMemoryBoundedAndEveryAnswerRight() throws {
    var session = try fixtureSession()
    for turn in 0..<50 {
      let round = Self.rounds[turn % Self.rounds.count]
      let answer = session.ask(round.question)
      #expect(
        round.expected.contains { answer.shortAnswer?.contains($0) == true },
        "turn \(turn): \(round.question) → \(answer.shortAnswer ?? "no answer")")
      #expect(session.memory.turns.count <= ConversationMemory.capacity)
    }
    let remembered = session.memory.turns
    #expect(remembered.count == ConversationMemory.capacity)
    #expect(remembered.allSatisfy { $0.given.count <= 20 })
    #expect(
      remembered.allSatisfy {
        ($0.evidence?.count ?? 0) <= ConversationMemory.Turn.maximumRememberedCharacters
      })
  }

  @Test func whatElseRunsOutAndSaysSo() throws {
    var session = try fixtureSession()
    _ = session.ask("what did Peter Quinn say?")
    var given: [String] = []
    var last = session.ask("what else?")
    for _ in 0..<10 where last.shortAnswer != nil {
      given.append(last.shortAnswer ?? "")
      last = session.ask("what else?")
    }
    #expect(given.contains { $0.contains("£5 million") })
    #expect(Set(given).count == given.count, "an answer was given twice: \(given)")
    #expect(last.clarification == FollowUp.nothingElse)
  }

  @Test func theSessionRemembersHowTheLastTurnWasRead() throws {
    var session = try fixtureSession()
    _ = session.ask("who is Kestrel Media's chief executive?")
    let answer = session.ask("what did he say?")
    #expect(answer.analysis.askedAs == "what did he say?")
    #expect(answer.analysis.text == "what did Omar Haddad say?")
    #expect(session.lastFollowUp?.shape == .reference)
    #expect(session.lastFollowUp?.readings.first?.readAs == "Omar Haddad")
    let context = session.followUps.context(session.memory)
    #expect(context.first { $0.word == "he" }?.referent == "Omar Haddad")
    #expect(context.first { $0.word == "there" }?.referent == nil)
  }

  @Test func theAnswersSentenceIsRememberedForLaterPronouns() throws {
    var session = try fixtureSession()
    _ = session.ask("who replaced Gary Doyle?")
    let turn = try #require(session.memory.last)
    #expect(turn.evidence?.contains("Gary Doyle") == true)
    #expect(session.ask("what did he say?").analysis.text == "what did Marsh say?")
  }

  @Test func aVerdictIsNothingItCanMean() throws {
    var session = try fixtureSession()
    let verdict = session.ask("did Harlow Group buy a stake in Kestrel Media?")
    #expect(verdict.shortAnswer == "Yes")
    let context = session.followUps.context(session.memory)
    #expect(context.first { $0.word == "it" }?.referent != "Yes")
    #expect(context.allSatisfy { $0.referent != "Yes" })
  }
}
