import Foundation

/// Saving a load's result as the saved index, and using the saved file from then on.
extension CorpusLoad {
  /// Completes the saved index `writer` has been filling with text, and switches the result
  /// to it. If saving fails (a full disk), the result keeps working from memory and the
  /// previous saved index is left as it was; one notice says so.
  func save(
    _ result: inout Result, paths: [String], entries: [Entry], previous: SavedCorpus?,
    writer: SavedIndexWriter, folder: String, key: UInt64
  ) {
    var files: [FileRecord] = []
    var article = 0
    var fromSaved: [Int] = []
    for entry in entries {
      switch entry {
      case .saved(let number, let stamp):
        guard var record = previous?.manifest.files[number] else { continue }
        record.stamp = stamp
        for _ in record.articles {
          fromSaved.append(article)
          article += 1
        }
        files.append(record)
      case .read(let articles, let warnings):
        // A file read has at least one article: one with none is skipped.
        files.append(
          FileRecord(
            path: articles[0].path, stamp: articles[0].stamp,
            contentHash: articles[0].contentHash,
            content: .articles(articles.map(\.record), warnings: warnings.map(\.reason))))
        article += articles.count
      case .skipped(let warning, let stamp):
        files.append(
          FileRecord(
            path: warning.path, stamp: stamp, contentHash: 0,
            content: .skipped(reason: warning.reason)))
      }
    }
    if let previous { copyText(of: fromSaved, in: &result.articles, from: previous, to: writer) }
    // Text ranges in the new file, now that every article has one.
    var articles = result.articles.makeIterator()
    for position in files.indices {
      guard case .articles(let records, let warnings) = files[position].content else { continue }
      files[position].content = .articles(
        records.map { _ in articles.next()!.record }, warnings: warnings)
    }
    if !writer.hasFailed {
      writer.endText()
      SavedIndexManifest(corpusPaths: paths, files: files).encoded().withUnsafeBytes {
        writer.appendSection(.manifest, $0)
      }
      var locations: [Int32] = []
      locations.reserveCapacity(3 * result.index.sentenceCount)
      for article in result.articles {
        for sentence in article.sentences {
          locations += [sentence.start, sentence.end, sentence.paragraph]
        }
      }
      locations.withUnsafeBytes { writer.appendSection(.locations, $0) }
      result.index.write(to: writer)
      // The ids a library whose first load this is gives them (see `UniqueIDs`).
      var ids = UniqueIDs()
      let table = StoredArticles.encoded(
        result.articles, ids: result.articles.map { ids.claim($0.record.baseID) },
        corpusBytes: files.reduce(0) { $0 + $1.stamp.size })
      table.table.withUnsafeBytes { writer.appendSection(.articleTable, $0) }
      table.strings.withUnsafeBytes { writer.appendSection(.articleStrings, $0) }
      PlacedIndex.encodeWarnings(files.flatMap(Self.warnings(of:))).withUnsafeBytes {
        writer.appendSection(.loadWarnings, $0)
      }
    }
    do {
      try writer.commit(identity: identity, corpusKey: key)
    } catch {
      result.report.notices.append(
        "could not save the index in \(folder) (\(error)); newsdesk goes on without it")
      keepSpooledText(&result.articles, from: writer)
      writer.abandon()
      return
    }
    // From now on the articles' text is read from the saved file; the index built in
    // memory is the one just saved.
    let saved = keepSpooledText(&result.articles, from: writer, all: true)
    result.report.savedIndexBytes = saved?.size ?? 0
    result.report.savedIndex = previous == nil ? .written : .updated
    SavedIndexFolder(path: folder).prune(keeping: options.maximumSavedIndexes)
  }

  /// Copies the text of the articles taken from the previous saved index into the new one,
  /// in runs as they lie in the old file, and records where each now starts.
  ///
  /// Read through the descriptor the previous index was opened and checked with, never by
  /// path: another newsdesk may have renamed a new index over the path since, and the old
  /// offsets would then copy another file's text under these articles' names.
  private func copyText(
    of numbers: [Int], in articles: inout [LoadedArticle], from previous: SavedCorpus,
    to writer: SavedIndexWriter
  ) {
    let descriptor = previous.file.file.descriptor
    let base = previous.file.range(of: .text).lowerBound
    let ordered = numbers.sorted {
      articles[$0].record.text.lowerBound < articles[$1].record.text.lowerBound
    }
    var position = 0
    while position < ordered.count, !writer.hasFailed {
      // A run of articles whose text lies end to end in the old file.
      let runStart = articles[ordered[position]].record.text.lowerBound
      var runEnd = articles[ordered[position]].record.text.upperBound
      var last = position
      while last + 1 < ordered.count,
        articles[ordered[last + 1]].record.text.lowerBound == runEnd
      {
        last += 1
        runEnd = articles[ordered[last]].record.text.upperBound
      }
      guard
        let start = writer.copyText(from: descriptor, at: base + runStart, count: runEnd - runStart)
      else { return }
      for number in ordered[position...last] {
        let old = articles[number].record.text
        articles[number].record.text =
          (start + old.lowerBound - runStart)..<(start + old.upperBound - runStart)
      }
      position = last + 1
    }
  }

  /// Points articles at their text in the file `writer` wrote: after a failed save, those
  /// whose text did reach the (temporary) file before writing stopped, the others being in
  /// memory; after a save, `all` of them. The file is opened again through the writer's own
  /// descriptor, never by path: by now another newsdesk may have renamed its index over the
  /// path, or the temporary file may be about to be removed. Returns the file, when used.
  @discardableResult
  private func keepSpooledText(
    _ articles: inout [LoadedArticle], from writer: SavedIndexWriter, all: Bool = false
  ) -> OpenFile? {
    guard all || articles.contains(where: { $0.text == nil }),
      let file = try? writer.openForReading()
    else { return nil }
    let text = TextStore(
      file: file, offset: SavedIndexFormat.headerSize, count: writer.textLength)
    for position in articles.indices where all || articles[position].text == nil {
      articles[position].text = .stored(text, articles[position].record.text)
    }
    return file
  }
}
