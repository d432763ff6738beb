import Foundation

/// One `load` call: finds the files, takes what the saved index already has for files that
/// did not change, reads and analyses the rest, and saves the result for next time.
struct CorpusLoad {
  let paths: [String]
  let reader: ArticleReader
  let options: LoadOptions
  /// The irregular forms the articles' terms are read with.
  let lexicon: Lexicon
  /// What a saved index must have been written by to be read: this build and `lexicon`.
  let identity: UInt64

  init(paths: [String], reader: ArticleReader, options: LoadOptions, lexicon: Lexicon) {
    self.paths = paths
    self.reader = reader
    self.options = options
    self.lexicon = lexicon
    self.identity = SavedIndexFormat.identity(lexicon: lexicon)
  }

  /// The corpus of this call, articles numbered from 0, their text resolved.
  struct Result {
    var articles: [LoadedArticle] = []
    /// The articles of a saved index used as it was, read in place (then `articles` is empty).
    var stored: StoredArticles?
    var index = SentenceIndex()
    var report = LoadReport()
    /// A warm start that did not wait for its checks: what confirms them in the background.
    var confirmation: FreshnessConfirmation?
    /// What verifies the saved text a piece at a time, when that is left out of the
    /// confirmation; nil when the text was verified whole.
    var textVerifier: ChunkVerifier?
  }

  /// A file in the result: from the saved index, freshly read, or skipped.
  enum Entry {
    case saved(entry: Int, stamp: FileStamp)
    case read([LoadedArticle], warnings: [LoadWarning])
    case skipped(LoadWarning, FileStamp)
  }

