import Testing

@testable import NewsdeskCore

/// `Parallel.map`: results in order, and nothing kept alive once they are returned (found
/// by the saved-index fuzz target's leak check: every load leaked its batches).
@Suite struct ParallelMapTests {
  final class Token: Sendable {
    let number: Int
    init(_ number: Int) { self.number = number }
  }

  @Test(arguments: [0, 1, 7, 100])
  func keepsOrder(count: Int) {
    let squares = Parallel.map(count: count, makeContext: { () }) { _, index in index * index }
    #expect(squares == (0..<count).map { $0 * $0 })
  }

  @Test func releasesResults() {
    weak var first: Token?
    do {
      let tokens = Parallel.map(count: 8, makeContext: { () }) { _, index in Token(index) }
      first = tokens[0]
      #expect(first?.number == 0)
    }
    #expect(first == nil)
  }
}
