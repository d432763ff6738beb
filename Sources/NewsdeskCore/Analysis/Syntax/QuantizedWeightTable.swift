/// A trained perceptron's weights, read in place from the model file's bytes.
///
/// Each feature hash owns a row of (class, int8 weight) pairs with one scale per row, the
/// layout that made the parser's weights fit in a few megabytes at no measurable cost in
/// accuracy. Rows are found through an open-addressing table of 64-bit slots, each holding
/// the upper 32 bits of the feature hash (never 0, which marks an empty slot) and the row's
/// offset; a feature's first slot is its lower 32 bits scaled to the capacity, so the table
/// need not be a power of two in size (that alone would waste up to half of it). Nothing is decoded when the file is opened: lookups read the bytes directly.
///
/// `@unchecked Sendable`: the pointers point into `storage`, which this value keeps alive and
/// which is never written after loading.
struct QuantizedWeightTable: @unchecked Sendable {
  let classCount: Int
  private let capacity: Int
  private let slots: UnsafePointer<UInt64>
  private let rows: UnsafePointer<UInt16>
  private let rowUnits: Int
  private let storage: ModelBytes

  /// Reads a table written by `QuantizedWeightTable.encode` at the reader's position.
  init(reading reader: inout ModelByteReader, storage: ModelBytes) throws(ModelFileError) {
    let capacity = Int(try reader.uint32())
    classCount = Int(try reader.uint32())
    rowUnits = Int(try reader.uint64())
    guard capacity > 0, classCount > 0, classCount <= 256 else {
      throw .malformed("weight table header")
    }
    self.capacity = capacity
    slots = try reader.pointer(to: UInt64.self, count: capacity)
    rows = try reader.pointer(to: UInt16.self, count: rowUnits)
    reader.align(to: 8)
    self.storage = storage
    try checkInvariants()
  }

  /// Every row lies inside the table and names a real class, and an empty slot exists (so
  /// a lookup always stops): a damaged file that passed its checksum still cannot make a
  /// lookup read out of bounds or loop forever.
  private func checkInvariants() throws(ModelFileError) {
    var empty = false
    for index in 0..<capacity {
      let slot = slots[index]
      if slot == 0 {
        empty = true
        continue
      }
      let offset = Int(UInt32(truncatingIfNeeded: slot))
      guard offset + 2 <= rowUnits, offset + 2 + Int(rows[offset + 1]) <= rowUnits else {
        throw .malformed("weight row out of bounds")
      }
      for position in (offset + 2)..<(offset + 2 + Int(rows[offset + 1]))
      where Int(rows[position] & 0xff) >= classCount {
        throw .malformed("weight for an unknown class")
      }
    }
    guard empty else { throw .malformed("weight table full") }
  }

  /// Adds this feature's weights to `scores` (one per class); absent features add nothing.
  @inline(__always)
  func addWeights(of feature: UInt64, to scores: UnsafeMutablePointer<Float>) {
    let key = Self.key(of: feature)
    var index = Self.firstSlot(of: feature, capacity: capacity)
    while true {
      let slot = slots[index]
      if slot == 0 { return }
      if UInt32(truncatingIfNeeded: slot >> 32) == key {
        let offset = Int(UInt32(truncatingIfNeeded: slot))
        let scale = Float(bitPattern: UInt32(rows[offset]) << 16)
        let count = Int(rows[offset + 1])
        var position = offset + 2
        for _ in 0..<count {
          let pair = rows[position]
          scores[Int(pair & 0xff)] += scale * Float(Int8(truncatingIfNeeded: pair >> 8))
          position += 1
        }
        return
      }
      index += 1
      if index == capacity { index = 0 }
    }
  }

  @inline(__always)
  static func firstSlot(of feature: UInt64, capacity: Int) -> Int {
    // Parenthesised: in Swift `>>` binds tighter than `&*`.
    Int(((feature & 0xffff_ffff) &* UInt64(capacity)) >> 32)
  }

  /// The part of a feature hash stored in its slot: the upper half, never 0.
  @inline(__always)
  static func key(of feature: UInt64) -> UInt32 {
    let key = UInt32(truncatingIfNeeded: feature >> 32)
    return key == 0 ? 1 : key
  }
}
