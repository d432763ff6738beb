/// An element that knows its own ranking, for `TopK`.
protocol Ranked {
  /// Whether `lhs` ranks strictly above `rhs`.
  static func ranksAbove(_ lhs: Self, _ rhs: Self) -> Bool
}

/// Keeps the best `limit` elements seen, in order; cheap when most elements lose.
///
/// The ranking comes from the element type rather than a stored closure: every sentence a
/// search scores exactly is offered here, and through a closure each offer was an indirect
/// call with a retain and a release, two thirds of a search's instructions at 10,000
/// articles (callgrind, December 2026). Specialised, the common case (the sentence loses to
/// the worst kept) is two comparisons inline.
struct TopK<Element: Ranked> {
  let limit: Int
  private(set) var elements: [Element] = []

  init(limit: Int) {
    self.limit = limit
    elements.reserveCapacity(limit + 1)
  }

  var isFull: Bool { elements.count >= limit }

  @inline(__always)
  mutating func insert(_ element: Element) {
    if elements.count >= limit {
      guard let worst = elements.last, Element.ranksAbove(element, worst) else { return }
    }
    var position = elements.count
    while position > 0, Element.ranksAbove(element, elements[position - 1]) { position -= 1 }
    elements.insert(element, at: position)
    if elements.count > limit { elements.removeLast() }
  }
}
