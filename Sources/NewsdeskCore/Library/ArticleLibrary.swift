/// The loaded articles and their index. Articles are numbered in load order, from 0.
public struct ArticleLibrary: Sendable {
  public private(set) var articles = ArticleList()
  public private(set) var index = SentenceIndex()
  /// The ids given so far; those of articles read in place from a saved index are added only
  /// when another id is to be given (`uniqueID`).
  private var usedIDs = UniqueIDs()
  private var storedIDsTaken = true
  /// The paths of each `load`, in order, for `reload()`.
  public private(set) var loadedPaths: [[String]] = []
  /// Whether loads keep a saved index, and who hears of their progress.
  public var options = LoadOptions()
  /// The irregular forms the index's terms are read with (`TermAnalyzer`).
  public let lexicon: Lexicon
  /// A warm start's checks still running in the background (see `confirmFreshness()`).
  var pendingConfirmation: FreshnessConfirmation?
  /// The saved text of warm starts that verify it a piece at a time, when first read, until
  /// all of it is verified (`ChunkVerifier`); a damaged piece is settled by
  /// `confirmFreshness()`.
  var unverifiedTexts: [ChunkVerifier] = []
  /// What a rebuild that answering had to make reported, for the next `confirmFreshness()`
  /// to tell (`settleDamagedText()`).
  var untoldReport: LoadReport?

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  public var sentenceCount: Int { index.sentenceCount }

  /// Loads every article under each path (a file or a folder). Files that cannot be used are
  /// skipped and reported; a path that does not exist throws `NewsdeskError.noSuchPath`
  /// before anything is loaded. With a cache folder in `options`, unchanged files come from
  /// the saved index and the result is saved for next time.
  @discardableResult
  public mutating func load(paths: [String], reader: ArticleReader = ArticleReader()) throws
    -> LoadReport
  {
    // A path loaded before is not added twice (":load" typed again): its articles would
    // answer every question twice.
    // What an earlier warm start has not yet confirmed is settled first, and told with
    // this load.
    let settled = try confirmFreshness()
    let earlier = Set(loadedPaths.joined().map(Self.standardized))
    let fresh = paths.filter { !earlier.contains(Self.standardized($0)) }
    guard !fresh.isEmpty else {
      var report = settled ?? LoadReport()
      report.notices += paths.map { "\($0) is already loaded; :reload reads it again" }
      return report
    }
    let loaded = try CorpusLoad(paths: fresh, reader: reader, options: options, lexicon: lexicon)
      .run()
    var report = loaded.report
    if let stored = loaded.stored {
      if articles.isEmpty {
        // A first load from a saved index: its articles are read in place, with the ids its
        // own load gave them, which are those this library would give.
        articles.append(stored: stored)
        storedIDsTaken = false
      } else {
        articles.append(
          contentsOf: (0..<stored.count).map { number in
            var article = Article(stored: stored, number: number)
            article.id = uniqueID(stored.baseID(number))
            return article
          })
      }
    }
    var held: [Article] = []
    held.reserveCapacity(loaded.articles.count)
    for loaded in loaded.articles {
      held.append(
        Article(
          id: uniqueID(loaded.record.baseID), title: loaded.record.title,
          date: loaded.record.date ?? PathDate.date(in: loaded.path),
          source: loaded.record.source, path: loaded.path, format: loaded.record.format,
          isSummary: loaded.record.isSummary, text: loaded.text ?? .inMemory(""),
          sentences: loaded.sentences))
    }
    articles.append(contentsOf: held)
    index = index.isEmpty ? loaded.index : index.appending(loaded.index)
    loadedPaths.append(fresh)
    pendingConfirmation = loaded.confirmation
    if let verifier = loaded.textVerifier { unverifiedTexts.append(verifier) }
    report.articlesAdded = loaded.articles.count + (loaded.stored?.count ?? 0)
    report.sentencesAdded = loaded.index.sentenceCount
    if let settled {
      report.warnings = settled.warnings + report.warnings
      report.notices = settled.notices + report.notices
    }
    return report
  }

  /// Reads every loaded path again: files that changed, appeared or vanished are read or
  /// dropped, the rest come from the saved index. Articles added as text are not kept. If a
  /// path has gone, throws and leaves the library as it was.
  @discardableResult
  public mutating func reload(reader: ArticleReader = ArticleReader()) throws -> LoadReport {
    var fresh = ArticleLibrary(lexicon: lexicon)
    fresh.options = options
    // Asked for: every file is checked now, not in the background.
    fresh.options.confirmsFreshnessLater = false
    var report = LoadReport()
    for paths in loadedPaths {
      let part = try fresh.load(paths: paths, reader: reader)
      report.articlesAdded += part.articlesAdded
      report.sentencesAdded += part.sentencesAdded
      report.warnings += part.warnings
      report.notices += part.notices
      report.readSeconds += part.readSeconds
      report.indexSeconds += part.indexSeconds
      report.filesRead += part.filesRead
      report.savedIndexBytes += part.savedIndexBytes
      report.savedIndex = part.savedIndex ?? report.savedIndex
    }
    fresh.options = options
    self = fresh
    return report
  }

  /// Adds one article given as text (a benchmark paragraph, a test fixture), parsed like a
  /// file's contents. Returns its number, or nil if it holds no sentence.
  @discardableResult
  public mutating func add(
    text: String, id: String, path: String = "", reader: ArticleReader = ArticleReader()
  ) -> Int? {
    guard case .success(let draft) = reader.read(text: text, path: path, baseID: id) else {
      return nil
    }
    let article = Article(
      id: uniqueID(draft.baseID), title: draft.title, date: draft.date ?? PathDate.date(in: path),
      source: draft.source,
      path: draft.path, body: draft.body, sentences: draft.sentences, format: draft.format,
      isSummary: draft.isSummary)
    index.add([article], lexicon: lexicon)
    articles.append(article)
    return articles.count - 1
  }

  /// The article whose id or file name is `name`, or whose 1-based number it is.
  public func article(named name: String) -> Int? {
    if let number = Int(name), number >= 1, number <= articles.count { return number - 1 }
    return articles.firstIndex {
      $0.id == name || $0.path == name || $0.path.hasSuffix("/" + name)
    }
  }

  /// A path for comparing loads: canonical, so that `corpus`, `./corpus/` and its absolute
  /// path are one folder.
  static func standardized(_ path: String) -> String {
    CorpusPaths.canonical(path)
  }

  private mutating func uniqueID(_ base: String) -> String {
    if !storedIDsTaken {
      // Articles read in place keep their saved ids; a new one must differ from them all.
      usedIDs.take(articles.lazy.map(\.id), count: articles.count)
      storedIDsTaken = true
    }
    return usedIDs.claim(base)
  }
}

extension Duration {
  /// The duration in seconds, as a Double.
  public var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
