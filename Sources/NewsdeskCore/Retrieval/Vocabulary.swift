import Foundation

/// The index terms (stems) an index knows, numbered from 0 in the order first seen.
struct Vocabulary: Sendable {
  private(set) var terms: [String] = []
  private var ids: [String: UInt32] = [:]

  init() {}

  init(terms: [String]) {
    self.terms = terms
    ids.reserveCapacity(terms.count)
    for (number, term) in terms.enumerated() { ids[term] = UInt32(number) }
  }

  var count: Int { terms.count }

  func id(of term: String) -> Int? { ids[term].map(Int.init) }

  /// The term's number, adding it if it is new.
  mutating func insert(_ term: String) -> UInt32 {
    if let known = ids[term] { return known }
    let id = UInt32(terms.count)
    ids[term] = id
    terms.append(term)
    return id
  }
}

/// A vocabulary that the loading workers extend together. Each worker remembers the ids of
/// the words it has met, so the lock is taken once per distinct word per worker — tens of
/// thousands of times for a whole archive, not once per word.
final class SharedVocabulary: @unchecked Sendable {
  // Unchecked: every access to `vocabulary` holds `lock`.
  private let lock = NSLock()
  private var vocabulary: Vocabulary

  init(_ vocabulary: Vocabulary = Vocabulary()) {
    self.vocabulary = vocabulary
  }

  func id(of term: String) -> UInt32 {
    lock.lock()
    defer { lock.unlock() }
    return vocabulary.insert(term)
  }

  var snapshot: Vocabulary {
    lock.lock()
    defer { lock.unlock() }
    return vocabulary
  }
}
