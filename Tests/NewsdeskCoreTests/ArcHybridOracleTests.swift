import Testing

@testable import NewsdeskCore

/// The dynamic oracle's costs: following zero-cost moves rebuilds a projective gold tree
/// exactly, and every sequence of valid moves ends in a single-rooted tree.
@Suite struct ArcHybridOracleTests {
  /// Gold trees as 0-based heads (-1 root) and relation indices (0 is root).
  static let projectiveTrees: [[Int]] = [
    [-1],
    [1, -1, 1],
    // Police said gunmen attacked the convoy .
    [1, -1, 3, 1, 5, 3, 1],
    // the preacher at the mosque in the town
    [1, -1, 4, 4, 1, 7, 7, 4],
    [2, 2, -1, 4, 2, 4],
  ]

  static func relations(for heads: [Int]) -> [Int] {
    heads.enumerated().map { $1 < 0 ? 0 : 1 + $0 % 3 }
  }

  @Test(arguments: projectiveTrees)
  func zeroCostMovesRebuildTheGoldTree(_ heads: [Int]) {
    let count = heads.count
    let goldHeads = heads.map { $0 < 0 ? count : $0 }
    let goldRelations = Self.relations(for: heads)
    var state = ArcHybridState(count: count, rootLabel: 0)
    let moves = 1 + 2 * 4
    var steps = 0
    while !state.isTerminal && steps < 4 * count {
      let move = (0..<moves).first {
        state.isValid($0)
          && state.cost(of: $0, goldHeads: goldHeads, goldLabels: goldRelations) == 0
      }
      guard let move else {
        Issue.record("no zero-cost move for a projective tree")
        return
      }
      state.apply(move)
      steps += 1
    }
    #expect(state.isTerminal)
    #expect(steps == 2 * count)
    #expect(Array(state.heads.prefix(count)) == goldHeads)
    #expect(Array(state.labels.prefix(count)) == goldRelations)
  }

  @Test(arguments: [1, 2, 5, 40])
  func anyValidMovesEndInOneRootedTree(_ count: Int) {
    var generator = SeededGenerator(seed: UInt64(count))
    for _ in 0..<20 {
      var state = ArcHybridState(count: count, rootLabel: 0)
      while !state.isTerminal {
        let valid = (0..<7).filter { state.isValid($0) }
        state.apply(valid.randomElement(using: &generator)!)
      }
      let heads = state.heads.prefix(count)
      #expect(heads.allSatisfy { $0 >= 0 && $0 <= count })
      #expect(heads.filter { $0 == count }.count == 1)
    }
  }

  @Test func wrongLabelCostsOne() {
    var state = ArcHybridState(count: 2, rootLabel: 0)
    state.apply(0)
    // Word 0's gold head is word 1 with relation 1: left-arc with relation 2 loses the label.
    let heads = [1, 2]
    let relations = [1, 0]
    #expect(state.cost(of: 1 + 2 * 1, goldHeads: heads, goldLabels: relations) == 0)
    #expect(state.cost(of: 1 + 2 * 2, goldHeads: heads, goldLabels: relations) == 1)
    #expect(state.cost(of: 0, goldHeads: heads, goldLabels: relations) == 1)
  }
}
