/// Article ids made unique in one library: an id taken twice gets "-2", "-3" … after it.
/// A saved index keeps the ids its load gave (`StoredArticles`), so a library whose first load
/// is a warm one uses them as they are and makes no set of 100,000 ids at start.
struct UniqueIDs: Sendable {
  private var used: Set<String> = []

  /// `base`, or the first of "base-2", "base-3" … not yet taken; taken from now on.
  mutating func claim(_ base: String) -> String {
    var candidate = base
    var suffix = 2
    while used.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    used.insert(candidate)
    return candidate
  }

  /// Marks ids given already (by a saved index's load) as taken.
  mutating func take(_ ids: some Sequence<String>, count: Int) {
    used.reserveCapacity(used.count + count)
    for id in ids { used.insert(id) }
  }

  var isEmpty: Bool { used.isEmpty }
}
