/// A fast 64-bit hash of bytes, for telling whether an article file changed and whether a
/// saved index is the one that was written. It guards against accidents (a torn write, a
/// flipped bit, an edited file), not against an adversary.
///
/// Four independent lanes take 32 bytes a round, so a core hashes several gigabytes a second:
/// checking a whole saved index at start-up costs a small part of the one-second budget.
struct ContentHash {
  private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
    0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89
  )
  private var length: UInt64 = 0
  /// Bytes carried over between `update` calls, so the hash does not depend on how the
  /// input was cut.
  private var pending: [UInt8] = []

  init() {
    pending.reserveCapacity(32)
  }

  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash = ContentHash()
    hash.update(bytes)
    return hash.finalize()
  }

  static func of(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { of($0) }
  }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    length &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let take = min(32 - pending.count, bytes.count)
      pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
      offset = take
      guard pending.count == 32 else { return }
      pending.withUnsafeBytes { round(at: $0.baseAddress!) }
      pending.removeAll(keepingCapacity: true)
    }
    while offset + 32 <= bytes.count {
      round(at: base + offset)
      offset += 32
    }
    if offset < bytes.count {
      pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
    }
  }

  @inline(__always)
  private mutating func round(at pointer: UnsafeRawPointer) {
    lanes.0 = Self.mix(lanes.0, pointer.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
    lanes.1 = Self.mix(lanes.1, pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    lanes.2 = Self.mix(lanes.2, pointer.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
    lanes.3 = Self.mix(lanes.3, pointer.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
  }

  @inline(__always)
  private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    let folded = lane ^ (word &* 0x9E37_79B1_85EB_CA87)
    return ((folded << 31) | (folded >> 33)) &* 0xC2B2_AE3D_27D4_EB4F
  }

  func finalize() -> UInt64 {
    var hash = length &* 0x27D4_EB2F_1656_67C5
    hash ^= Self.avalanche(lanes.0)
    hash = Self.avalanche(hash &+ lanes.1)
    hash ^= Self.avalanche(lanes.2 &+ 1)
    hash = Self.avalanche(hash &+ lanes.3)
    var tail: UInt64 = 0x1656_67B1_9E37_79F9
    for (position, byte) in pending.enumerated() {
      tail = Self.avalanche(tail ^ (UInt64(byte) << UInt64((position % 8) * 8)) &+ UInt64(position))
    }
    return Self.avalanche(hash ^ tail)
  }

  @inline(__always)
  private static func avalanche(_ value: UInt64) -> UInt64 {
    var value = value
    value = (value ^ (value >> 33)) &* 0xFF51_AFD7_ED55_8CCD
    value = (value ^ (value >> 33)) &* 0xC4CE_B9FE_1A85_EC53
    return value ^ (value >> 33)
  }
}
