import Foundation
import FuzzSupport

@testable import NewsdeskCore

// The saved-index reader on damaged files. The input is a whole index file (the seed is a
// small valid one). It is read twice: once as it is, with only this build's stamp put back,
// where the checksums must catch any change; and once resealed, every checksum recomputed,
// where the reader's own structural checks must. Whatever the reader accepts must keep its
// invariants, answer a search and give back every sentence of every article.

let fixture = SavedIndexFixture.make()

/// Writes `bytes` where the reader will find them and opens them; true if it accepted them.
///
/// A file that passed checksums it did not forge must be whole. A resealed one is held to
/// the structure, not to its statistics: the reader does not recount postings (that costs as
/// much as rebuilding), so frequencies and totals may be stale as long as every lookup stays
/// in bounds and every score stays finite.
func openAndCheck(_ bytes: [UInt8], resealed: Bool) -> Bool {
  guard FileManager.default.createFile(atPath: fixture.inputPath, contents: Data(bytes)) else {
    fatalError("cannot write \(fixture.inputPath)")
  }
  let corpus: SavedCorpus
  do {
    corpus = try SavedCorpus.open(
      path: fixture.inputPath,
      identity: SavedIndexFormat.identity(lexicon: SavedIndexFixture.lexicon),
      corpusKey: fixture.corpusKey)
  } catch {
    return false
  }
  let problems = corpus.checkInvariants().filter { !resealed || !$0.hasSuffix(" stale") }
  fuzzRequire(problems.isEmpty, "an accepted index breaks its invariants: \(problems)")
  use(corpus)
  return true
}

/// What a session does with a loaded index: searches every term and reads every sentence.
func use(_ corpus: SavedCorpus) {
  let hits = corpus.index.search(terms: corpus.index.vocabulary.terms, limit: 50)
  for hit in hits {
    fuzzRequire(
      (0..<corpus.index.sentenceCount).contains(hit.sentence) && hit.score.isFinite,
      "search returned sentence \(hit.sentence) of \(corpus.index.sentenceCount), score \(hit.score)"
    )
  }
  // The articles as a warm start reads them, in place from the article table.
  for number in 0..<corpus.placed.articles.count {
    let article = Article(stored: corpus.placed.articles, number: number)
    _ = (article.id, article.title, article.source, article.path, article.date, article.body)
    fuzzRequire(
      article.allSentences().count == article.sentenceCount,
      "article \(number) has \(article.sentenceCount) sentences but reads another number")
  }
  for entry in corpus.manifest.files.indices {
    for article in corpus.loadedArticles(entry: entry) {
      guard case .stored(let store, let range) = article.text else { continue }
      store.withBytes(in: range) { body in
        for sentence in article.sentences {
          _ = String(
            decoding: UnsafeBufferPointer(rebasing: body[Int(sentence.start)..<Int(sentence.end)]),
            as: UTF8.self)
        }
      }
    }
  }
}

FuzzDriver.run { input in
  var stamped = [UInt8](input)
  Resealing.stamp(&stamped, corpusKey: fixture.corpusKey)
  _ = openAndCheck(stamped, resealed: false)
  var resealed = [UInt8](input)
  Resealing.reseal(&resealed, corpusKey: fixture.corpusKey)
  let accepted = openAndCheck(resealed, resealed: true)
  if resealed == fixture.pristine {
    fuzzRequire(accepted, "the reader rejected the index this build wrote")
  }
}
