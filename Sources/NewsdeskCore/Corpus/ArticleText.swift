/// Where an article's body is: a String of its own, or a range of bytes in a text store
/// shared by many articles (the text section of the saved index, mapped from disk).
enum ArticleText: Sendable {
  case inMemory(String)
  case stored(TextStore, Range<Int>)
}

/// Checks bytes of a stored text before they are used: a saved index verifies its text a
/// piece at a time, when first read (`ChunkVerifier`), rather than all of it at start.
protocol TextVerifying: AnyObject, Sendable {
  /// Whether the bytes at `range` of the text are sound (verifying them now if need be).
  func verify(_ range: Range<Int>) -> Bool
}

/// Read-only text shared by many articles: a block of memory (the text of a batch of
/// articles read with no saved index), or a section of a saved index file, read an article
/// at a time when a sentence is wanted.
final class TextStore: @unchecked Sendable {
  // Unchecked: nothing here is written after construction.
  private enum Storage {
    case memory(UnsafeRawBufferPointer, owner: AnyObject)
    case file(OpenFile, offset: Int, count: Int)
  }

  private let storage: Storage
  /// Verifies file text before it is used; nil when it was verified whole before use.
  private let verifier: (any TextVerifying)?

  init(bytes: UnsafeRawBufferPointer, owner: AnyObject) {
    storage = .memory(bytes, owner: owner)
    verifier = nil
  }

  /// The `count` bytes of `file` from `offset`, checked by `verifier` before each use when
  /// one is given.
  init(file: OpenFile, offset: Int, count: Int, verifier: (any TextVerifying)? = nil) {
    storage = .file(file, offset: offset, count: count)
    self.verifier = verifier
  }

  var count: Int {
    switch storage {
    case .memory(let bytes, _): return bytes.count
    case .file(_, _, let count): return count
    }
  }

  /// The bytes in `range`, clamped to the store, so that a damaged range (or a file cut
  /// short behind newsdesk's back) reads short rather than out of bounds. Text that fails
  /// its verification reads as nothing: the damage is recorded by the verifier, and the
  /// session rebuilds the saved index before it answers from it (see
  /// `ArticleLibrary.confirmFreshness()`).
  func withBytes<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    let lower = min(max(0, range.lowerBound), count)
    let upper = min(max(lower, range.upperBound), count)
    switch storage {
    case .memory(let bytes, _):
      let start = bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + lower }
      return body(UnsafeBufferPointer(start: start, count: upper - lower))
    case .file(let file, let offset, _):
      if let verifier, !verifier.verify(lower..<upper) {
        return body(UnsafeBufferPointer(start: nil, count: 0))
      }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, upper - lower)) {
        buffer in
        let got = file.read(
          into: UnsafeMutableRawBufferPointer(
            rebasing: UnsafeMutableRawBufferPointer(buffer)[0..<(upper - lower)]),
          at: offset + lower)
        return body(UnsafeBufferPointer(rebasing: buffer[0..<got]))
      }
    }
  }
}

/// A sentence's place in its article body, as UTF-8 offsets: two integers instead of a String
/// per sentence, because an archive holds millions of sentences.
public struct SentenceLocation: Sendable, Equatable {
  public var start: Int32
  public var end: Int32
  public var paragraph: Int32
}
