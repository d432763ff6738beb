import Foundation
import Testing

@testable import NewsdeskCore

/// Packed postings (`PostingPacking`) give back exactly what was packed, whatever the mix of
/// terms in a block: a term in every sentence (gaps of nothing), terms seen once (whole ids
/// in the middle of a block), saturated counts, and lists that start and end inside blocks.
@Suite struct PackedPostingsTests {
  /// Sentences as term lists: term 0 in every sentence (twice in every seventh), term 1 in
  /// every 300th with a count that saturates, then terms of falling frequency.
  static func sentences(count: Int, seed: UInt64) -> [[UInt32: Int]] {
    var random = SeededGenerator(seed: seed)
    return (0..<count).map { number in
      var counts: [UInt32: Int] = [0: number % 7 == 0 ? 2 : 1]
      if number % 300 == 0 { counts[1] = 400 }
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        // Term t about 1/t as often as term 2: a few common terms, many rare ones.
        let term = UInt32(2 + Int(pow(Double.random(in: 0..<1, using: &random), 3) * 5_000))
        counts[term, default: 0] += Int.random(in: 1...3, using: &random)
      }
      return counts
    }
  }

  static func packed(_ sentences: [[UInt32: Int]], termCount: Int) -> PostingLists {
    var forward = ForwardPostings()
    for sentence in sentences {
      for (term, count) in sentence.sorted(by: { $0.key < $1.key }) {
        forward.terms.append(term)
        forward.counts.append(UInt8(clamping: count))
      }
      forward.sentenceEnds.append(UInt32(forward.terms.count))
    }
    var batches = [forward]
    return PostingLists.inverting(
      &batches, termCount: termCount,
      sentenceLengths: Column(sentences.map { UInt16($0.count) }),
      firstSentences: Column((0..<sentences.count).map { UInt32($0) })
    ).lists
  }

  @Test(arguments: [1, 127, 128, 129, 5_000])
  func everyListComesBackAsPacked(sentenceCount: Int) {
    let sentences = Self.sentences(count: sentenceCount, seed: UInt64(sentenceCount))
    let termCount = 5_003
    let lists = Self.packed(sentences, termCount: termCount)
    var expected = [[(UInt32, UInt8)]](repeating: [], count: termCount)
    for (number, sentence) in sentences.enumerated() {
      for (term, count) in sentence {
        expected[Int(term)].append((UInt32(number), UInt8(clamping: count)))
      }
    }
    var mismatched = 0
    for term in 0..<termCount {
      var got: [(UInt32, UInt8)] = []
      lists.forEachPosting(of: term) { _, id, count in got.append((id, count)) }
      let want = expected[term].sorted { $0.0 < $1.0 }
      if !got.elementsEqual(want, by: { $0 == $1 }) { mismatched += 1 }
    }
    #expect(mismatched == 0)
    #expect(lists.postingCount == expected.reduce(0) { $0 + $1.count })
    #expect(PostingPacking.blocksAreSound(lists))
    #expect(lists.problems(idLimit: sentenceCount, name: "packed").isEmpty)
    // Term 0 is in every sentence and term 1 saturates.
    #expect(lists.ids(of: 0) == (0..<UInt32(sentenceCount)).map { $0 })
    #expect(lists.posting(at: lists.range(of: 1).lowerBound).count == 255)
  }

  /// Searching by position gives what a scan of the decoded list gives, from any start,
  /// for targets below, inside, between and beyond the list's ids.
  @Test func firstPositionMatchesAScan() {
    let sentences = Self.sentences(count: 6_000, seed: 9)
    let lists = Self.packed(sentences, termCount: 5_003)
    let terms = [0, 1, 2, 3, 10, 200]
    let reader = PostingReader(lists: lists, terms: terms)
    var random = SeededGenerator(seed: 10)
    var wrong = 0
    for (number, term) in terms.enumerated() {
      let range = lists.range(of: term)
      let ids = lists.ids(of: term)
      #expect(ids.count == range.count)
      for _ in 0..<300 {
        let start = range.lowerBound + Int.random(in: 0...ids.count, using: &random)
        let target = UInt32.random(in: 0...6_100, using: &random)
        var scanned = start
        while scanned < range.upperBound, ids[scanned - range.lowerBound] < target {
          scanned += 1
        }
        let found = reader.firstPosition(
          number, atLeast: target, from: start, to: range.upperBound)
        if found != scanned { wrong += 1 }
        if found < range.upperBound,
          reader.id(number, at: found) != ids[found - range.lowerBound]
        {
          wrong += 1
        }
      }
    }
    #expect(wrong == 0)
  }

  /// A saved index's packed postings are checked as they are read: an id out of order or
  /// past the last sentence is found, a sound list passes.
  @Test func orderCheckFindsADamagedBlock() {
    let sentences = Self.sentences(count: 3_000, seed: 5)
    let lists = Self.packed(sentences, termCount: 5_003)
    func check(_ bytes: [UInt8], limit: Int = 3_000) -> Bool {
      let damaged = PostingLists(
        offsets: lists.offsets,
        packed: .init(
          headers: lists.blockHeaders, firstIDs: lists.blockFirstIDs, bytes: Column(bytes)))
      var check = PostingOrderCheck(lists: damaged, sentenceCount: limit)
      // In uneven pieces, as the checksum pass reads them.
      var start = 0
      var size = 1
      while start < bytes.count {
        let end = min(bytes.count, start + size)
        _ = bytes[start..<end].withUnsafeBytes { check.inspect($0) }
        start = end
        size = size * 3 + 1
      }
      return check.isSound
    }
    let sound = Array(lists.packed.buffer)
    #expect(check(sound))
    #expect(!check(sound, limit: 2_999))
    // Every bit set: every gap as wide as its block allows, so the ids run past the end.
    var flippedEverywhere = sound
    for index in 0..<(flippedEverywhere.count - PostingPacking.padding) {
      flippedEverywhere[index] = 0xFF
    }
    #expect(!check(flippedEverywhere))
  }
}
