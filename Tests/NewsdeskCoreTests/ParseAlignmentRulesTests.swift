import Testing

@testable import NewsdeskCore

/// The rules that read the parse, on invented sentences: the question's verb and asked role
/// laid over the sentence's predicate and arguments.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct ParseAlignmentRulesTests {
  typealias Case = RuleCase

  static let cases: [Case] = [
    Case(
      question: "Who did Lindqvist meet?",
      sentence: "Marta Oyelaran will meet Norway's Minister Erik Lindqvist on Friday.",
      answer: "Marta Oyelaran", rule: "alignedRole"),
    Case(
      question: "Who attacked the depot?",
      sentence: "Police said rebels attacked the depot overnight.",
      answer: "rebels", rule: "alignedRole"),
    Case(
      question: "Who was bought by Harlow Group?",
      sentence: "Harlow Group bought the Tennant mill in May.",
      answer: "Tennant", rule: "alignedRole"),
  ]

  @Test(arguments: cases) func theAlignedArgumentAnswers(_ test: Case) throws {
    try test.check()
  }

  /// A reported act aligns with the reported verb: its subject, not the speaker, plays the
  /// asked role.
  @Test func theReportingSpeakerIsNotTheAgent() throws {
    let all = Self.candidates(
      "Who attacked the depot?", in: "Police said rebels attacked the depot overnight.")
    let police = try #require(all.first { $0.text == "Police" })
    #expect(!police.firings.contains { $0.rule == "alignedRole" })
  }

  /// Only a verb that goes both ways ("meet") lets the question's named agent stand in the
  /// object: "what causes erosion?" over "erosion causes X" is not answered by X.
  @Test func aOneWayVerbIsNotReadBackwards() throws {
    let all = Self.candidates(
      "What causes soil erosion?", in: "Soil erosion causes the river banks to collapse.")
    let banks = try #require(all.first { $0.text.contains("banks") })
    #expect(!banks.firings.contains { $0.rule == "alignedRole" }, "\(banks.trace.summary)")
  }

  /// The question's constraints hold on the clause of its verb: a figure from another clause
  /// is marked down.
  @Test func aSpanOfAnotherClauseIsMarkedDown() throws {
    let all = Self.candidates(
      "How much did Borvia's economy grow?",
      in: "Borvia's economy grew 2% last year, while Tessaly's output grew 7%.")
    let other = try #require(all.first { $0.text.contains("7") })
    #expect(other.firings.contains { $0.rule == "otherClause" }, "\(other.trace.summary)")
    #expect(all.first?.text.contains("2") == true, "\(all.map(\.trace.summary))")
  }

  /// Half a name, as the parse joins it, is marked down.
  @Test func halfANameIsMarkedDown() throws {
    let all = Self.candidates(
      "Who opened the bridge?", in: "Mayor Ilse Vandermeer opened the bridge on Sunday.")
    for candidate in all where candidate.text == "Ilse" || candidate.text == "Vandermeer" {
      #expect(candidate.firings.contains { $0.rule == "partialPhrase" })
    }
    #expect(all.first?.text.contains("Ilse Vandermeer") == true)
  }

  /// Questions the parser cannot read as a verb and a role leave the candidates as the
  /// surface rules scored them, and never crash.
  @Test(arguments: [
    "WHO???", "Noboa", "meet who did", "what is it", "who is Marta Oyelaran?", "?", "who who who",
  ])
  func unreadableQuestionsFallBack(_ question: String) {
    let sentence = "Marta Oyelaran will meet Norway's Minister Erik Lindqvist on Friday."
    let parsed = Self.candidates(question, in: sentence)
    let surface = Self.candidates(question, in: sentence, parse: false)
    let parseRules: Set<String> = [
      "alignedRole", "otherClause",
    ]
    #expect(
      !parsed.contains { candidate in candidate.firings.contains { parseRules.contains($0.rule) } })
    // The parse adds its noun phrases as candidates; it takes none of the surface ones away.
    #expect(Set(surface.map(\.text)).isSubset(of: Set(parsed.map(\.text))))
  }

  static func candidates(_ question: String, in sentence: String, parse: Bool = true)
    -> [ShortAnswerExtractor.Candidate]
  {
    TestSupport.candidates(question, in: sentence, parse: parse)
  }
}
