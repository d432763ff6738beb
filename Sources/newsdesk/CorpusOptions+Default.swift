import Foundation
import NewsdeskCore

extension CorpusOptions {
  /// True when no corpus was named (no --corpus, no $NEWSDESK_CORPUS) and ./corpus is not
  /// there: the shell then starts empty, saying how to give one, instead of exiting.
  var defaultCorpusIsMissing: Bool {
    paths.isEmpty
      && (ProcessInfo.processInfo.environment["NEWSDESK_CORPUS"] ?? "").isEmpty
      && !FileManager.default.fileExists(atPath: "corpus")
  }

  static let howToGiveACorpus =
    "give one with --corpus PATH or NEWSDESK_CORPUS=PATH, or :load PATH in the shell"
}
