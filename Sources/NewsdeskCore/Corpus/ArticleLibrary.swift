/// The loaded articles and their index. Articles are numbered in load order, from 0.
public struct ArticleLibrary: Sendable {
  public private(set) var articles: [Article] = []
  public private(set) var index = SentenceIndex()
  private var usedIDs: Set<String> = []

  public init() {}

  public var sentenceCount: Int { index.sentenceCount }

  /// Loads every article under each path (a file or a folder). Files that cannot be used are
  /// skipped and reported; a path that does not exist throws `NewsdeskError.noSuchPath`
  /// before anything is loaded.
  @discardableResult
  public mutating func load(paths: [String], reader: ArticleReader = ArticleReader()) throws
    -> LoadReport
  {
    let finder = ArticleFileFinder()
    var report = LoadReport()
    var files: [String] = []
    for path in paths {
      let found = try finder.find(in: path)
      files += found.files
      report.warnings += found.warnings
    }
    let clock = ContinuousClock()
    let readStart = clock.now
    let results = files.parallelMap(makeContext: { () }) { _, path in reader.read(path: path) }
    var added: [Article] = []
    for result in results {
      switch result {
      case .success(let draft):
        let article = Article(
          id: uniqueID(draft.baseID), title: draft.title, date: draft.date, source: draft.source,
          path: draft.path, body: draft.body, sentences: draft.sentences)
        added.append(article)
      case .failure(let warning):
        report.warnings.append(warning)
      }
    }
    let indexStart = clock.now
    report.readSeconds = (indexStart - readStart).seconds
    index.add(added)
    report.indexSeconds = (clock.now - indexStart).seconds
    articles += added
    report.articlesAdded = added.count
    report.sentencesAdded = added.reduce(0) { $0 + $1.sentences.count }
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
      id: uniqueID(draft.baseID), title: draft.title, date: draft.date, source: draft.source,
      path: draft.path, body: draft.body, sentences: draft.sentences)
    index.add([article])
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

  private mutating func uniqueID(_ base: String) -> String {
    var candidate = base
    var suffix = 2
    while usedIDs.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    usedIDs.insert(candidate)
    return candidate
  }
}

/// What a load did.
public struct LoadReport: Sendable {
  public var articlesAdded = 0
  public var sentencesAdded = 0
  public var warnings: [LoadWarning] = []
  /// Time spent finding, reading, parsing and splitting the files.
  public var readSeconds = 0.0
  /// Time spent building the index.
  public var indexSeconds = 0.0
}

extension Duration {
  /// The duration in seconds, as a Double.
  public var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
