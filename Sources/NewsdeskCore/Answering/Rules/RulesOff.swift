import Foundation

/// Measuring a rule: `NEWSDESK_RULES_OFF=apposition,cue newsdesk-quality …` answers without
/// those rules, so what each is worth is one run away, with no rebuild.
extension AnswerComposer.Options {
  /// The environment variable naming rules to leave out, separated by commas.
  public static let rulesOffVariable = "NEWSDESK_RULES_OFF"

  /// The rules `NEWSDESK_RULES_OFF` names for this process; empty when it is unset.
  public static let rulesOffInEnvironment: Set<String> = ruleNames(
    in: ProcessInfo.processInfo.environment[rulesOffVariable] ?? "")

  /// The names in a comma-separated list, spaces aside.
  public static func ruleNames(in list: String) -> Set<String> {
    Set(
      list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      })
  }

  /// The names that are no registered rule, sorted: a misspelt name would measure nothing.
  public static func unknownRuleNames(_ names: Set<String>) -> [String] {
    let known = Set(AnswerRules.all.map(\.name))
    return names.subtracting(known).sorted()
  }

  /// Every registered rule's name, in the order the scorer applies them.
  public static var ruleNames: [String] { AnswerRules.all.map(\.name) }
}
