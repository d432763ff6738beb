import Testing

@testable import NewsdeskCore

extension Trait where Self == ConditionTrait {
  /// For suites whose expectations rest on WordNet (lemmas, word relations, parts of speech):
  /// without it newsdesk falls back to the surface rules and answers differently, so these
  /// suites are skipped with the reason rather than failed.
  static var needsWordNet: Self {
    .enabled(
      if: TestSupport.lexicon.wordNet != nil,
      "needs WordNet: install the wordnet-base package (make deps) or set WORDNET_DIR")
  }
}
