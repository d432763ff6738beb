import Foundation
import Testing

@testable import NewsdeskCore

/// Fifty follow-ups in a row over three invented stories (a sale, a council budget, a cup
/// final): every answer stays right, a follow-up that fits nothing asks back and is not
/// remembered, and what the conversation keeps (turns, answers given, the story's people and
/// their cache) stays within fixed counts however long it runs.
@Suite(.needsWordNet) struct FollowUpLongRunTests {
  func deskSession() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [
      TestSupport.repositoryRoot.appendingPathComponent("Tests/Scripts/fixtures/desk-followups")
        .path
    ])
    return session
  }

  /// A question and words one of which its answer must hold; no words means the turn must
  /// ask back what it refers to.
  static let rounds: [(question: String, expected: [String])] = [
    ("how much profit did Marlow Foods make in 2025?", ["£22 million"]),
    ("same for 2024?", ["£19 million"]),
    ("by how much did its shares rise?", ["6 percent"]),
    ("who is Penrose Capital's managing partner?", ["David Okoro"]),
    ("what did he say?", ["strong brands", "Hull"]),
    ("how much will the council spend on road repairs in Dunley?", ["£14 million"]),
    ("and in Carston?", ["£9 million"]),
    ("what did the opposition leader say?", ["gamble"]),
    ("what did he warn?", ["libraries"]),
    ("who is Lee Sutton?", ["captain"]),
    ("for how much?", []),
    ("what did Anna Brook say?", ["deserved the trophy", "training ground"]),
    ("And Chris Dalton?", ["tired", "defenders"]),
  ]

  @Test func fiftyFollowUpsOverThreeStoriesStayRightAndBounded() throws {
    var session = try deskSession()
    var storiesCached: Set<Int> = []
    for turn in 0..<50 {
      let round = Self.rounds[turn % Self.rounds.count]
      let remembered = session.memory.turns
      let answer = session.ask(round.question)
      if round.expected.isEmpty {
        // Bad input: asked back, and the conversation is left as it was.
        #expect(answer.clarification?.hasPrefix("What does") == true, "turn \(turn)")
        #expect(answer.shortAnswer == nil)
        #expect(session.memory.turns == remembered, "turn \(turn) changed the memory")
      } else {
        #expect(
          round.expected.contains { answer.shortAnswer?.contains($0) == true },
          "turn \(turn): \(round.question) → \(answer.shortAnswer ?? "no answer")")
      }
      let turns = session.memory.turns
      #expect(turns.count <= ConversationMemory.capacity)
      #expect(turns.allSatisfy { $0.given.count <= ConversationMemory.givenCapacity })
      #expect(turns.allSatisfy { $0.storyPeople.count <= StoryPerson.capacity })
      if let cache = session.storyPeopleCache {
        #expect(cache.people.count <= StoryPerson.capacity)
        storiesCached.insert(cache.article)
      }
    }
    // The cache followed the conversation from story to story, one story at a time.
    #expect(storiesCached.count == 3)
    #expect(session.memory.turns.count == ConversationMemory.capacity)
    let storyPeople = session.memory.turns.reduce(0) { $0 + $1.storyPeople.count }
    #expect(storyPeople <= ConversationMemory.capacity * StoryPerson.capacity)
  }

  @Test func aQuantityAfterAWhoIsQuestionAsksWhatItRefersTo() throws {
    var session = try deskSession()
    _ = session.ask("who is Ruth Kemble?")
    let answer = session.ask("for how much?")
    #expect(answer.clarification?.contains("who is Ruth Kemble") == true)
    #expect(session.memory.turns.count == 1)
    // The question before is still there to follow.
    #expect(session.ask("what did she say?").shortAnswer?.contains("£6 million") == true)
  }
}
