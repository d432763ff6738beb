import Foundation
import Testing

extension Trait where Self == ConditionTrait {
  /// For suites whose expected answers rest on WordNet: the binary without it falls back to
  /// the surface rules and answers differently, so these suites are skipped with the reason.
  /// Found where newsdesk looks for it: $WORDNET_DIR, else /usr/share/wordnet.
  static var needsWordNet: Self {
    let directory = ProcessInfo.processInfo.environment["WORDNET_DIR"] ?? "/usr/share/wordnet"
    return .enabled(
      if: FileManager.default.fileExists(atPath: directory + "/index.noun"),
      "needs WordNet: install the wordnet-base package (make deps) or set WORDNET_DIR")
  }
}
