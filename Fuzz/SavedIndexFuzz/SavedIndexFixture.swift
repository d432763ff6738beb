import Foundation

@testable import NewsdeskCore

/// A small valid saved index made once per run by loading a few articles with a cache
/// folder, and the file each fuzz input is written to before it is opened.
struct SavedIndexFixture {
  /// The saved index as this build wrote it.
  let pristine: [UInt8]
  /// The corpus key the reader expects (the one in the pristine header).
  let corpusKey: UInt64
  /// Where inputs are written to be read back.
  let inputPath: String

  /// Articles with each kind of metadata the manifest records: a front-matter title, date
  /// and source; a leading date line; a Markdown heading; several paragraphs; non-ASCII.
  static let articles: [(name: String, text: String)] = [
    (
      "front-matter.txt",
      """
      ---
      title: Harbour strike ends
      date: 2025-09-04
      source: Port Gazette
      ---
      Dock workers returned on Thursday after a strike of nine days. The union said the \
      agreement raised wages by 4%.

      Ships had queued outside the harbour since Sept. 1, officials said.
      """
    ),
    (
      "leading-date.txt",
      """
      date 2025-01-02 Geologists observe the fabric of rocks with the tools they use. \
      Dr. Ana Núñez led the survey near Quito. "It took years," she said.
      """
    ),
    (
      "heading.md",
      """
      # Budget vote delayed

      The minister delayed the budget vote until March. Critics called it a stall…

      Parliament meets again on Monday.
      """
    ),
  ]

  /// This process's folder for the corpus, the cache and the inputs.
  static let root =
    (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    + "/newsdesk-saved-index-fuzz-\(getpid())"

  /// The lexicon every library of the run reads with: the saved index is stamped with it.
  static let lexicon = Lexicon.installed()

  static func make() -> SavedIndexFixture {
    // Removed when libFuzzer exits, so runs leave nothing behind in /dev/shm.
    atexit { try? FileManager.default.removeItem(atPath: SavedIndexFixture.root) }
    let root = Self.root
    let corpus = root + "/corpus"
    let cache = root + "/cache"
    do {
      try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
      for article in articles {
        try article.text.write(
          toFile: corpus + "/" + article.name, atomically: false, encoding: .utf8)
      }
      var library = ArticleLibrary(lexicon: Self.lexicon)
      var options = LoadOptions(cacheFolder: cache)
      options.minimumCachedBytes = 0
      library.options = options
      _ = try library.load(paths: [corpus])
      let saved = try FileManager.default.contentsOfDirectory(atPath: cache)
        .first { $0.hasSuffix("." + SavedIndexFormat.fileExtension) }
      guard let saved, let data = FileManager.default.contents(atPath: cache + "/" + saved) else {
        fatalError("the fixture wrote no saved index in \(cache)")
      }
      let pristine = [UInt8](data)
      let header = try pristine.withUnsafeBytes { page in
        try SavedIndexFormat.decode(page).header
      }
      // scripts/fuzz.sh seeds the run with the index this build writes.
      if let seed = ProcessInfo.processInfo.environment["NEWSDESK_FUZZ_WRITE_SEED"] {
        _ = FileManager.default.createFile(atPath: seed, contents: data)
      }
      return SavedIndexFixture(
        pristine: pristine, corpusKey: header.corpusKey, inputPath: root + "/input.ndindex")
    } catch {
      fatalError("cannot make the saved-index fixture in \(root): \(error)")
    }
  }
}
