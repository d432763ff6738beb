import Foundation

/// A warm start that answers from the saved index at once and confirms it in the
/// background (`LoadOptions.confirmsFreshnessLater`).
///
/// At 100,000 articles a warm start spends most of its time on a stat of every file and on
/// the checksum pass over the saved index. Both only ever confirm what the index already
/// says, so they run on another thread while the user reads the prompt and types; the
/// library waits for them before it answers anything (`ArticleLibrary.confirmFreshness()`),
/// and reads again whatever they found changed or damaged. An answer never comes from a
/// stale or unverified index.
extension CorpusLoad {
  /// The saved index as the load's result, not yet confirmed; nil when there is none that
  /// opens (the ordinary load then decides, and reports a damaged one).
  func provisionalResult(corpus: CorpusPaths, key: UInt64, folder: String) throws -> Result? {
    // A path that does not exist fails the load at once, as it does without a saved index.
    for path in corpus.given {
      var info = stat()
      guard stat(path, &info) == 0 else { throw NewsdeskError.noSuchPath(path) }
    }
    let start = ContinuousClock.now
    let path = folder + "/" + SavedIndexFormat.fileName(corpusKey: key)
    guard FileIdentity.of(path: path) != nil,
      let saved = try? SavedCorpus.open(
        path: path, identity: identity, corpusKey: key, verifying: false)
    else { return nil }
    // A corpus too small to be worth a saved index is not loaded from one.
    let bytes = saved.manifest.files.reduce(UInt64(0)) { $0 + $1.stamp.size }
    guard bytes >= options.minimumCachedBytes else { return nil }
    let confirmation = FreshnessConfirmation(
      saved: saved, corpus: corpus, types: options.fileTypes)
    var result = Result()
    result = Self.useSaved(saved, path: path, into: &result, since: start)
    result.confirmation = confirmation
    return result
  }
}

/// Confirms on a background thread that a saved index used at once still stands: its
/// checksums match (with the sentence ids' order checked in the same pass) and every file
/// under the load's paths has the stamp the index recorded, no file added or gone.
final class FreshnessConfirmation: @unchecked Sendable {
  // Unchecked: `outcome` is written once on the background thread before `done` is
  // signalled, and read only after waiting for it.
  enum Outcome: Sendable, Equatable {
    /// Nothing changed; what the folder walk could not read, as a load would report it.
    case fresh(warnings: [LoadWarning])
    /// A file changed, appeared or went (or a path can no longer be walked).
    case changed
    /// The saved index's checksums or structure do not hold.
    case damaged
  }

  private let done = DispatchGroup()
  private var outcome = Outcome.changed

  init(saved: SavedCorpus, corpus: CorpusPaths, types: Set<ArticleFileType>) {
    done.enter()
    let handed = Handed(saved)
    DispatchQueue.global().async {
      // The saved corpus (its decoded list of files above all) is let go before the
      // outcome is told, so that the waiting side can give its memory back.
      self.outcome = Self.confirm(handed.take(), corpus: corpus, types: types)
      self.done.leave()
    }
  }

  /// Hands the saved corpus to the background thread, which takes the only reference.
  private final class Handed: @unchecked Sendable {
    // Unchecked: written at construction, taken once on the background thread.
    private var saved: SavedCorpus?
    init(_ saved: SavedCorpus) { self.saved = saved }
    func take() -> SavedCorpus {
      defer { saved = nil }
      return saved!
    }
  }

  /// Waits for the confirmation and gives its outcome.
  func wait() -> Outcome {
    done.wait()
    return outcome
  }

  private static func confirm(
    _ saved: SavedCorpus, corpus: CorpusPaths, types: Set<ArticleFileType>
  ) -> Outcome {
    do {
      try saved.verify()
    } catch {
      return .damaged
    }
    guard let found = try? CorpusLoad.findFiles(in: corpus, types: types),
      CorpusLoad.matches(saved.manifest, files: found.files, stamps: found.stamps)
    else { return .changed }
    return .fresh(warnings: found.warnings)
  }
}
