import Testing

@testable import NewsdeskCore

/// "And what about X?" when the articles give the asked figure only for the first party:
/// the clause whose subject is X stands as the answer, with a notice saying so.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct TopicShiftStatementTests {
  @Test(arguments: [
    (
      "Carrow University will contribute 60,000 books, while Eastmoor College wants Lumen to scan maps drawn before 1800 and kept in its Ashby Reading Room.",
      "College",
      "Eastmoor College wants Lumen to scan maps drawn before 1800 and kept in its Ashby Reading Room"
    ),
    (
      "Ashvale scored three goals in extra time, while Millbrook relied on a late header from captain Sam Okoro to force the shoot-out.",
      "Millbrook",
      "Millbrook relied on a late header from captain Sam Okoro to force the shoot-out"
    ),
  ])
  func theTopicsClauseIsTakenWhole(_ sentence: String, _ subject: String, _ clause: String) throws {
    let parsed = try #require(SentenceAnnotator.standard?.annotate(sentence))
    let range = try #require(NewsdeskSession.clause(ofSubject: subject, in: parsed))
    #expect(parsed.text(of: range) == clause)
  }

  /// A name that is no clause's subject, or a clause too short to say anything, gives none.
  @Test(arguments: [
    ("Lumen will scan the archives of Carrow University.", "University"),
    ("Millbrook lost.", "Millbrook"),
  ])
  func noClauseWithoutASubjectOfSubstance(_ sentence: String, _ subject: String) throws {
    let parsed = try #require(SentenceAnnotator.standard?.annotate(sentence))
    #expect(NewsdeskSession.clause(ofSubject: subject, in: parsed) == nil)
  }
}
