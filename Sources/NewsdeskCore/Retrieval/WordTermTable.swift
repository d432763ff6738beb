import Foundation

/// A loading worker's memory of the words it has met: word bytes → term id, or stop word.
///
/// An archive has tens of millions of words but only tens of thousands of distinct ones, so
/// each distinct word is stemmed once and every other occurrence is one hash of its bytes
/// and one comparison, with no String made and no reference counting.
struct WordTermTable {
  /// What a word stands for in the index.
  enum Entry: Equatable {
    case stopWord
    case term(UInt32)
  }

  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: UInt32 = 0
    /// 0 marks an empty slot: the tokenizer never yields an empty word.
    var keyLength: UInt32 = 0
    var value: Int32 = 0
  }

  private var slots = [Slot](repeating: Slot(), count: 1 << 12)
  private var keys: [UInt8] = []
  private(set) var count = 0

  init() {}

  /// The entry for `word`, if it has been stored.
  func entry(for word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
    let mask = slots.count - 1
    var position = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        while true {
          let slot = slots[position]
          if slot.keyLength == 0 { return nil }
          if slot.hash == hash, Int(slot.keyLength) == word.count,
            memcmp(keys.baseAddress! + Int(slot.keyStart), word.baseAddress!, word.count) == 0
          {
            return slot.value < 0 ? .stopWord : .term(UInt32(slot.value))
          }
          position = (position + 1) & mask
        }
      }
    }
  }

  mutating func store(_ entry: Entry, for word: UnsafeBufferPointer<UInt8>, hash: UInt64) {
    guard !word.isEmpty else { return }
    if (count + 1) * 2 > slots.count { grow() }
    let start = UInt32(keys.count)
    keys.append(contentsOf: word)
    let value: Int32
    switch entry {
    case .stopWord: value = -1
    case .term(let id): value = Int32(id)
    }
    place(Slot(hash: hash, keyStart: start, keyLength: UInt32(word.count), value: value))
    count += 1
  }

  private mutating func place(_ slot: Slot) {
    let mask = slots.count - 1
    var position = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[position].keyLength != 0 { position = (position + 1) & mask }
    slots[position] = slot
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    for slot in old where slot.keyLength != 0 { place(slot) }
  }

  /// A fast hash of a short byte string, eight bytes at a time; mixes well enough for
  /// linear probing over words.
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
    guard let base = word.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= word.count {
      hash =
        (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 29
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < word.count {
      tail |= UInt64(base[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 32)
  }
}
