/// Ranges of word (or byte) positions that cannot invert or leave their sentence.
///
/// Rules compute windows from a position and a reach: "from two words after `use` up to
/// fourteen words on, but not past the last word". Near a sentence's end such a window
/// closes before it opens, and Swift traps on `lower..<upper` with `upper < lower`. Every
/// window built from positions goes through these, so a short sentence gives an empty
/// window instead of a crash.
extension Range where Bound == Int {
  /// `lower..<upper` clamped to `0..<count`: empty, never inverted, when `upper` falls at or
  /// before `lower`.
  static func positions(from lower: Int, upTo upper: Int, in count: Int) -> Range<Int> {
    let start = Swift.min(Swift.max(lower, 0), Swift.max(count, 0))
    let end = Swift.min(Swift.max(upper, start), Swift.max(count, 0))
    return start..<end
  }
}

extension ClosedRange where Bound == Int {
  /// `first...last` clamped to `0..<count`, or nil when nothing of it is left.
  static func positions(from first: Int, through last: Int, in count: Int) -> ClosedRange<Int>? {
    let start = Swift.max(first, 0)
    let end = Swift.min(last, count - 1)
    return start <= end ? start...end : nil
  }
}

extension Array {
  /// The elements at `range`'s positions that exist: a window reaching past either end is
  /// cut to the array.
  subscript(clamped range: Range<Int>) -> ArraySlice<Element> {
    self[Range.positions(from: range.lowerBound, upTo: range.upperBound, in: count)]
  }

  /// The element at `position`, or nil outside the array.
  subscript(checked position: Int) -> Element? {
    indices.contains(position) ? self[position] : nil
  }
}
