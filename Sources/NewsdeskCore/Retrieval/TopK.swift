/// Keeps the best `limit` elements seen, in order; cheap when most elements lose.
struct TopK<Element> {
  let limit: Int
  let isBetter: (Element, Element) -> Bool
  private(set) var elements: [Element] = []

  init(limit: Int, isBetter: @escaping (Element, Element) -> Bool) {
    self.limit = limit
    self.isBetter = isBetter
    elements.reserveCapacity(limit + 1)
  }

  var isFull: Bool { elements.count >= limit }

  mutating func insert(_ element: Element) {
    if elements.count == limit, let worst = elements.last, !isBetter(element, worst) { return }
    var position = elements.count
    while position > 0, isBetter(element, elements[position - 1]) { position -= 1 }
    elements.insert(element, at: position)
    if elements.count > limit { elements.removeLast() }
  }
}
