/// The index terms as three flat columns: every term's UTF-8 bytes one after another, where
/// each ends, and an open-addressing hash table from a term's bytes to its number.
///
/// This is the vocabulary's saved form, used in place from the mapped index: a warm start
/// makes no String and no dictionary entry per term (an archive has hundreds of thousands),
/// and a lookup hashes the query word's bytes and compares them with the stored ones.
struct FlatTermTable: Sendable {
  /// The terms' bytes, in term order.
  let bytes: Column<UInt8>
  /// `count + 1` entries: term `t` is `bytes[ends[t]..<ends[t + 1]]`.
  let ends: Column<UInt32>
  /// A power of two of slots, each a term's number plus one, or 0 where empty; at least one
  /// slot is always empty, so a probe for an unknown word ends.
  let slots: Column<UInt32>

  var count: Int { max(0, ends.count - 1) }

  /// The table of `terms`, numbered in the order given.
  init(terms: [String]) {
    var bytes: [UInt8] = []
    var ends: [UInt32] = [0]
    ends.reserveCapacity(terms.count + 1)
    for term in terms {
      bytes += term.utf8
      ends.append(UInt32(bytes.count))
    }
    var size = 16
    while size < terms.count * 2 { size *= 2 }
    var slots = [UInt32](repeating: 0, count: size)
    for (number, term) in terms.enumerated() {
      var position = Int(truncatingIfNeeded: Self.hash(Array(term.utf8))) & (size - 1)
      while slots[position] != 0 { position = (position + 1) & (size - 1) }
      slots[position] = UInt32(number + 1)
    }
    self.bytes = Column(bytes)
    self.ends = Column(ends)
    self.slots = Column(slots)
  }

  /// The table in saved columns, or nil if they do not fit together: ends rise from 0 to the
  /// bytes' length, the slot count is a power of two with an empty slot, and every slot
  /// names a term there is. A damaged table can then answer wrongly, never read out of bounds
  /// or probe forever.
  init?(bytes: Column<UInt8>, ends: Column<UInt32>, slots: Column<UInt32>) {
    guard let first = ends.buffer.first, first == 0, Int(ends.buffer.last!) == bytes.count,
      slots.count >= 2, slots.count & (slots.count - 1) == 0, slots.count > ends.count - 1
    else { return nil }
    var previous: UInt32 = 0
    for end in ends.buffer {
      guard end >= previous else { return nil }
      previous = end
    }
    let limit = UInt32(ends.count - 1)
    var empty = false
    for slot in slots.buffer {
      guard slot <= limit else { return nil }
      if slot == 0 { empty = true }
    }
    guard empty else { return nil }
    self.bytes = bytes
    self.ends = ends
    self.slots = slots
  }

  /// The number of `term`, if the table holds it.
  func id(of term: String) -> Int? {
    if let found = term.utf8.withContiguousStorageIfAvailable({ id(ofBytes: $0) }) {
      return found
    }
    return Array(term.utf8).withUnsafeBufferPointer { id(ofBytes: $0) }
  }

  func id(ofBytes word: UnsafeBufferPointer<UInt8>) -> Int? {
    let mask = slots.count - 1
    guard mask > 0 else { return nil }
    var position = Int(truncatingIfNeeded: Self.hash(word)) & mask
    while true {
      let slot = slots[position]
      if slot == 0 { return nil }
      let number = Int(slot) - 1
      if termBytes(number).elementsEqual(word) { return number }
      position = (position + 1) & mask
    }
  }

  /// The bytes of term `number`.
  func termBytes(_ number: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes.buffer[Int(ends[number])..<Int(ends[number + 1])])
  }

  func term(_ number: Int) -> String {
    String(decoding: termBytes(number), as: UTF8.self)
  }

  /// FNV-1a over the bytes, finished with a multiply-shift: fixed across runs and builds,
  /// since the table is saved (Swift's own hashing is seeded per process).
  static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash >> 32)
  }
}
