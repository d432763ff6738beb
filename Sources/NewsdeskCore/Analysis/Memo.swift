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
}
