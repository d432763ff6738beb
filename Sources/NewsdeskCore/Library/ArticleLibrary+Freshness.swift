/// Settling a warm start that used its saved index before confirming it
/// (`LoadOptions.confirmsFreshnessLater`).
extension ArticleLibrary {
  /// Whether a warm start's background checks have yet to be waited for.
  public var awaitsConfirmation: Bool { pendingConfirmation != nil }

  /// Waits for a warm start's background checks. When a file changed (or appeared, or went)
  /// or the saved index turned out damaged, reads the loaded paths again, the unchanged files
  /// from the saved index, and returns what that load reports (a damaged index's notice, the
  /// files read); returns the folder walk's warnings when nothing changed, and nil when there
  /// was nothing to wait for. Call it before anything answers from the library: a session
  /// does before every question. Throws, leaving an empty library, if a loaded path is gone.
  @discardableResult
  public mutating func confirmFreshness() throws -> LoadReport? {
    guard let pending = pendingConfirmation else { return nil }
    pendingConfirmation = nil
    switch pending.wait() {
    case .fresh(let warnings):
      // The start's copies (the saved list of files, the loaded articles before they became
      // `Article`s) are all freed by now.
      FreeMemory.giveBack()
      var report = LoadReport()
      report.warnings = warnings
      return report
    case let outcome:
      do {
        // A damaged index is reported by the load that rebuilds it.
        var report = try reload()
        if outcome == .changed {
          report.notices.insert(
            "files changed since the saved index was written; \(report.filesRead) read again",
            at: 0)
        }
        return report
      } catch {
        var emptied = ArticleLibrary(lexicon: lexicon)
        emptied.options = options
        self = emptied
        throw error
      }
    }
  }
}
