import Testing

@testable import NewsdeskCore

@Suite struct ReferenceResolverTests {
  let resolver = ReferenceResolver()

  func names(_ sentences: [String], in index: Int) -> [String: String] {
    TestSupport.resolvedMentions(sentences, in: index, resolver: resolver)
  }

  @Test func pronounTakesThePersonOfTheSentenceBefore() {
    let sentences = [
      "Rubio, speaking Wednesday in Mexico on the first stop of his tour, vowed no mercy.",
      "He warned of more US attacks like the one in the Caribbean.",
    ]
    #expect(names(sentences, in: 1)["He"] == "Rubio")
  }

  @Test func pronounPrefersTheSubjectOfItsOwnSentence() {
    let sentences = [
      "Trump said the boat belonged to Tren de Aragua, a Venezuelan gang he has designated as a terrorist organization."
    ]
    #expect(names(sentences, in: 0)["he"] == "Trump")
  }

  @Test func titlesAndPossessiveOwnersAreNotThePerson() {
    let sentences = [
      "Ecuador's Interior Minister John Reimberg said he expected greater cooperation."
    ]
    #expect(names(sentences, in: 0)["he"] == "John Reimberg")
  }

  @Test func roleNounTakesTheNameThatCarriedTheRole() {
    let sentences = [
      "Rubio will meet Ecuador's President Daniel Noboa on Thursday.",
      "The visit was planned for weeks.",
      "The president has deployed troops.",
    ]
    #expect(names(sentences, in: 2)["The president"] == "Daniel Noboa")
  }

  @Test func groupNounTakesTheNameInApposition() {
    let sentences = [
      "Trump said the boat belonged to Tren de Aragua, a Venezuelan gang, although the group is not known for trafficking."
    ]
    #expect(names(sentences, in: 0)["the group"] == "Tren de Aragua")
  }

  @Test func pronounWithNoPersonBeforeItStaysUnresolved() {
    let sentences = ["The base was closed in 2009.", "He refused to renew the lease."]
    #expect(names(sentences, in: 1).isEmpty)
  }

  @Test func pronounInsideAQuoteIsTheSpeakersVoice() {
    let sentences = ["Rubio said: \"he will not escape\" on Wednesday."]
    #expect(names(sentences, in: 0)["he"] == nil)
  }

  @Test func itTakesTheNearestCountryBeforeIt() {
    let sentences = [
      "The official said that Rubio will also present Ecuador as a cautionary tale after it amassed billions of dollars in debt to China."
    ]
    #expect(names(sentences, in: 0)["it"] == "Ecuador")
  }

  @Test func expletiveItIsLeftAlone() {
    let sentences = ["Ecuador signed the deal.", "It is clear that Peru will follow."]
    #expect(names(sentences, in: 1).isEmpty)
  }
}
