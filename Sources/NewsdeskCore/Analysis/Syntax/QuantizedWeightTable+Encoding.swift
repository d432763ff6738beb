/// Writing a weight table: each row quantised to int8 with its own scale (stored as the top
/// 16 bits of a Float, bfloat16), zero weights dropped, rows placed in an open-addressing
/// table at most 75 % full so that lookups of absent features stop quickly.
extension QuantizedWeightTable {
  /// One feature's trained weights before quantisation.
  struct Row {
    var feature: UInt64
    var weights: [(classIndex: Int, weight: Float)]
  }

  /// The table's bytes in the layout `init(reading:storage:)` reads, and how many rows survived.
  static func encode(rows: [Row], classCount: Int) -> (bytes: [UInt8], rowCount: Int) {
    let capacity = max(16, rows.count * 4 / 3 + 1)
    var slots = [UInt64](repeating: 0, count: capacity)
    var units: [UInt16] = []
    var kept = 0
    for row in rows {
      let largest = row.weights.map { abs($0.weight) }.max() ?? 0
      guard largest > 0 else { continue }
      let scaleBits = UInt16(truncatingIfNeeded: (largest / 127).bitPattern >> 16)
      let scale = Float(bitPattern: UInt32(scaleBits) << 16)
      guard scale > 0 else { continue }
      let pairs: [UInt16] = row.weights.compactMap { classIndex, weight in
        let quantised = max(-127, min(127, (weight / scale).rounded()))
        guard quantised != 0 else { return nil }
        return UInt16(classIndex) | UInt16(UInt8(bitPattern: Int8(quantised))) << 8
      }
      guard !pairs.isEmpty else { continue }
      let key = Self.key(of: row.feature)
      var index = firstSlot(of: row.feature, capacity: capacity)
      var duplicate = false
      while slots[index] != 0 {
        // Two features agreeing in 32 hash bits and slot chain: keep the first.
        if UInt32(truncatingIfNeeded: slots[index] >> 32) == key { duplicate = true }
        index = index + 1 == capacity ? 0 : index + 1
      }
      guard !duplicate else { continue }
      slots[index] = UInt64(key) << 32 | UInt64(units.count)
      units.append(scaleBits)
      units.append(UInt16(pairs.count))
      units.append(contentsOf: pairs)
      kept += 1
    }
    var writer = ModelByteWriter()
    writer.append(UInt32(capacity))
    writer.append(UInt32(classCount))
    writer.append(UInt64(units.count))
    for slot in slots { writer.append(slot) }
    for unit in units { writer.append(unit) }
    writer.align(to: 8)
    return (writer.bytes, kept)
  }
}
