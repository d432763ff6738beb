import Synchronization

/// Answers worked out once and shared by every thread, for lexicon lookups that the rules
/// repeat again and again and whose answer never changes. Bounded: when full it starts
/// afresh rather than growing with a long session. Two threads may work out the same
/// answer at once; both get it, which is harmless.
final class Memo<Value: Sendable>: Sendable {
  private let values = Mutex<[String: Value]>([:])
  /// Answers remembered before the memo starts afresh: a bound on its memory.
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// The remembered answer for `key`, or `compute()`'s, remembered.
  func value(for key: String, _ compute: () -> Value) -> Value {
    if let known = values.withLock({ $0[key] }) { return known }
    let value = compute()
    values.withLock { memo in
      if memo.count >= capacity { memo.removeAll(keepingCapacity: true) }
      memo[key] = value
    }
    return value
  }

  /// The remembered answer for `key`, or nil when none is remembered; works nothing out.
  func known(for key: String) -> Value? {
    values.withLock { $0[key] }
  }
}

extension WordNetPOS {
  /// One memo per part of speech, for lookups keyed by a word and a part of speech: the word
  /// alone is the key, so no key is built per lookup.
  struct Memos<Value: Sendable>: Sendable {
    private let memos: [Memo<Value>]

    init(capacity: Int) {
      memos = (0..<4).map { _ in Memo(capacity: capacity) }
    }

    subscript(pos: WordNetPOS) -> Memo<Value> {
      switch pos {
      case .noun: memos[0]
      case .verb: memos[1]
      case .adjective: memos[2]
      case .adverb: memos[3]
      }
    }
  }
}
