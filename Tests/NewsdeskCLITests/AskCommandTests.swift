import Foundation
import Testing

/// `newsdesk ask QUESTION`.
@Suite(.needsWordNet) struct AskCommandTests {
  @Test func textAnswer() throws {
    let result = try CLI.run(["ask", "--corpus", "corpus", "when was the base closed?"])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let replies = result.textReplies
    try #require(replies.count == 1)
    #expect(result.stdoutLines.first == "2009")
    #expect(replies[0].contains("The base was closed in 2009"))
    #expect(!result.stdout.contains("**"), "no markup with colour off")
    #expect(replies[0].contains(CLI.seedTitle))
    #expect(replies[0].contains("2025-09-04"))
  }

  /// A misspelt word is read as the article's word, and the answer says so on its own line.
  @Test func misspeltWordIsReadAndNoticed() throws {
    let result = try CLI.run(["ask", "--corpus", "corpus", "when was the base closd?"])
    #expect(result.status == 0)
    #expect(result.stdoutLines.first == "(read \"closd\" as \"closed\")")
    #expect(result.stdoutLines.dropFirst().first == "2009")
  }

  @Test func questionMayBeSeveralArguments() throws {
    let joined = try CLI.run(["ask", "--corpus", "corpus", "when was the base closed?"])
    let split = try CLI.run(["ask", "--corpus", "corpus", "when", "was", "the", "base", "closed?"])
    #expect(split.status == 0)
    #expect(split.stdout == joined.stdout)
  }

  @Test func jsonFollowsTheContract() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--format", "json", "who did Rubio meet?",
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    try #require(result.stdoutLines.count == 1)
    let line = result.stdoutLines[0]
    let answer = try ContractAnswer.check(line)
    #expect(answer.question == "who did Rubio meet?")
    #expect(answer.abstained == false)
    #expect(answer.answer != nil && answer.answer != "Rubio")
    #expect(answer.sentence?.contains("Noboa") == true)
    #expect(answer.answerType == "PERSON")
    #expect(answer.sentenceIndex == 2)
    #expect(answer.candidates == nil)
    let article = try #require(answer.article)
    #expect(article.id == "2025-09-04-rubio-ecuador-security-visit")
    #expect(article.title == CLI.seedTitle)
    #expect(article.date == "2025-09-04")
    #expect(article.path.hasSuffix("corpus/2025-09-04-rubio-ecuador-security-visit.txt"))
    // Types as JSON itself sees them, independent of the decoder.
    let object = try CLI.jsonObject(line)
    #expect(object["question"] is String)
    #expect(object["answer"] is String)
    #expect(object["sentence"] is String)
    #expect(object["article"] is [String: Any])
    #expect(object["answerType"] is String)
    #expect(line.contains("\"abstained\":false"))
    #expect(line.contains("\"sentenceIndex\":2,"))
  }

  @Test func jsonWithTopListsCandidatesBestFirst() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--format", "json", "--top", "3", "when was the base closed?",
    ])
    #expect(result.status == 0)
    try #require(result.stdoutLines.count == 1)
    let answer = try ContractAnswer.check(result.stdoutLines[0])
    let candidates = try #require(answer.candidates)
    #expect(candidates.count <= 3 && !candidates.isEmpty)
    #expect(candidates.first?.sentence == answer.sentence)
    for (previous, next) in zip(candidates, candidates.dropFirst()) {
      #expect(previous.score >= next.score)
    }
  }

  @Test func jsonAbstention() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--format", "json", "what did Putin say about Ukraine?",
    ])
    #expect(result.status == 0)
    let answer = try ContractAnswer.check(try #require(result.stdoutLines.first))
    #expect(answer.abstained)
    #expect(answer.answer == nil)
    #expect(answer.sentence != nil)  // the nearest sentence is still shown
  }

  @Test func jsonWhenNothingMatches() throws {
    let result = try CLI.run(["ask", "--corpus", "corpus", "--format", "json", "zebra xylophone?"])
    #expect(result.status == 0)
    let line = try #require(result.stdoutLines.first)
    let answer = try ContractAnswer.check(line)
    #expect(answer.abstained)
    #expect(answer.answer == nil)
    #expect(answer.sentence == nil)
    #expect(line.contains("\"answer\":null"))
  }

  @Test func textAbstentionShowsTheNearestSentence() throws {
    let result = try CLI.run(["ask", "--corpus", "corpus", "what did Putin say about Ukraine?"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("The loaded articles don't say."))
    #expect(result.stdout.contains("Nearest: “"))
  }

  @Test func topShowsCandidatesInText() throws {
    let result = try CLI.run([
      "ask", "--corpus", "corpus", "--top", "2", "when was the base closed?",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Top sentences:"))
    #expect(result.stdout.contains("1. "))
    #expect(result.stdout.contains("2. "))
    #expect(!result.stdout.contains("   3. "))
  }
}
