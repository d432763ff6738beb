/// A saved index opened for a load: the files it was made from, its articles and its index,
/// ready to use whole or to take the unchanged articles from.
struct SavedCorpus: Sendable {
  /// The index and articles, placed over the mapping.
  let placed: PlacedIndex
  let manifest: SavedIndexManifest
  /// For each entry of `manifest.files`, the number of its first article (its others follow
  /// in order), or -1 for a file with none.
  let articleNumbers: [Int]

  var file: SavedIndexFile { placed.file }
  var index: SentenceIndex { placed.index }
  /// Each sentence's start, end and paragraph, three numbers a sentence, in load order.
  var locations: Column<Int32> { placed.locations }
  var text: TextStore { placed.text }

  /// Opens a saved index. Without `verifying`, the checksum pass (and the check of the
  /// sentence ids that runs in it) is left to `verify()`. Everything read here is
  /// bounds-checked either way.
  static func open(
    path: String, identity: UInt64, corpusKey: UInt64, verifying: Bool = true
  ) throws(SavedIndexFormat.Problem) -> SavedCorpus {
    let placed = try PlacedIndex.open(path: path, identity: identity, corpusKey: corpusKey)
    return try SavedCorpus(checking: placed, verifying: verifying)
  }

  /// The saved index `placed` with its list of files decoded and checked against the index
  /// and the article table: what a warm start that used `placed` at once confirms in the
  /// background (`FreshnessConfirmation`). With `verifying`, the checksums are verified first:
  /// nothing is believed before they are.
  init(checking placed: PlacedIndex, verifying: Bool) throws(SavedIndexFormat.Problem) {
    if verifying {
      try placed.file.verify(idCheck: placed.index.postingOrderCheck)
      placed.textVerifier.markAllVerified()
    }
    guard let manifest = SavedIndexManifest.decode(placed.file.bytes(of: .manifest)) else {
      throw .damaged("its list of files is damaged")
    }
    let index = placed.index
    let locations = placed.locations
    let textCount = placed.text.count
    var articleNumbers: [Int] = []
    articleNumbers.reserveCapacity(manifest.files.count)
    var articles = 0
    for record in manifest.files {
      guard !record.articles.isEmpty else {
        articleNumbers.append(-1)
        continue
      }
      articleNumbers.append(articles)
      for article in record.articles {
        guard articles < index.articleCount,
          article.sentenceCount == index.sentenceCount(ofArticle: articles),
          article.text.lowerBound >= 0, article.text.upperBound <= textCount,
          Self.sentencesFit(
            locations, from: index.globalSentence(article: articles, sentence: 0),
            count: article.sentenceCount, in: article.text.count)
        else { throw .damaged("its list of files does not match its index") }
        articles += 1
      }
    }
    guard articles == index.articleCount, placed.articles.isSound(textCount: textCount) else {
      throw .damaged("its list of files does not match its index")
    }
    self.placed = placed
    self.manifest = manifest
    self.articleNumbers = articleNumbers
  }

  /// The checksum pass `open(path:corpusKey:verifying:)` left out.
  func verify() throws(SavedIndexFormat.Problem) {
    try file.verify(idCheck: index.postingOrderCheck)
    placed.textVerifier.markAllVerified()
  }

  /// Whether `count` sentences from `first` lie in order inside a text of `length` bytes, so
  /// that no damaged location reaches into another article's text or past the section.
  private static func sentencesFit(
    _ locations: Column<Int32>, from first: Int, count: Int, in length: Int
  ) -> Bool {
    var previousEnd: Int32 = 0
    for sentence in first..<first + count {
      let start = locations[3 * sentence]
      let end = locations[3 * sentence + 1]
      guard previousEnd <= start, start <= end, Int(end) <= length, locations[3 * sentence + 2] >= 0
      else { return false }
      previousEnd = end
    }
    return true
  }

  /// The sentences of article `number`.
  func sentences(ofArticle number: Int) -> [SentenceLocation] {
    let first = index.globalSentence(article: number, sentence: 0)
    return (0..<index.sentenceCount(ofArticle: number)).map { offset in
      let base = 3 * (first + offset)
      return SentenceLocation(
        start: locations[base], end: locations[base + 1], paragraph: locations[base + 2])
    }
  }

  /// The articles of manifest entry `entry`, with their text in this saved index.
  func loadedArticles(entry: Int) -> [LoadedArticle] {
    var articles: [LoadedArticle] = []
    appendArticles(entry: entry, to: &articles)
    return articles
  }

  /// Appends the articles of manifest entry `entry` to `articles`: a warm start gathers
  /// 100,000 of them into one array, without an array per file in between.
  func appendArticles(entry: Int, to articles: inout [LoadedArticle]) {
    let record = manifest.files[entry]
    for (offset, article) in record.articles.enumerated() {
      articles.append(
        LoadedArticle(
          path: record.path, stamp: record.stamp, contentHash: record.contentHash,
          record: article, sentences: sentences(ofArticle: articleNumbers[entry] + offset),
          text: .stored(text, article.text)))
    }
  }
}
