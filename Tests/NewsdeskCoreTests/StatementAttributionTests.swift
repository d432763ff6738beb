import Testing

@testable import NewsdeskCore

/// "What did X say?" and "who said …?" over invented sentences, read through the committed
/// parser: the speaker wherever the role, the name and the verb stand, and never someone
/// else's words.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct StatementAttributionTests {
  static let roleBeforeName =
    "\"Tough times are ahead for broadcasters,\" chairman and chief executive Marion Keane said."
  static let inverted = "Growth will slow in the spring, said economy minister Kenji Morimoto."
  static let otherSpeaker =
    "\"Keane is being too gloomy about advertising,\" said media analyst Joanna Firth, who works with Sam Okoro at Tidewater Securities."

  /// The extractor's candidates for a question over a sentence (and the one after it).
  func candidates(_ question: String, in sentence: String, next: String? = nil)
    -> [ShortAnswerExtractor.Candidate]
  {
    TestSupport.candidates(question, in: sentence, next: next)
  }

  @Test(arguments: [
    ("what did Marion Keane say?", roleBeforeName, "“Tough times are ahead for broadcasters”"),
    ("what did the chairman say?", roleBeforeName, "“Tough times are ahead for broadcasters”"),
    ("what did Kenji Morimoto say?", inverted, "Growth will slow in the spring"),
    ("what did the economy minister say?", inverted, "Growth will slow in the spring"),
  ])
  func theSpeakersWords(question: String, sentence: String, expected: String) throws {
    let best = try #require(candidates(question, in: sentence).first)
    #expect(best.text == expected)
    #expect(best.typeFit >= 0.55)
  }

  @Test func anotherPersonsQuoteIsNotTheirs() {
    // Sam Okoro is named beside the quote, but Joanna Firth said it.
    let found = candidates("what did Sam Okoro say?", in: Self.otherSpeaker)
    #expect(found.allSatisfy { $0.typeFit < 0.55 })
    #expect(found.first?.speaker == "Joanna Firth")
  }

  @Test func aQuoteCarriedOnByTheNextSentence() throws {
    let best = try #require(
      candidates(
        "what did Marion Keane say?", in: Self.roleBeforeName,
        next: "\"We will cut costs, but we will not cut the newsroom.\""
      ).first)
    #expect(best.text.contains("Tough times are ahead for broadcasters."))
    #expect(best.text.contains("we will not cut the newsroom"))
  }

  @Test func aNextSentenceWithItsOwnSpeakerIsNotCarriedOn() throws {
    let best = try #require(
      candidates(
        "what did Marion Keane say?", in: Self.roleBeforeName,
        next: "\"That is too gloomy,\" said Joanna Firth."
      ).first)
    #expect(!best.text.contains("gloomy"))
  }

  @Test(arguments: [
    ("who said growth will slow?", inverted, "Kenji Morimoto"),
    ("who said tough times are ahead?", roleBeforeName, "Marion Keane"),
    ("who said Keane is being too gloomy?", otherSpeaker, "Joanna Firth"),
  ])
  func whoSaid(question: String, sentence: String, expected: String) {
    #expect(TestSupport.bestAnswer(question, in: sentence) == expected)
  }
}

/// Speakers the parser reads poorly, recovered.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct StatementRecoveryTests {
  func statements(_ sentence: String) -> [(speaker: String?, content: String)] {
    let words = SentenceWords(sentence)
    return ReportedSpeech().statements(in: words).map { statement in
      (
        statement.speaker.map { words.text(from: $0.lowerBound, through: $0.upperBound) },
        words.text(from: statement.content.lowerBound, through: statement.content.upperBound)
      )
    }
  }

  @Test func aSpeakerAfterTheVerbThatTheParseLeftWithoutASubject() throws {
    let found = try #require(
      statements(
        "\"We are glad that Orla Air chose Dublin for its listing,\" said DSE chief executive Nora Quill."
      ).first)
    #expect(found.speaker == "Nora Quill")
  }

  @Test func oneSpeakersCoordinatedReportsAreOneStatement() throws {
    let found = try #require(
      statements(
        "Club chairman Victor Lanza said he was \"saddened\" by the move and claimed the coach had been in talks with Rovers for weeks."
      ).first)
    #expect(found.speaker == "Victor Lanza")
    #expect(found.content.contains("saddened"))
    #expect(found.content.hasSuffix("in talks with Rovers for weeks"))
  }
}

/// Who the question means, against who spoke.
@Suite struct SpeakerMatchTests {
  @Test(arguments: [
    // A name decides, whatever the roles.
    (["ferguson"], [], ["alex", "ferguson", "manag"], true),
    (["lse"], ["chief", "execut"], ["clara", "furs", "chief", "execut", "british"], false),
    // No name: the role, all of it (or all but one word of three or more).
    ([], ["chief", "execut"], ["lord", "brown", "bp", "chief", "execut"], true),
    (
      [], ["share", "price", "chief", "execut"], ["lord", "brown", "bp", "chief", "execut"], false
    ),
    ([], ["economi", "minist"], ["kenji", "morimoto", "minist"], false),
  ])
  func matches(names: [String], roles: [String], speaker: [String], expected: Bool) {
    #expect(
      ShortAnswerExtractor.speakerMatches(
        names: Set(names), roles: Set(roles), speakerTerms: Set(speaker)) == expected)
  }
}

/// "Who said …?" gives the speaker with the role the sentence gives them.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct SpeakerRoleTests {
  @Test(arguments: [
    (
      "Growth will slow in the spring, said economy minister Kenji Morimoto.", "Kenji Morimoto",
      "economy minister"
    ),
    // A phrase with its own preposition before the name is no part of the role.
    (
      "The raid followed an operation President Ana Lind said killed nine people.", "Ana Lind",
      "President"
    ),
  ])
  func role(sentence: String, name: String, expected: String) throws {
    let start = try #require(sentence.utf8.firstRange(of: name.utf8))
    let lower = sentence.utf8.distance(from: sentence.utf8.startIndex, to: start.lowerBound)
    let role = ReportedSpeech().role(
      ofSpeaker: lower..<(lower + name.utf8.count), in: sentence)
    #expect(role == expected)
  }
}
