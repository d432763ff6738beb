import Foundation
import Testing

@testable import NewsdeskCore

/// Checks over every golden question and conversation turn (Tests/Scripts and its pending
/// folder), whatever its expectation says: an answer never is a bare pronoun, and a long
/// conversation keeps bounded memory.
@Suite struct GoldenAnswersShapeTests {
  static var scriptFolders: [String] {
    let scripts = TestSupport.repositoryRoot.appendingPathComponent("Tests/Scripts").path
    return [scripts, scripts + "/pending"]
  }

  func seedSession() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.seedArticlePath])
    return session
  }

  @Test func noGoldenAnswerIsABarePronoun() throws {
    let runner = QAScriptRunner(session: try seedSession())
    var asked = 0
    for case .success(let path) in QAScriptFiles.expand(Self.scriptFolders) {
      guard case .success(let script) = QAScriptFiles.load(path: path) else {
        Issue.record("cannot read \(path)")
        continue
      }
      for result in runner.run(script).cases {
        asked += 1
        guard let short = result.answer.shortAnswer else { continue }
        let words = short.split(separator: " ").map(String.init)
        let bare = words.count == 1 && Lexicon.isPersonalPronoun(words[0])
        #expect(!bare, "\(result.location): \(result.testCase.question) → \(short)")
        #expect(
          !Lexicon.isPersonalPronoun(result.answer.speaker ?? "Someone"),
          "\(result.location): the speaker is a pronoun")
      }
    }
    // The golden files hold well over a hundred questions; fewer means they were not found.
    #expect(asked > 100)
  }

  @Test func aThousandTurnConversationKeepsMemoryBounded() throws {
    var session = try seedSession()
    let turns = ["who did Rubio meet?", "when?", "what did he say?", "what else?", "where?"]
    for turn in 0..<1000 {
      _ = session.ask(turns[turn % turns.count])
      #expect(session.memory.turns.count <= ConversationMemory.capacity)
    }
    #expect(session.memory.turns.allSatisfy { $0.given.count <= 20 })
  }

  @Test(.needsWordNet) func aFirstFollowUpAsksWhatIsMeant() throws {
    var session = try seedSession()
    let answer = session.ask("When?")
    #expect(answer.abstained)
    #expect(answer.shortAnswer == nil)
    #expect(answer.clarification?.hasPrefix("What are you asking about?") == true)
    #expect(session.memory.isEmpty)
    // And once something is asked, the same follow-up is read against it.
    _ = session.ask("who did Rubio meet?")
    let when = session.ask("When?")
    #expect(when.analysis.askedAs == "When?")
    #expect(when.analysis.text == "When did Rubio meet Daniel Noboa?")
    #expect(when.shortAnswer == "Thursday")
    #expect(when.answerDate?.iso == "2025-09-04")
  }

  @Test func resetForgetsTheConversation() throws {
    var session = try seedSession()
    _ = session.ask("who did Rubio meet?")
    session.reset()
    #expect(session.ask("when?").clarification != nil)
  }
}