  func run() throws -> Result {
    let clock = ContinuousClock()
    let start = clock.now
    let progress = options.progress.map(LoadProgressReporter.init)
    progress?.begin(.finding)
    defer { progress?.begin(.finished) }
    var result = Result()
    let corpus = CorpusPaths(paths)
    let paths = corpus.given
    let key = SavedIndexFormat.corpusKey(
      paths: paths, reader: reader, fileTypes: options.fileTypes)
    if options.confirmsFreshnessLater, let folder = options.cacheFolder,
      let provisional = try provisionalResult(corpus: corpus, key: key, folder: folder)
    {
      return provisional
    }
    // The saved index is read and checked on another core while the folders are walked.
    let opening = options.cacheFolder.map {
      PendingOpen(
        path: $0 + "/" + SavedIndexFormat.fileName(corpusKey: key), key: key, identity: identity)
    }
    let found = try Self.findFiles(in: corpus, types: options.fileTypes)
    result.report.warnings += found.warnings
    let files = found.files
    let stamps = found.stamps
    let bytes = stamps.reduce(UInt64(0)) { $0 + $1.size }
    let folder = bytes >= options.minimumCachedBytes ? options.cacheFolder : nil
    let savedPath = folder.map { $0 + "/" + SavedIndexFormat.fileName(corpusKey: key) }
    var previous = folder == nil ? nil : opening?.result(report: &result.report)

    if let previous, let savedPath, Self.matches(previous.manifest, files: files, stamps: stamps) {
      return Self.useSaved(previous.placed, path: savedPath, into: &result, since: start)
    }
    // Something changed: this load writes a new index, unless another newsdesk is writing
    // it and does not finish soon.
    var lock: SavedIndexLock?
    var saving = folder != nil
    if let folder, let savedPath, let opening {
      switch claim(
        savedPath, in: folder, key: key, opened: opening, files: files, stamps: stamps,
        previous: &previous, report: &result.report)
      {
      case .write(let held): lock = held
      case .leaveToOther: saving = false
      case .useSaved(let saved):
        return Self.useSaved(saved.placed, path: savedPath, into: &result, since: start)
      }
    }

    // Files with the same stamp come from the saved index; the rest are read.
    let savedEntries = Dictionary(
      (previous?.manifest.files ?? []).enumerated().map { ($1.path, $0) },
      uniquingKeysWith: { first, _ in first })
    var plan: [Int?] = []  // the saved entry, or nil to read
    var toRead: [String] = []
    var toReadStamps: [FileStamp] = []
    var knownHashes: [String: UInt64] = [:]
    for (path, stamp) in zip(files, stamps) {
      if let entry = savedEntries[path], let record = previous?.manifest.files[entry] {
        if record.stamp == stamp {
          plan.append(entry)
          continue
        }
        knownHashes[path] = record.contentHash
      }
      plan.append(nil)
      toRead.append(path)
      toReadStamps.append(stamp)
    }
    var writer: SavedIndexWriter?
    if let folder, saving {
      do {
        writer = try SavedIndexWriter(folder: folder, corpusKey: key, lock: lock)
      } catch {
        result.report.notices.append("cannot save the index in \(folder): \(error)")
      }
    }
    let vocabulary = SharedVocabulary(previous?.index.vocabulary ?? Vocabulary())
    progress?.begin(.reading, total: toRead.count)
    var batches = CorpusReader(
      reader: reader, vocabulary: vocabulary, lexicon: lexicon, writer: writer,
      knownHashes: knownHashes, progress: progress
    ).read(toRead, stamps: toReadStamps)
    // Taken apart so that each analysed batch has one owner, and is freed as soon as the
    // inversion has read it.
    var analysed: [SentenceIndex.AnalysedBatch] = []
    var outcomes: [CorpusReader.Outcome] = []
    for number in batches.indices {
      analysed.append(batches[number].analysed)
      outcomes += batches[number].outcomes
      batches[number] = CorpusReader.Batch()
    }
    batches = []
    result.report.filesRead = toRead.count
    let readEnd = clock.now
    result.report.readSeconds = (readEnd - start).seconds
    progress?.begin(.indexing)

    var next = 0
    let entries: [Entry] = plan.enumerated().map { position, entry in
      if let entry { return .saved(entry: entry, stamp: stamps[position]) }
      next += 1
      switch outcomes[next - 1] {
      case .articles(let articles, let warnings): return .read(articles, warnings: warnings)
      case .unchanged(let stamp): return .saved(entry: savedEntries[files[position]]!, stamp: stamp)
      case .skipped(let warning, let stamp): return .skipped(warning, stamp)
      }
    }
    outcomes = []
    result.index = Self.index(
      of: entries, previous: previous, vocabulary: vocabulary.snapshot, analysed: &analysed)
    for entry in entries {
      switch entry {
      case .saved(let number, let stamp):
        guard let record = previous?.manifest.files[number] else { continue }
        result.report.warnings += Self.warnings(of: record)
        for var article in previous?.loadedArticles(entry: number) ?? [] {
          article.stamp = stamp
          result.articles.append(article)
        }
      case .read(let articles, let warnings):
        result.articles += articles
        result.report.warnings += warnings
      case .skipped(let warning, _):
        result.report.warnings.append(warning)
      }
    }
    progress?.begin(.saving)
    if let writer, let folder {
      save(
        &result, paths: paths, entries: entries, previous: previous, writer: writer,
        folder: folder, key: key)
    }
    // The analysed batches were freed in many small pieces: given back rather than kept for
    // a session that will not need them.
    FreeMemory.giveBack()
    result.report.indexSeconds = (clock.now - readEnd).seconds
    return result
  }

  /// Every article file under the load's paths, each once, with its stamp, and what the
  /// walk could not read.
  static func findFiles(
    in corpus: CorpusPaths, types: Set<ArticleFileType>
  ) throws -> ArticleFileFinder.Result {
    var result = ArticleFileFinder.Result()
    var seen = Set<String>()
    for (number, path) in corpus.given.enumerated() {
      let found = try ArticleFileFinder(types: types).find(in: path)
      result.warnings += found.warnings
      guard corpus.mayOverlap else {
        result.files += found.files
        result.stamps += found.stamps
        continue
      }
      for (file, stamp) in zip(found.files, found.stamps)
      where seen.insert(corpus.canonicalFile(file, foundUnder: number)).inserted {
        result.files.append(file)
        result.stamps.append(stamp)
      }
    }
    return result
  }

  /// The result when nothing changed: the saved index is the corpus, its articles read in
  /// place.
  static func useSaved(
    _ placed: PlacedIndex, path: String, into result: inout Result,
    since start: ContinuousClock.Instant
  ) -> Result {
    utimensat(AT_FDCWD, path, nil, 0)  // most recently used, for pruning
    result.stored = placed.articles
    result.report.warnings += placed.warnings
    result.index = placed.index
    result.report.savedIndex = .used
    result.report.readSeconds = (ContinuousClock.now - start).seconds
    return result
  }

