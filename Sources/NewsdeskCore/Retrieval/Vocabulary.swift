import Foundation

/// The index terms (stems) an index knows, numbered from 0 in the order first seen.
///
/// Two forms: a growing list with a dictionary, while an index is built; or a saved flat
/// table used in place (see `FlatTermTable`), after a warm start. The flat form turns into
/// the growing one the first time a term is added (a load that read changed files).
struct Vocabulary: Sendable {
  private var growing: [String] = []
  private var ids: [String: UInt32] = [:]
  private var flat: FlatTermTable?

  init() {}

  init(terms: [String]) {
    growing = terms
    ids.reserveCapacity(terms.count)
    for (number, term) in terms.enumerated() { ids[term] = UInt32(number) }
  }

  init(flat: FlatTermTable) {
    self.flat = flat
  }

  var count: Int { flat?.count ?? growing.count }

  /// Every term in number order (made into Strings from the flat form).
  var terms: [String] {
    guard let flat else { return growing }
    return (0..<flat.count).map { flat.term($0) }
  }

  /// The vocabulary as a flat table, for saving.
  var flatTable: FlatTermTable { flat ?? FlatTermTable(terms: growing) }

  func id(of term: String) -> Int? {
    if let flat { return flat.id(of: term) }
    return ids[term].map(Int.init)
  }

  /// The term's number, adding it if it is new.
  mutating func insert(_ term: String) -> UInt32 {
    if flat != nil {
      if let known = flat?.id(of: term) { return UInt32(known) }
      self = Vocabulary(terms: terms)
    }
    if let known = ids[term] { return known }
    let id = UInt32(growing.count)
    ids[term] = id
    growing.append(term)
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
