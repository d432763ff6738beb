import Foundation

extension WordNet {
  /// The variable that names WordNet's folder; without it, /usr/share/wordnet.
  public static let directoryVariable = "WORDNET_DIR"

  /// Opens the installed WordNet ($WORDNET_DIR, else /usr/share/wordnet), or nil when its
  /// files are missing so that callers can run without it. The only reader of the variable:
  /// each call opens the files again, so open it once and pass the value on.
  public static func installed(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> WordNet? {
    WordNet(directory: environment[directoryVariable] ?? "/usr/share/wordnet")
  }
}

extension Lexicon {
  /// The installed WordNet and the syntax model `SyntaxModelLocation` finds, opened once by
  /// whoever builds the engine (`NewsdeskSession`, the commands, the benchmarks) and passed
  /// down; either may be missing, and the rules then read the surface alone.
  public static func installed(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Lexicon {
    Lexicon(
      wordNet: WordNet.installed(environment: environment),
      syntax: try? SyntaxModel.load(path: SyntaxModelLocation.defaultPath(environment: environment))
    )
  }
}
