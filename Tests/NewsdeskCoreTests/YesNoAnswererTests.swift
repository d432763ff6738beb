import Testing

@testable import NewsdeskCore

/// Yes/no questions judged against invented sentences, through the trained parser: the
/// verdict depends on the clause's act and arguments, not on shared words.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct YesNoAnswererTests {
  static func verdict(_ question: String, _ sentence: String) throws -> YesNoAnswerer.Verdict? {
    let annotator = try #require(SentenceAnnotator.standard)
    guard let claim = YesNoClaim.read(question, annotator: annotator) else { return nil }
    return YesNoAnswerer(lexicon: TestSupport.lexicon.wordNet)
      .judge(claim, against: annotator.annotate(sentence))?.verdict
  }

  @Test(arguments: [
    ("Did Pernod buy Glenmorangie?", "Pernod bought Glenmorangie in October."),
    ("Did Pernod buy Glenmorangie?", "Glenmorangie was bought by Pernod last year."),
    ("Was Glenmorangie bought by Pernod?", "Pernod bought Glenmorangie in October."),
    ("Will the mayor open the new bridge?", "The mayor will open the new bridge on Monday."),
    (
      "Will Marta Quiroga remain the union's leader?",
      "Marta Quiroga will remain leader of the union."
    ),
    // "the scanners" names again what the question calls "the hospital's new scanners".
    ("Did the hospital's new scanners break down in May?", "The scanners broke down in May."),
    // A question about what may or is expected to happen, against a sentence saying so.
    ("Could Pernod buy Glenmorangie?", "Pernod could buy Glenmorangie next year."),
    (
      "Is the mayor expected to open the new bridge?",
      "The mayor is expected to open the new bridge on Monday."
    ),
  ])
  func yes(question: String, sentence: String) throws {
    #expect(try Self.verdict(question, sentence) == .yes)
  }

  @Test(arguments: [
    (
      "Did Pernod buy Glenmorangie?", "LVMH bought Glenmorangie in October.",
      YesNoAnswerer.Contradiction.otherAgent
    ),
    (
      "Did Pernod buy Glenmorangie?", "Pernod tried to buy Glenmorangie but lost out to LVMH.",
      .failed
    ),
    (
      "Will the mayor open the new bridge?", "The mayor will not open the new bridge this year.",
      .negated
    ),
    ("Did the hacker get the card numbers?", "He failed to get the card numbers.", .failed),
    ("Have any arrests been made?", "No arrests have been made.", .negated),
    ("Did Acme buy all of Zenith?", "Acme bought a 40% stake in Zenith.", .partOnly),
    ("Will the final be in Madrid?", "The final will be in Lisbon.", .otherValue),
    // The opposite quality: a WordNet antonym, or the word with "un" before it.
    ("Is the merger legal?", "The merger is illegal.", .otherValue),
    ("Is the merger likely?", "The merger is unlikely.", .otherValue),
  ])
  func no(question: String, sentence: String, why: YesNoAnswerer.Contradiction) throws {
    #expect(try Self.verdict(question, sentence) == .no(why))
  }

  @Test(arguments: [
    ("Did Pernod buy Glenmorangie?", "The river flooded the old market on Monday."),
    ("Did Pernod buy Glenmorangie?", "Pernod may buy Glenmorangie next year."),
    ("Did Pernod buy Glenmorangie?", "Pernod bought a vineyard in Chile."),
    ("Is Noboa a businessman?", "Noboa is the president of Ecuador."),
  ])
  func undecided(question: String, sentence: String) throws {
    #expect(try Self.verdict(question, sentence) == nil)
  }

  /// A fragment, a name alone, a statement: no claim to check, so the phrase rules answer.
  @Test(arguments: ["Pernod?", "did", "Did", "Glenmorangie sold", "did ???", ""])
  func noClaimWithoutAPredicate(question: String) throws {
    let annotator = try #require(SentenceAnnotator.standard)
    #expect(YesNoClaim.read(question, annotator: annotator)?.act != "sold")
  }
}
