import Foundation

/// A loading worker's memory of the words it has met: word bytes → term id, or stop word.
///
/// An archive has tens of millions of words but only tens of thousands of distinct ones, so
/// each distinct word is stemmed once, and every other occurrence costs a hash of its bytes
/// and a comparison, with no String made and no reference counting. Words of up to 16 bytes
/// (nearly all) are compared as two integers; a small direct-mapped table of recent words
/// sits in front of the full one, because reading files pushes the full table out of the
/// cache and most words are among the few hundred commonest.
struct WordTermTable {
  /// What a word stands for in the index.
  enum Entry: Equatable {
    case stopWord
    case term(UInt32)
  }

  /// A word of up to 16 bytes as two little-endian integers, and its length.
  struct ShortKey: Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var length = 0

    init?(_ word: UnsafeBufferPointer<UInt8>) {
      guard word.count <= 16 else { return nil }
      length = word.count
      for (index, byte) in word.enumerated() {
        if index < 8 {
          low |= UInt64(byte) << UInt64(index * 8)
        } else {
          high |= UInt64(byte) << UInt64((index - 8) * 8)
        }
      }
    }

    init() {}

    var hash: UInt64 {
      var value = (low ^ UInt64(length) &* 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
      value = (value ^ (value >> 29) ^ high) &* 0xC4CE_B9FE_1A85_EC53
      return value ^ (value >> 32)
    }
  }

  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: UInt32 = 0
    /// 0 marks an empty slot: the tokenizer never yields an empty word.
    var keyLength: UInt32 = 0
    var value: Int32 = 0
  }

  private struct RecentWord {
    var key = ShortKey()
    var value: Int32 = 0
  }

  private var slots = [Slot](repeating: Slot(), count: 1 << 12)
  private var keys: [UInt8] = []
  private var recent = [RecentWord](repeating: RecentWord(), count: 1 << 12)
  private(set) var count = 0

  init() {}

  /// The hash both tables use: short words by their integers, longer ones by all bytes.
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    if let key = ShortKey(word) { return key.hash }
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return hash ^ (hash >> 31)
  }

  /// The entry for `word`, if it has been stored.
  mutating func entry(for word: UnsafeBufferPointer<UInt8>) -> Entry? {
    guard let key = ShortKey(word) else { return lookUp(word, hash: Self.hash(word)) }
    let hash = key.hash
    let position = Int(truncatingIfNeeded: hash) & (recent.count - 1)
    if recent[position].key == key { return Self.entry(recent[position].value) }
    guard let found = lookUp(word, hash: hash) else { return nil }
    recent[position] = RecentWord(key: key, value: Self.value(found))
    return found
  }

  /// The entry in the full table.
  private func lookUp(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
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
            return Self.entry(slot.value)
          }
          position = (position + 1) & mask
        }
      }
    }
  }

  mutating func store(_ entry: Entry, for word: UnsafeBufferPointer<UInt8>) {
    guard !word.isEmpty else { return }
    if (count + 1) * 2 > slots.count { grow() }
    let start = UInt32(keys.count)
    keys.append(contentsOf: word)
    place(
      Slot(
        hash: Self.hash(word), keyStart: start, keyLength: UInt32(word.count),
        value: Self.value(entry)))
    count += 1
  }

  private static func value(_ entry: Entry) -> Int32 {
    switch entry {
    case .stopWord: return -1
    case .term(let id): return Int32(id)
    }
  }

  private static func entry(_ value: Int32) -> Entry {
    value < 0 ? .stopWord : .term(UInt32(value))
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
}
