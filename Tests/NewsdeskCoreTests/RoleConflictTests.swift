import Testing

@testable import NewsdeskCore

/// A person asked for by role must have that role in the supporting sentence.
@Suite struct RoleConflictTests {
  func conflicts(_ question: String, _ sentence: String, role: String?) -> Bool {
    var analyzer = TermAnalyzer()
    return AnswerComposer().roleConflicts(
      QuestionAnalyzer().analyze(question), sentence: sentence, role: role, analyzer: &analyzer)
  }

  @Test func theSameRoleOfTheSamePlaceHolds() {
    #expect(
      !conflicts(
        "who is Ecuador's interior minister?",
        "Ecuador's Interior Minister John Reimberg said he expected cooperation.",
        role: "Ecuador's Interior Minister"))
    #expect(
      !conflicts(
        "who is the president of Ecuador?", "Rubio will meet Ecuador's President Daniel Noboa.",
        role: "Ecuador's President"))
  }

  @Test func anotherKindOfMinisterConflicts() {
    #expect(
      conflicts(
        "who is Ecuador's defence minister?",
        "Ecuador's Interior Minister John Reimberg said he expected cooperation.",
        role: "Ecuador's Interior Minister"))
  }

  @Test func anotherPlaceConflicts() {
    #expect(
      conflicts(
        "who is Mexico's president?", "Rubio will meet Ecuador's President Daniel Noboa.",
        role: "Ecuador's President"))
  }

  @Test func aSentenceWithoutTheRoleConflicts() {
    #expect(
      conflicts(
        "who is Mexico's president?", "Rubio, speaking Wednesday in Mexico, vowed no mercy.",
        role: nil))
  }

  @Test func aQuestionWithoutARoleNeverConflicts() {
    #expect(!conflicts("who did Rubio meet?", "Rubio will meet Daniel Noboa.", role: nil))
  }
}
