import Foundation

/// Reads article files on all cores and analyses them as it goes: each worker reads a batch
/// of files, parses and splits them, turns their sentences into forward postings, and hands
/// the batch's text to the saved index being written (or keeps it, one block per batch).
///
/// Reading and analysing in one pass keeps each body in cache while it is tokenised, and
/// no stage ever holds every body of the archive in memory at once.
struct CorpusReader {
  var reader = ArticleReader()
  let vocabulary: SharedVocabulary
  /// The irregular forms the articles' terms are read with.
  let lexicon: Lexicon
  /// Where article text goes; nil keeps it in memory.
  var writer: SavedIndexWriter?
  /// Content hashes of files the saved index holds whose stamps changed: a file whose
  /// content hashes the same is not analysed again.
  var knownHashes: [String: UInt64] = [:]
  var progress: LoadProgressReporter?
  static let batchSize = 64

  /// What reading one file came to.
  enum Outcome: Sendable {
    /// The file's articles (one, or many for a feed or JSON Lines), and what was left out.
    case articles([LoadedArticle], warnings: [LoadWarning])
    /// The saved index already has this content; only the stamp changed.
    case unchanged(FileStamp)
    case skipped(LoadWarning, FileStamp)
  }

  struct Batch: Sendable {
    var outcomes: [Outcome] = []
    /// The analysed articles, in the order of the `.articles` outcomes.
    var analysed = SentenceIndex.AnalysedBatch()
  }

  /// Reads `files` (with the stamps they were found with) in order.
  func read(_ files: [String], stamps: [FileStamp]) -> [Batch] {
    let batchCount = (files.count + Self.batchSize - 1) / Self.batchSize
    let vocabulary = self.vocabulary
    let lexicon = self.lexicon
    return Parallel.map(
      count: batchCount, makeContext: { SentenceAnalyzer(vocabulary: vocabulary, lexicon: lexicon) }
    ) {
      analyzer, number in
      let range = (number * Self.batchSize)..<min(files.count, (number + 1) * Self.batchSize)
      let batch = readBatch(files[range], stamps: stamps[range], analyzer: &analyzer)
      progress?.advance(by: range.count)
      return batch
    }
  }

  private func readBatch(
    _ files: ArraySlice<String>, stamps: ArraySlice<FileStamp>, analyzer: inout SentenceAnalyzer
  ) -> Batch {
    var batch = Batch()
    var text: [UInt8] = []
    for (path, foundStamp) in zip(files, stamps) {
      let file: ArticleReader.FileBytes
      switch reader.readBytes(path: path) {
      case .failure(let warning):
        batch.outcomes.append(.skipped(warning, foundStamp))
        continue
      case .success(let bytes):
        file = bytes
      }
      if knownHashes[path] == file.contentHash {
        batch.outcomes.append(.unchanged(file.stamp))
        continue
      }
      switch reader.parse(file, path: path) {
      case .failure(let warning):
        batch.outcomes.append(.skipped(warning, file.stamp))
      case .success(var found):
        var articles: [LoadedArticle] = []
        for index in found.drafts.indices {
          let start = text.count
          let draft = found.drafts[index]
          found.drafts[index].body.withUTF8 { body in
            text += body
            batch.analysed.append(draft.sentences, body: body, analyzer: &analyzer)
          }
          articles.append(
            LoadedArticle(
              path: path, stamp: file.stamp, contentHash: file.contentHash,
              record: ArticleRecord(
                baseID: draft.baseID, title: draft.title, date: draft.date, source: draft.source,
                format: draft.format, isSummary: draft.isSummary,
                sentenceCount: draft.sentences.count, text: start..<text.count),
              sentences: draft.sentences, text: nil))
        }
        batch.outcomes.append(.articles(articles, warnings: found.warnings))
      }
    }
    // The batch's text goes to the saved index in one write; if there is none, or writing
    // failed, the batch keeps it in one block of memory.
    let spooled = writer.flatMap { writer in text.withUnsafeBytes { writer.appendText($0) } }
    let store = spooled == nil ? TextStore(copying: text) : nil
    for position in batch.outcomes.indices {
      guard case .articles(var articles, let warnings) = batch.outcomes[position] else { continue }
      for index in articles.indices {
        let range = articles[index].record.text
        if let spooled {
          articles[index].record.text = (range.lowerBound + spooled)..<(range.upperBound + spooled)
        } else if let store {
          articles[index].text = .stored(store, range)
        }
      }
      batch.outcomes[position] = .articles(articles, warnings: warnings)
    }
    return batch
  }
}

extension TextStore {
  /// A store holding its own copy of `bytes`.
  convenience init(copying bytes: [UInt8]) {
    let storage = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(1, bytes.count), alignment: 8)
    bytes.withUnsafeBytes { storage.copyMemory(from: $0) }
    let owner = OwnedBytes(storage)
    self.init(bytes: UnsafeRawBufferPointer(rebasing: storage[0..<bytes.count]), owner: owner)
  }
}

/// Frees a block of bytes with its last user.
private final class OwnedBytes {
  let storage: UnsafeMutableRawBufferPointer
  init(_ storage: UnsafeMutableRawBufferPointer) { self.storage = storage }
  deinit { storage.deallocate() }
}
