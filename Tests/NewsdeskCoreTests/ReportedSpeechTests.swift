import Testing

@testable import NewsdeskCore

@Suite(.needsWordNet) struct ReportedSpeechTests {
  /// Each statement as (speaker, content, quoted).
  func statements(_ sentence: String) -> [(String?, String, Bool)] {
    let words = SentenceWords(sentence)
    return ReportedSpeech().statements(in: words).map { statement in
      (
        statement.speaker.map { words.text(from: $0.lowerBound, through: $0.upperBound) },
        words.text(from: statement.content.lowerBound, through: statement.content.upperBound),
        statement.isQuote
      )
    }
  }

  @Test func reportedClauseAfterSaidThat() throws {
    let found = try #require(
      statements("Rubio said that such interdictions did not work.").first)
    #expect(found.0 == "Rubio")
    #expect(found.1 == "such interdictions did not work")
    #expect(!found.2)
  }

  @Test func quoteBeforeItsSpeaker() throws {
    let found = try #require(
      statements(
        "The United States \"is a country that has maintained constant assistance,\" Reimberg told the Teleamazonas channel."
      ).first)
    #expect(found.0 == "Reimberg")
    #expect(found.1 == "is a country that has maintained constant assistance")
    #expect(found.2)
  }

  @Test func speakerAfterTheVerb() throws {
    let found = try #require(statements("\"We will not stop,\" said Noboa.").first)
    #expect(found.0 == "Noboa")
    #expect(found.1 == "We will not stop")
  }

  @Test func titlesAreNotPartOfTheSpeaker() throws {
    let found = try #require(
      statements("Ecuador's Interior Minister John Reimberg said he expected more help.").first)
    #expect(found.0 == "John Reimberg")
    #expect(found.1 == "he expected more help")
  }

  @Test func savingQuoteBelongsToTheSubject() throws {
    let found = try #require(
      statements(
        "Venezuela's Interior Minister Diosdado Cabello accused the United States of killings, saying \"they murdered 11 people.\""
      ).last)
    #expect(found.0 == "Diosdado Cabello")
    #expect(found.1 == "they murdered 11 people")
    #expect(found.2)
  }

  /// A common noun that opens the sentence ("Opposition leader …") is no speaker; the name
  /// after it is.
  @Test func aSentenceOpeningCommonNounIsNotTheSpeaker() throws {
    let found = try #require(
      statements(
        "Opposition leader Dara Quint called for an early election, saying the government had \"lost the confidence of the country\"."
      ).first { $0.1.contains("lost the confidence") })
    #expect(found.0 == "Dara Quint")
  }

  @Test func accordingToNamesTheSource() throws {
    let found = try #require(
      statements("Ecuador is the departure point for cocaine, according to official data.").first)
    #expect(found.0 == "official data")
    #expect(found.1 == "Ecuador is the departure point for cocaine")
  }

  @Test func quoteClosingAfterASentenceBreak() throws {
    let found = try #require(
      statements("Maybe it's happening right now,\" Rubio told a news conference Wednesday.").first)
    #expect(found.0 == "Rubio")
    #expect(found.1 == "Maybe it's happening right now")
  }

  @Test func capitalisedStatesIsNotAVerb() {
    #expect(statements("He expected cooperation with the United States on violence.").isEmpty)
  }
}

@Suite struct RunOnQuoteTests {
  @Test func aQuoteClosedAndAttributedInTheNextSentence() throws {
    let first = SentenceWords("The United States \"blew it up and it'll happen again.")
    let next = SentenceWords(
      "Maybe it's happening right now,\" Rubio told a news conference Wednesday.")
    let speech = ReportedSpeech()
    #expect(speech.continuesQuote(next))
    #expect(!speech.continuesQuote(first))
    let found = try #require(speech.statements(in: first, next: next).first)
    #expect(found.speakerInNextSentence == "Rubio")
    #expect(
      first.text(from: found.content.lowerBound, through: found.content.upperBound)
        == "blew it up and it'll happen again")
  }
}
