import Foundation
import Testing

@testable import NewsdeskCore

/// The rule registry and the weights table agree: every rule is named, documented and
/// weighted; every weight belongs to a rule or a named part of the score.
@Suite struct AnswerRuleTableTests {
  @Test func everyRuleHasANameADocAndAWeight() {
    for rule in AnswerRules.all {
      #expect(!rule.name.isEmpty)
      #expect(rule.name.first?.isLowercase == true && !rule.name.contains(" "), "\(rule.name)")
      #expect(!rule.doc.isEmpty && !rule.doc.contains("\n"), "\(rule.name): one-line doc")
      #expect(
        AnswerWeights.all.contains { $0.usedBy.contains(rule.name) },
        "\(rule.name) has no weight in AnswerWeights")
    }
  }

  @Test func noTwoRulesShareAName() {
    let names = AnswerRules.all.map(\.name)
    #expect(Set(names).count == names.count)
    #expect(Set(names).isDisjoint(with: AnswerWeights.partsOutsideRules))
  }

  @Test func everyWeightBelongsToARuleOrAPart() {
    let known = Set(AnswerRules.all.map(\.name)).union(AnswerWeights.partsOutsideRules)
    for weight in AnswerWeights.all {
      #expect(!weight.usedBy.isEmpty)
      for user in weight.usedBy { #expect(known.contains(user), "unknown user \(user)") }
      #expect(weight.value.isFinite && weight.value >= 0)
    }
  }

  /// `AnswerWeights.all` lists every weight the file declares, so the checks above see them
  /// all.
  @Test func theListHoldsEveryDeclaredWeight() throws {
    let path = TestSupport.repositoryRoot.appendingPathComponent(
      "Sources/NewsdeskCore/Answering/Rules/AnswerWeights.swift")
    let source = try String(contentsOf: path, encoding: .utf8)
    let declared = source.components(separatedBy: "= RuleWeight(").count - 1
    #expect(declared == AnswerWeights.all.count)
  }

  @Test func rulesAreFoundByName() {
    #expect(AnswerRules.named("apposition")?.scales == .shape)
    #expect(AnswerRules.named("otherKindFit")?.scales == .typeFit)
    #expect(AnswerRules.named("no such rule") == nil)
  }
}
