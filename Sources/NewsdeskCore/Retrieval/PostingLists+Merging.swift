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

    @inline(__always)
    func range(ofMergedTerm term: Int) -> Range<Int> {
      guard let terms else { return lists.range(of: term) }
      return terms[term] < 0 ? 0..<0 : lists.range(of: Int(terms[term]))
    }
  }

  /// The union of the parts' postings under their maps, each list in id order.
  static func merging(_ parts: [MergePart], termCount: Int) -> PostingLists {
    var offsets = [UInt64](repeating: 0, count: termCount + 1)
    for term in 0..<termCount {
      var kept = 0
      for part in parts {
        let range = part.range(ofMergedTerm: term)
        switch part.ids {
        case .offset: kept += range.count
        case .table(let table):
          for position in range where table[Int(part.lists.ids[position])] != IDMap.dropped {
            kept += 1
          }
        }
      }
      offsets[term + 1] = offsets[term] + UInt64(kept)
    }
    let total = Int(offsets[termCount])
    let ids = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: total)
    let counts = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: total)
    var slot = 0
    var cursors = [Int](repeating: 0, count: parts.count)
    var ends = [Int](repeating: 0, count: parts.count)
    for term in 0..<termCount {
      for (number, part) in parts.enumerated() {
        let range = part.range(ofMergedTerm: term)
        cursors[number] = range.lowerBound
        ends[number] = range.upperBound
      }
      // A k-way merge over the parts' heads; k is two or three, so a scan beats a heap.
      while true {
        var best = -1
        var bestID = UInt32.max
        for number in parts.indices {
          while cursors[number] < ends[number] {
            let part = parts[number]
            let mapped = part.ids.map(part.lists.ids[cursors[number]])
            if mapped == IDMap.dropped {
              cursors[number] += 1
              continue
            }
            if best < 0 || mapped < bestID {
              best = number
              bestID = mapped
            }
            break
          }
        }
        guard best >= 0 else { break }
        ids[slot] = bestID
        counts[slot] = parts[best].lists.counts[cursors[best]]
        cursors[best] += 1
        slot += 1
      }
    }
    precondition(slot == total, "merge wrote \(slot) postings, counted \(total)")
    return PostingLists(
      offsets: Column(offsets), ids: Column(adopting: ids), counts: Column(adopting: counts))
  }
}
