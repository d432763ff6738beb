import Testing

@testable import NewsdeskCore

/// Follow-ups that fit nothing in the conversation ask back, and what they say names nothing
/// the loaded articles may lack; a role swapped in replaces the role the last question asked
/// about (issue 15).
@Suite(.needsWordNet) struct FollowUpAskBackTests {
  let resolver = FollowUpResolver()

  func memory(_ question: String, _ answer: String?) -> ConversationMemory {
    var memory = ConversationMemory()
    memory.remember(
      ConversationMemory.Turn(
        question: question, analysis: QuestionAnalyzer().analyze(question), answer: answer,
        given: answer.map { [$0] } ?? []))
    return memory
  }

  @Test(arguments: ["since when?", "when?", "how long?", "when exactly?"])
  func aTimeAfterWhoSomeoneIsAsksBack(_ typed: String) {
    let followUp = resolver.resolve(typed, memory: memory("who is Martin Yeo?", "spokesman"))
    #expect(followUp.kind == .needsContext)
    #expect(followUp.message?.contains("who is Martin Yeo") == true)
    // The example is about the person asked about, a name the articles hold.
    #expect(followUp.message?.contains("when did Martin Yeo") == true)
  }

  @Test func aTimeAfterWhoHoldsARoleIsSpelledOut() {
    // "Daniel Noboa" holds the role the question names: since when he has is a fair question.
    let followUp = resolver.resolve(
      "since when?", memory: memory("who is Ecuador's president?", "Daniel Noboa"))
    #expect(followUp.kind == .rewritten)
    #expect(followUp.question.contains("Daniel Noboa"))
  }

  @Test func theAskBackExamplesNameNoFirm() {
    let followUp = resolver.resolve(
      "for how much?", memory: memory("who is Maria Lind?", "the mayor"))
    #expect(followUp.kind == .needsContext)
    let message = followUp.message ?? ""
    // The only capitalised words are the message's first and the last question's name.
    let names = SentenceWords(message).words.dropFirst().filter(\.isCapitalized).map(\.surface)
    #expect(names.allSatisfy { ["The", "Maria", "Lind"].contains($0) }, "\(names)")
    #expect(!FollowUp.askForContext.contains("Rubio"))
  }

  @Test func aRoleSwappedInReplacesTheRoleAsked() {
    let followUp = resolver.resolve(
      "and the chief executive?", memory: memory("what did the chairman say?", "we are proud"))
    #expect(followUp.kind == .rewritten)
    #expect(followUp.question.lowercased() == "what did the chief executive say?")
  }

  @Test func aRoleSwappedInReplacesAnOwnedRole() {
    let followUp = resolver.resolve(
      "what about the captain?", memory: memory("what did Harbeck's chairman say?", "proud"))
    #expect(followUp.question.lowercased() == "what did the captain say?")
  }

  @Test func aRoleSwappedInReplacesThePersonAskedAbout() {
    // "What did he say?" was read with his name: the role stands against the person.
    let followUp = resolver.resolve(
      "and what about the chairman?",
      memory: memory("what did Omar Haddad say?", "the deal would protect 400 jobs"))
    #expect(followUp.question.lowercased() == "what did the chairman say?")
  }

  @Test func theSameRoleIsNoSwap() {
    let followUp = resolver.resolve(
      "and the chairman?", memory: memory("what did the chairman say?", "we are proud"))
    #expect(followUp.question.lowercased() != "what did the chairman say?")
  }
}

/// A sentence's opening role word before a full name ("Striker Jonah Tedesco") is no name.
@Suite(.needsWordNet) struct OpeningRoleTests {
  let lexicon = FollowUpResolver().lexicon

  @Test(arguments: ["striker", "campaigner", "flanker", "analyst"])
  func aNounForAPersonOpeningASentenceIsARole(_ word: String) {
    #expect(lexicon.isOpeningRole(word, next: "jonah"))
  }

  @Test(arguments: [("lord", "chris"), ("president", "daniel"), ("recent", "figures")])
  func wordsOfAddressTitlesAndOtherWordsAreNot(_ pair: (String, String)) {
    #expect(!lexicon.isOpeningRole(pair.0, next: pair.1))
  }
}
