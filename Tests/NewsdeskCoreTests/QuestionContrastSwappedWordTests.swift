import Testing

@testable import NewsdeskCore

/// A question word the sentence replaces, in the same place, with another kind of the same
/// thing, on invented sentences: found for two kinds of one specific thing, not for a
/// paraphrase or a near synonym.
@Suite(.needsWordNet) struct QuestionContrastSwappedWordTests {
  static func contrast(_ question: String, _ sentence: String) -> QuestionContrast {
    QuestionContrast(question: question, sentence: sentence, lexicon: TestSupport.lexicon.wordNet)
  }

  @Test(
    arguments: [
      (
        "who was hired to simulate snow?", "The city fire brigade was hired to simulate rain.",
        "snow", "rain"
      ),
      (
        "who is dying of potassium poisoning?", "The banker, who is dying of thallium poisoning.",
        "potassium", "thallium"
      ),
      (
        "who was cast as a hero for scenes filmed in Leeds?",
        "Tom Reed was cast as a villain for scenes filmed in Leeds.", "hero", "villain"
      ),
    ])
  func aKindOfTheSameThingInTheSamePlaceIsFound(
    question: String, sentence: String, asked: String, stated: String
  ) {
    let found = Self.contrast(question, sentence)
    #expect(found.swappedWord == QuestionContrast.SwappedWord(asked: asked, stated: stated))
    #expect(found.reasons == [.oppositeStated(asked: asked, stated: stated)])
  }

  @Test(
    arguments: [
      // The word asked is in the sentence, in another form or as a synonym.
      ("who was hired to simulate rain?", "The fire brigade was hired to simulate rain."),
      ("which movie did the studio release?", "The studio released the film in May."),
      // Near synonyms sit below a general word (approval, person): a paraphrase.
      (
        "what has the singer received acclaim for?", "The singer has received praise for her voice."
      ),
      (
        "what did the minister promise to earthquake survivors?",
        "The minister promised new homes to earthquake victims."
      ),
      // Another kind of the same thing, but not in the same place.
      ("who was hired to simulate snow?", "Rain fell while the brigade was hired for the shoot."),
    ])
  func noSwapForAParaphraseOrAnotherPlace(question: String, sentence: String) {
    #expect(Self.contrast(question, sentence).swappedWord == nil)
  }

  @Test func kindsOfOneThingSitBelowASpecificParent() throws {
    let wordNet = try #require(TestSupport.lexicon.wordNet)
    #expect(wordNet.areKindsOfOneThing("snow", "rain"))
    #expect(wordNet.areKindsOfOneThing("potassium", "thallium"))
    #expect(!wordNet.areKindsOfOneThing("acclaim", "praise"))
    #expect(!wordNet.areKindsOfOneThing("snow", "minister"))
  }

  @Test func theSwapExplainsItselfInOneLine() {
    #expect(
      AbstentionReason.oppositeStated(asked: "snow", stated: "rain").text
        == "The nearest sentence says “rain”, not “snow”.")
  }
}
