/// Merging posting lists: appending one index to another, and rebuilding a saved index with
/// some articles dropped and others re-read in their place. Both are a linear pass over the
/// postings, with no re-analysis of text that did not change.
extension PostingLists {
  /// How a part's ids become ids of the merged lists.
  enum IDMap {
    /// Every id moves up by the same amount: an index appended after another.
    case offset(UInt32)
    /// `table[id]` is the new id, or `dropped`. Kept ids must keep their order.
    case table(Column<UInt32>)

    static let dropped = UInt32.max

    @inline(__always)
    func map(_ id: UInt32) -> UInt32 {
      switch self {
      case .offset(let offset): return id + offset
      case .table(let table): return table[Int(id)]
      }
    }
  }

  /// One input of a merge.
  struct MergePart {
    var lists: PostingLists
    /// The part's term number for each merged term, or -1 where it has none; nil when the
    /// part numbers terms like the merged vocabulary.
    var terms: [Int32]?
    var ids: IDMap

  }

  /// The union of the parts' postings under their maps, each list in id order.
  static func merging(_ parts: [MergePart], termCount: Int) -> PostingLists {
    var offsets = [UInt64](repeating: 0, count: termCount + 1)
    var ids: [UInt32] = []
    var counts: [UInt8] = []
    ids.reserveCapacity(parts.reduce(0) { $0 + $1.lists.postingCount })
    counts.reserveCapacity(ids.capacity)
    // Each part's postings of the current term, decoded and mapped (dropped ones left out).
    var partIDs = [[UInt32]](repeating: [], count: parts.count)
    var partCounts = [[UInt8]](repeating: [], count: parts.count)
    var cursors = [Int](repeating: 0, count: parts.count)
    for term in 0..<termCount {
      for (number, part) in parts.enumerated() {
        partIDs[number].removeAll(keepingCapacity: true)
        partCounts[number].removeAll(keepingCapacity: true)
        cursors[number] = 0
        let partTerm: Int
        if let terms = part.terms {
          guard terms[term] >= 0 else { continue }
          partTerm = Int(terms[term])
        } else {
          partTerm = term
        }
        part.lists.forEachPosting(of: partTerm) { _, id, count in
          let mapped = part.ids.map(id)
          guard mapped != IDMap.dropped else { return }
          partIDs[number].append(mapped)
          partCounts[number].append(count)
        }
      }
      // A k-way merge over the parts' heads; k is two or three, so a scan beats a heap.
      while true {
        var best = -1
        var bestID = UInt32.max
        for number in parts.indices where cursors[number] < partIDs[number].count {
          let id = partIDs[number][cursors[number]]
          if best < 0 || id < bestID {
            best = number
            bestID = id
          }
        }
        guard best >= 0 else { break }
        ids.append(bestID)
        counts.append(partCounts[best][cursors[best]])
        cursors[best] += 1
      }
      offsets[term + 1] = UInt64(ids.count)
    }
    return ids.withUnsafeBufferPointer { ids in
      counts.withUnsafeBufferPointer { counts in
        PostingLists(offsets: Column(offsets), ids: ids, counts: counts)
      }
    }
  }
}
