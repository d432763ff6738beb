/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
/// 2011): a stack, a buffer front `front`, and the arcs made so far. The root is a virtual
/// token at index `count`, at the end of the buffer, and may take exactly one dependent (the
/// last word left on the stack) with the root label, so every parse is a single tree.
///
/// Moves are numbered 0 (shift), 1 + 2·label (left-arc: the stack top takes the buffer
/// front as its head) and 2 + 2·label (right-arc: the stack top takes the word below it).
struct ArcHybridState {
  let count: Int
  let rootLabel: Int
  private(set) var stack: [Int] = []
  private(set) var front = 0
  private(set) var heads: [Int]
  private(set) var labels: [Int]
  /// The two leftmost and two rightmost dependents of each word (-1 when absent).
  private(set) var leftmost: [(Int, Int)]
  private(set) var rightmost: [(Int, Int)]
  private(set) var leftCount: [Int]
  private(set) var rightCount: [Int]
  /// Bit sets of the labels of each word's dependents on each side.
  private(set) var leftLabels: [UInt64]
  private(set) var rightLabels: [UInt64]

  init(count: Int, rootLabel: Int) {
    self.count = count
    self.rootLabel = rootLabel
    let slots = count + 1
    heads = Array(repeating: -1, count: slots)
    labels = Array(repeating: -1, count: slots)
    leftmost = Array(repeating: (-1, -1), count: slots)
    rightmost = Array(repeating: (-1, -1), count: slots)
    leftCount = Array(repeating: 0, count: slots)
    rightCount = Array(repeating: 0, count: slots)
    leftLabels = Array(repeating: 0, count: slots)
    rightLabels = Array(repeating: 0, count: slots)
    stack.reserveCapacity(count)
  }

  var isTerminal: Bool { stack.isEmpty && front == count }

  static func move(_ move: Int) -> (kind: Int, label: Int) {
    move == 0 ? (0, -1) : ((move - 1) % 2 + 1, (move - 1) / 2)
  }

  func isValid(_ move: Int) -> Bool {
    if move == 0 { return front < count }
    let (kind, label) = Self.move(move)
    if kind == 1 {
      guard !stack.isEmpty else { return false }
      return front == count ? stack.count == 1 && label == rootLabel : label != rootLabel
    }
    return stack.count >= 2 && label != rootLabel
  }

  mutating func apply(_ move: Int) {
    if move == 0 {
      stack.append(front)
      front += 1
      return
    }
    let (kind, label) = Self.move(move)
    let dependent = stack.removeLast()
    let head = kind == 1 ? front : stack[stack.count - 1]
    heads[dependent] = head
    labels[dependent] = label
    if dependent < head {
      leftmost[head] = (dependent, leftmost[head].0)
      leftCount[head] += 1
      leftLabels[head] |= 1 << UInt64(label & 63)
    } else {
      rightmost[head] = (dependent, rightmost[head].0)
      rightCount[head] += 1
      rightLabels[head] |= 1 << UInt64(label & 63)
    }
  }

  /// How many gold arcs `move` makes unreachable (Goldberg and Nivre 2013's dynamic oracle
  /// for arc-hybrid, counting a wrong label as one lost arc). Zero-cost moves are correct.
  func cost(of move: Int, goldHeads: [Int], goldLabels: [Int]) -> Int {
    if move == 0 {
      var cost = 0
      for (position, word) in stack.enumerated() {
        if goldHeads[word] == front { cost += 1 }
        if goldHeads[front] == word && position != stack.count - 1 { cost += 1 }
      }
      return cost
    }
    let (kind, label) = Self.move(move)
    let top = stack[stack.count - 1]
    let below = stack.count >= 2 ? stack[stack.count - 2] : -1
    let goldHead = goldHeads[top]
    var cost = 0
    for word in front..<count where goldHeads[word] == top { cost += 1 }
    if kind == 1 {
      if goldHead == front {
        if goldLabels[top] != label { cost += 1 }
      } else if goldHead == below || goldHead > front {
        cost += 1
      }
    } else {
      if goldHead == below {
        if goldLabels[top] != label { cost += 1 }
      } else if goldHead >= front {
        cost += 1
      }
    }
    return cost
  }
}
