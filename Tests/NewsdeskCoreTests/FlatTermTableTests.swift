import Foundation
import Testing

@testable import NewsdeskCore

/// The saved vocabulary (a flat hashed table used in place) and the checks that keep a
/// damaged one from reading out of bounds or probing forever.
@Suite struct FlatTermTableTests {
  static let terms = ["minist", "budget", "ecuador", "", "señora", "a", "noboa", "budgets"]

  @Test(arguments: Array(zip(terms.indices, terms)))
  func everyTermIsFoundUnderItsNumber(_ number: Int, _ term: String) {
    let table = FlatTermTable(terms: Self.terms)
    #expect(table.count == Self.terms.count)
    #expect(table.id(of: term) == number)
    #expect(table.term(number) == term)
  }

  @Test(arguments: ["budg", "budgetss", "Budget", "ecuadör", "xyz"])
  func anUnknownWordIsNotFound(_ word: String) {
    #expect(FlatTermTable(terms: Self.terms).id(of: word) == nil)
  }

  @Test func savedColumnsThatFitAreAccepted() throws {
    let built = FlatTermTable(terms: Self.terms)
    let saved = try #require(
      FlatTermTable(bytes: built.bytes, ends: built.ends, slots: built.slots))
    #expect(saved.id(of: "noboa") == 6)
  }

  @Test(arguments: ["full table", "slot past the terms", "ends falling", "ends short", "odd size"])
  func savedColumnsThatDoNotFitAreRejected(_ damage: String) {
    let built = FlatTermTable(terms: Self.terms)
    var ends = Array(built.ends.buffer)
    var slots = Array(built.slots.buffer)
    switch damage {
    case "full table": slots = slots.map { $0 == 0 ? 1 : $0 }
    case "slot past the terms": slots[slots.firstIndex(of: 0)!] = UInt32(Self.terms.count + 1)
    case "ends falling": ends[2] = ends[1] &- 1
    case "ends short": ends[ends.count - 1] -= 1
    default: slots.removeLast()
    }
    #expect(FlatTermTable(bytes: built.bytes, ends: Column(ends), slots: Column(slots)) == nil)
  }

  @Test func aFlatVocabularyGrowsOnFromItsLastNumber() {
    var vocabulary = Vocabulary(flat: FlatTermTable(terms: ["alpha", "beta"]))
    #expect(vocabulary.insert("beta") == 1)
    #expect(vocabulary.insert("gamma") == 2)
    #expect(vocabulary.id(of: "alpha") == 0)
    #expect(vocabulary.terms == ["alpha", "beta", "gamma"])
  }

  @Test(arguments: [
    ([], 10), ([3], 4), ([5, 1, 0, 63, 64, 2], 65), ([200, 7, 129, 128, 1_000], 1_001),
  ])
  func candidatesArePutInOrder(_ values: [UInt32], _ limit: Int) {
    var buffer = values
    buffer.withUnsafeMutableBufferPointer { pointer in
      PrunedBlockScorer.putInOrder(pointer, count: values.count, below: limit)
    }
    #expect(buffer == values.sorted())
  }
}