  /// The previous saved index, opened on a background thread: a sound one, or nothing (a
  /// damaged one is reported).
  final class PendingOpen: @unchecked Sendable {
    // Unchecked: `outcome` is written once on the background thread before `done` is
    // signalled, and read only after waiting for it.
    private let done = DispatchGroup()
    private var outcome: Swift.Result<SavedCorpus, SavedIndexFormat.Problem>?
    private let path: String
    /// The file that was opened, or found and not opened; nil when there was none.
    let identity: FileIdentity?

    init(path: String, key: UInt64, identity saved: UInt64) {
      self.path = path
      identity = FileIdentity.of(path: path)
      guard identity != nil else { return }
      done.enter()
      DispatchQueue.global().async {
        self.outcome = Swift.Result { () throws(SavedIndexFormat.Problem) in
          try SavedCorpus.open(path: path, identity: saved, corpusKey: key)
        }
        self.done.leave()
      }
    }

    func result(report: inout LoadReport) -> SavedCorpus? {
      done.wait()
      switch outcome {
      case .success(let saved): return saved
      case .failure(.damaged(let why)):
        report.notices.append("the saved index \(path) is damaged (\(why)); rebuilding it")
      case .failure(.olderFormat(let version)):
        report.notices.append(
          "the saved index \(path) is in an older format (\(version), now "
            + "\(SavedIndexFormat.version)); rebuilding it")
      case .failure(.otherVersion), nil:
        break  // made by another version of newsdesk, or none: rebuilt without a word
      }
      return nil
    }
  }

  /// What a saved file record says was left out: the file, or parts of it.
  static func warnings(of record: FileRecord) -> [LoadWarning] {
    switch record.content {
    case .skipped(let reason): [LoadWarning(path: record.path, reason: reason)]
    case .articles(_, let warnings):
      warnings.map { LoadWarning(path: record.path, reason: $0, isPartial: true) }
    }
  }

  static func matches(_ manifest: SavedIndexManifest, files: [String], stamps: [FileStamp]) -> Bool
  {
    manifest.files.count == files.count
      && zip(manifest.files, zip(files, stamps)).allSatisfy { record, file in
        record.path == file.0 && record.stamp == file.1
      }
  }

  /// The index of the result: the freshly read articles alone, or assembled with the
  /// unchanged articles of the saved index in their places.
  private static func index(
    of entries: [Entry], previous: SavedCorpus?, vocabulary: Vocabulary,
    analysed: inout [SentenceIndex.AnalysedBatch]
  ) -> SentenceIndex {
    let fresh = SentenceIndex(vocabulary: vocabulary, batches: &analysed)
    guard let previous else { return fresh }
    var savedMap = [UInt32](
      repeating: PostingLists.IDMap.dropped, count: previous.index.articleCount)
    var freshMap: [UInt32] = []
    var number: UInt32 = 0
    for entry in entries {
      switch entry {
      case .saved(let saved, _):
        let first = previous.articleNumbers[saved]
        guard first >= 0 else { continue }
        for offset in previous.manifest.files[saved].articles.indices {
          savedMap[first + offset] = number
          number += 1
        }
      case .read(let articles, _):
        for _ in articles {
          freshMap.append(number)
          number += 1
        }
      case .skipped:
        continue
      }
    }
    if !savedMap.contains(where: { $0 != PostingLists.IDMap.dropped }) { return fresh }
    return SentenceIndex.assembled(
      from: [
        .init(index: previous.index, articles: savedMap), .init(index: fresh, articles: freshMap),
      ],
      articleCount: Int(number))
  }
}

/// What a load did.
public struct LoadReport: Sendable {
  public var articlesAdded = 0
  public var sentencesAdded = 0
  public var warnings: [LoadWarning] = []
  /// Things the user should know that are not about a file: a damaged or unsaved index.
  public var notices: [String] = []
  /// Time spent finding, reading, parsing, splitting and analysing the files.
  public var readSeconds = 0.0
  /// Time spent building the index and saving it.
  public var indexSeconds = 0.0
  /// How many files were read (the rest came from the saved index).
  public var filesRead = 0
  /// What happened to the saved index, when there is one.
  public var savedIndex: SavedIndexUse?
  /// The saved index's size in bytes, when one was used or written.
  public var savedIndexBytes = 0

  public init() {}

  public enum SavedIndexUse: String, Sendable {
    /// Nothing had changed: the saved index was used as it was.
    case used
    /// Written for the first time.
    case written
    /// Some files had changed: they were read again and the index saved anew.
    case updated
  }
}
