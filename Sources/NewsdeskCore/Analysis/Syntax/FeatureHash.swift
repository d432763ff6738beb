/// Deterministic 64-bit hashing for perceptron features.
///
/// Swift's `Hasher` is seeded per process, so a model trained in one run would mean nothing in
/// the next; these hashes are fixed functions of the bytes, the same in training and in use.
enum FeatureHash {
  /// FNV-1a over the UTF-8 bytes of `text`, then mixed, so that short strings spread well.
  static func of(_ text: Substring.UTF8View) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return mix(hash)
  }

  static func of(_ text: String) -> UInt64 {
    of(Substring(text).utf8)
  }

  /// The same kind of hash over Unicode scalars, for affixes cut without making strings.
  static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash: UInt64 = 0x84222325_cbf29ce4
    for scalar in scalars {
      hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
    }
    return mix(hash &+ UInt64(scalars.count))
  }

  /// A well-spread value for a small integer (a tag or label index, a count, a template).
  static func of(_ value: Int) -> UInt64 {
    mix(UInt64(bitPattern: Int64(value)) &+ 0x9e37_79b9_7f4a_7c15)
  }

  /// splitmix64's finaliser: every input bit affects every output bit.
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// One feature: a template number combined with up to three atom hashes, order-sensitive.
  @inline(__always)
  static func feature(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
    var h = mix(UInt64(template) &* 0x9e37_79b9_7f4a_7c15 ^ a)
    h = mix(h ^ (b &* 0xc2b2_ae3d_27d4_eb4f))
    return mix(h ^ (c &* 0x1656_67b1_9e37_79f9))
  }
}
