import Foundation

/// How a library loads: whether it keeps a saved index, and whom it tells about progress.
public struct LoadOptions: Sendable {
  /// Where saved indexes are kept; nil loads without one (`--no-cache`).
  public var cacheFolder: String?
  /// Corpora smaller than this (in bytes of files) load in well under a second and get no
  /// saved index: it would save nothing and only take up room in the cache folder.
  public var minimumCachedBytes: UInt64 = 1 << 20
  /// How many saved indexes the cache folder keeps; the least recently used go first.
  public var maximumSavedIndexes = 8
  /// How long a load waits for another newsdesk that is saving the same index; after that it
  /// answers from what it read itself and leaves the saving to the other.
  public var lockPatience = Duration.seconds(1)
  /// The types of file a folder load takes (`--formats`); a file named directly is read
  /// whatever its type.
  public var fileTypes = Set(ArticleFileType.allCases)
  /// When a saved index exists, use it at once and confirm in the background that no file
  /// changed and that its checksums match (a warm start of 100,000 articles otherwise waits
  /// for a stat of every file). Nothing answers from it before
  /// `ArticleLibrary.confirmFreshness()` has waited for that confirmation, and reads again
  /// what changed: a session asks for it before every question (for a large index, waiting
  /// for its integrity alone: `eagerlyConfirmedArticles`). The shell uses it; other callers
  /// get a load that has checked everything before it returns.
  public var confirmsFreshnessLater = false
  /// With `confirmsFreshnessLater`: a saved index's text longer than this is not hashed
  /// before the first answer but a piece at a time, when first read, and the rest in the
  /// background (`ChunkVerifier`); shorter text is verified with the other sections. 16 MiB
  /// hash in a few milliseconds; 100,000 articles' text is 200 MiB.
  public var eagerlyVerifiedTextBytes = 16 << 20
  /// With `confirmsFreshnessLater`: a saved index of at least this many articles answers
  /// its first questions once its checksums are verified, while the stat of every file
  /// (and the list of files it is compared with) goes on in the background; a file found
  /// changed, added or gone is read again before the next line (a session: the next question
  /// that finds the check done, or the next `confirmFreshness()`). Smaller indexes are
  /// confirmed whole before the first answer: their files take milliseconds to stat. At
  /// 100,000 articles the stat and the list of files were most of the 2–5 s a first question
  /// waited on a busy 2-core machine.
  public var eagerlyConfirmedArticles = 20_000
  /// Called from loading threads as files are read; see `LoadProgress`.
  public var progress: (@Sendable (LoadProgress) -> Void)?

  public init(cacheFolder: String? = nil) {
    self.cacheFolder = cacheFolder
  }

  /// $XDG_CACHE_HOME/newsdesk, else ~/.cache/newsdesk; nil when neither can be found.
  public static func defaultCacheFolder(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return cache + "/newsdesk"
    }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/newsdesk" }
    return nil
  }
}

/// How far a load has come.
public struct LoadProgress: Sendable, Equatable {
  public enum Phase: String, Sendable {
    case finding, reading, indexing, saving
    /// The load is over (a bar can be cleared).
    case finished
  }

  public var phase: Phase
  /// Files read so far, out of `total` to read (reading phase only).
  public var done: Int
  public var total: Int
  /// Seconds since the load began.
  public var elapsed: Double
}

/// Counts progress from many threads and passes it on.
final class LoadProgressReporter: @unchecked Sendable {
  // Unchecked: the counters are only touched while holding `lock`.
  private let lock = NSLock()
  private let callback: @Sendable (LoadProgress) -> Void
  private let start = ContinuousClock.now
  private var phase = LoadProgress.Phase.finding
  private var done = 0
  private var total = 0

  init(_ callback: @escaping @Sendable (LoadProgress) -> Void) {
    self.callback = callback
  }

  func begin(_ phase: LoadProgress.Phase, total: Int = 0) {
    report {
      self.phase = phase
      self.done = 0
      self.total = total
    }
  }

  func advance(by count: Int) {
    report { self.done += count }
  }

  private func report(_ change: () -> Void) {
    lock.lock()
    change()
    let progress = LoadProgress(
      phase: phase, done: done, total: total, elapsed: (ContinuousClock.now - start).seconds)
    lock.unlock()
    callback(progress)
  }
}
