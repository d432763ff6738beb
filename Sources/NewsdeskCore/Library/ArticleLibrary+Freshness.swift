/// Settling a warm start that used its saved index before confirming it
/// (`LoadOptions.confirmsFreshnessLater`).
extension ArticleLibrary {
  /// Whether a warm start's background checks have yet to be waited for, or what they (or
  /// a read of the text) found has yet to be settled or told.
  public var awaitsConfirmation: Bool {
    pendingConfirmation != nil || untoldReport != nil || textIsDamaged
  }

  /// Whether a piece of saved text read in place failed its checksum: nothing answered since
  /// it was read is to be believed, and the saved index is to be rebuilt.
  public var textIsDamaged: Bool { unverifiedTexts.contains { $0.isDamaged } }

  /// Rebuilds the library when a piece of its saved text turned out damaged (`textIsDamaged`);
  /// what the rebuild reports is told by the next `confirmFreshness()`. For an answer that
  /// read the damaged text, to be answered again from the rebuilt library.
  public mutating func settleDamagedText() {
    guard textIsDamaged else { return }
    let report = try? rebuild(after: .damaged)
    untoldReport = report ?? untoldReport
  }

  /// Waits for a warm start's background checks. When a file changed (or appeared, or went)
  /// or the saved index turned out damaged, reads the loaded paths again, the unchanged files
  /// from the saved index, and returns what that load reports (a damaged index's notice, the
  /// files read); returns the folder walk's warnings when nothing changed, and nil when there
  /// was nothing to wait for. Call it before anything answers from the library: a session
  /// does before every question. Throws, leaving an empty library, if a loaded path is gone.
  ///
  /// Without `waitingForFiles`, a large index's stat of every file
  /// (`LoadOptions.eagerlyConfirmedArticles`) is not waited for: only its integrity is, and
  /// what the stat found is settled by the first call that finds it done.
  @discardableResult
  public mutating func confirmFreshness(waitingForFiles: Bool = true) throws -> LoadReport? {
    if let untold = untoldReport {
      untoldReport = nil
      guard awaitsConfirmation else { return untold }
      var report = try confirmFreshness(waitingForFiles: waitingForFiles) ?? LoadReport()
      report.notices = untold.notices + report.notices
      report.warnings = untold.warnings + report.warnings
      return report
    }
    guard let pending = pendingConfirmation else {
      // Confirmed; the text may still be verified piece by piece.
      if textIsDamaged { return try rebuild(after: .damaged) }
      unverifiedTexts.removeAll { $0.isComplete }
      return nil
    }
    if !waitingForFiles, pending.defersFiles, !pending.isDone {
      // Sound: questions may be answered while the files are still being compared.
      if pending.waitUntilSound(), !textIsDamaged { return nil }
      return try rebuild(after: .damaged)
    }
    pendingConfirmation = nil
    var outcome = pending.wait()
    if outcome != .damaged, textIsDamaged { outcome = .damaged }
    switch outcome {
    case .fresh(let warnings):
      // The start's copies (the saved list of files, the loaded articles before they became
      // `Article`s) are all freed by now.
      FreeMemory.giveBack()
      var report = LoadReport()
      report.warnings = warnings
      return report
    case let outcome:
      return try rebuild(after: outcome)
    }
  }

  /// Reads the loaded paths again after the background checks (or a read of the text) found
  /// `outcome`, and reports it; a damaged index is reported by the load that rebuilds it.
  private mutating func rebuild(after outcome: FreshnessConfirmation.Outcome) throws
    -> LoadReport
  {
    pendingConfirmation = nil
    unverifiedTexts = []
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
