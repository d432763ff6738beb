import Foundation
import Testing

@testable import NewsdeskCore

/// "Who did he blame?": the one "he" stands for is not who he acted on, nor is any
/// description the conversation gave him; and a name in the spelled-out question is never
/// read as its act.
@Suite(.needsWordNet) struct FollowUpSelfReferenceTests {
  func healthSession() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [
      TestSupport.repositoryRoot.appendingPathComponent("Tests/Scripts/fixtures/newcomer-health")
        .path
    ])
    return session
  }

  @Test func whoHeActedOnIsNeitherHimNorHisRole() throws {
    var session = try healthSession()
    #expect(session.ask("who is the local MP?").shortAnswer == "Gareth Holloway")
    let answer = session.ask("who did he blame?")
    // Answers are excluded as normalised ("MP" and "mp" alike).
    let excluding = Set((session.lastFollowUp?.excluding ?? []).map(AnswerNormalizer.normalize))
    for description in ["gareth holloway", "mp"] {
      #expect(excluding.contains(description), "\(description) not excluded: \(excluding)")
    }
    let given = answer.shortAnswer.map(AnswerNormalizer.normalize) ?? ""
    #expect(!["mp", "local mp", "gareth holloway"].contains(given), "answered \(given)")
  }

  @Test(arguments: ["who is he?", "what did he say?"])
  func aQuestionAboutHimKeepsHisDescriptions(_ question: String) throws {
    var session = try healthSession()
    _ = session.ask("who is the local MP?")
    _ = session.ask(question)
    let excluding = (session.lastFollowUp?.excluding ?? []).map(AnswerNormalizer.normalize)
    #expect(!excluding.contains("mp"))
  }

  @Test(arguments: [
    ("For how much did Bates buy a stake?", "buy"),
    ("For how much did Tom Hunt buy the club?", "buy"),
  ])
  func aNameIsNeverTheQuestionsAct(_ question: String, _ verb: String) throws {
    let session = NewsdeskSession()
    let analysis = session.analyzer.analyze(question)
    let verbs = session.composer.verbLikeWords(of: analysis)
    #expect(verbs.contains(verb))
    let names = SentenceWords(question).words.dropFirst().filter(\.isCapitalized).map(\.lower)
    #expect(!verbs.contains(where: names.contains), "\(verbs)")
  }
}
