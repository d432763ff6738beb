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
      let placed = try? PlacedIndex.open(path: path, identity: identity, corpusKey: key)
    else { return nil }
    // A corpus too small to be worth a saved index is not loaded from one.
    guard placed.articles.corpusBytes >= options.minimumCachedBytes else { return nil }
    // Long text is verified a piece at a time when first read, and the rest after the
    // confirmation, in the background: not before the first answer.
    let lazyText = placed.text.count > options.eagerlyVerifiedTextBytes
    let confirmation = FreshnessConfirmation(
      placed: placed, corpus: corpus, types: options.fileTypes, lazyText: lazyText,
      defersFiles: placed.articles.count >= options.eagerlyConfirmedArticles)
    var result = Result()
    result = Self.useSaved(placed, path: path, into: &result, since: start)
    result.confirmation = confirmation
    if lazyText { result.textVerifier = placed.textVerifier }
    return result
  }
}

/// Confirms on a background thread that a saved index used at once still stands: its
/// checksums match (with the sentence ids' order checked in the same pass), its list of files
/// and article table fit its index, and every file under the load's paths has the stamp the
/// index recorded, no file added or gone.
///
/// With `lazyText`, the text's checksums are left out of the confirmation: each piece of
/// text is verified when first read (`ChunkVerifier`, through the articles' `TextStore`), and
/// the pieces no one has read are verified after the confirmation, on the same thread. A
/// damaged piece found either way is reported by the next `confirmFreshness()`.
///
/// With `defersFiles`, the confirmation is in two steps: first the integrity of everything a
/// question reads (every section's checksum but the text's and the list of files', the
/// posting order, the article table), which is what a question waits for
/// (`waitUntilSound()`); then the list of files (its checksum, decoded, checked against the
/// index) and the stat of every file, which only tell whether the index is stale, and are
/// waited for only by `wait()`.
final class FreshnessConfirmation: @unchecked Sendable {
  // Unchecked: `outcome` and `sound` are each written once on the background thread before
  // their group is signalled, and read only after waiting for it.
  enum Outcome: Sendable, Equatable {
    /// Nothing changed; what the folder walk could not read, as a load would report it.
    case fresh(warnings: [LoadWarning])
    /// A file changed, appeared or went (or a path can no longer be walked).
    case changed
    /// The saved index's checksums or structure do not hold.
    case damaged
  }

  /// Whether questions are answered before the files' stamps are confirmed.
  let defersFiles: Bool
  private let done = DispatchGroup()
  private let checked = DispatchGroup()
  private var outcome = Outcome.changed
  private var sound = false

  init(
    placed: PlacedIndex, corpus: CorpusPaths, types: Set<ArticleFileType>, lazyText: Bool,
    defersFiles: Bool = false
  ) {
    self.defersFiles = defersFiles
    done.enter()
    checked.enter()
    let handed = Handed(placed)
    let textVerifier = lazyText ? placed.textVerifier : nil
    DispatchQueue.global().async {
      // The saved corpus (its decoded list of files above all) is let go before the
      // outcome is told, so that the waiting side can give its memory back.
      let placed = handed.take()
      if defersFiles {
        self.sound = Self.checkIntegrity(placed, lazyText: lazyText)
        self.checked.leave()
        self.outcome =
          self.sound
          ? Self.confirmFiles(placed, corpus: corpus, types: types) : .damaged
      } else {
        self.outcome = Self.confirm(placed, corpus: corpus, types: types, lazyText: lazyText)
        self.sound = self.outcome != .damaged
        self.checked.leave()
      }
      self.done.leave()
      if let textVerifier, self.outcome != .damaged { _ = textVerifier.verifyRest() }
    }
  }

  /// Hands the placed index to the background thread, which takes the only reference.
  private final class Handed: @unchecked Sendable {
    // Unchecked: written at construction, taken once on the background thread.
    private var placed: PlacedIndex?
    init(_ placed: PlacedIndex) { self.placed = placed }
    func take() -> PlacedIndex {
      defer { placed = nil }
      return placed!
    }
  }

  /// Waits for the whole confirmation and gives its outcome.
  func wait() -> Outcome {
    done.wait()
    return outcome
  }

  /// Whether the whole confirmation is over (its outcome can be had without waiting).
  var isDone: Bool { done.wait(timeout: .now()) == .success }

  /// Waits until what a question reads is known sound (with `defersFiles`, not the files'
  /// stamps; without it, everything), and whether it is.
  func waitUntilSound() -> Bool {
    checked.wait()
    return sound
  }

  /// The checks of `defersFiles`' first step: the checksums of every section but the text
  /// (with `lazyText`) and the list of files, the sentence ids' order, the article table.
  private static func checkIntegrity(_ placed: PlacedIndex, lazyText: Bool) -> Bool {
    do {
      try placed.file.verify(
        idCheck: placed.index.postingOrderCheck,
        leaving: lazyText ? [.text, .manifest] : [.manifest])
    } catch {
      return false
    }
    if !lazyText { placed.textVerifier.markAllVerified() }
    return placed.articles.isSound(textCount: placed.text.count)
  }

  /// The checks of `defersFiles`' second step: the list of files (its checksum, then
  /// decoded and checked against the index) and the stamp of every file.
  private static func confirmFiles(
    _ placed: PlacedIndex, corpus: CorpusPaths, types: Set<ArticleFileType>
  ) -> Outcome {
    let saved: SavedCorpus
    do {
      let others = Set(SavedIndexFormat.Section.allCases).subtracting([.manifest])
      try placed.file.verify(idCheck: nil, leaving: others)
      saved = try SavedCorpus(checking: placed, verifying: false)
    } catch {
      return .damaged
    }
    return compareFiles(saved, corpus: corpus, types: types)
  }

  private static func confirm(
    _ placed: PlacedIndex, corpus: CorpusPaths, types: Set<ArticleFileType>, lazyText: Bool
  ) -> Outcome {
    let saved: SavedCorpus
    do {
      if lazyText {
        try placed.file.verify(idCheck: placed.index.postingOrderCheck, leaving: [.text])
        saved = try SavedCorpus(checking: placed, verifying: false)
      } else {
        saved = try SavedCorpus(checking: placed, verifying: true)
      }
    } catch {
      return .damaged
    }
    return compareFiles(saved, corpus: corpus, types: types)
  }

  /// Whether every file under the load's paths has the stamp `saved` recorded, none added
  /// or gone.
  private static func compareFiles(
    _ saved: SavedCorpus, corpus: CorpusPaths, types: Set<ArticleFileType>
  ) -> Outcome {
    // The checks read these through the mapping, whole; a session reads a few articles'
    // worth, brought back from the page cache when it does.
    saved.file.releasePages(of: [.manifest, .articleTable, .articleStrings, .locations])
    guard let found = try? CorpusLoad.findFiles(in: corpus, types: types),
      CorpusLoad.matches(saved.manifest, files: found.files, stamps: found.stamps)
    else { return .changed }
    return .fresh(warnings: found.warnings)
  }
}
