/// Little-endian binary writing for the saved index's header and manifest.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  mutating func append(_ raw: [UInt8]) { bytes += raw }

  mutating func append<Value: FixedWidthInteger>(_ value: Value) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  mutating func append(_ string: String) {
    append(UInt32(string.utf8.count))
    bytes += string.utf8
  }

  /// An optional string: a length of `UInt32.max` stands for none.
  mutating func append(optional string: String?) {
    if let string { append(string) } else { append(UInt32.max) }
  }
}

/// Reads what `ByteWriter` wrote. Every read is bounds-checked and returns nil past the
/// end, so a damaged file is reported, never read out of bounds.
struct ByteReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { offset >= bytes.count }

  mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type) -> Value? {
    let size = MemoryLayout<Value>.size
    guard offset + size <= bytes.count else { return nil }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: Value.self)
    offset += size
    return Value(littleEndian: value)
  }

  mutating func uint8() -> UInt8? { integer(UInt8.self) }
  mutating func uint32() -> UInt32? { integer(UInt32.self) }
  mutating func uint64() -> UInt64? { integer(UInt64.self) }
  mutating func int64() -> Int64? { integer(Int64.self) }

  mutating func string() -> String? {
    guard let length = uint32(), length != UInt32.max, offset + Int(length) <= bytes.count else {
      return nil
    }
    let text = String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(length))]),
      as: UTF8.self)
    offset += Int(length)
    return text
  }

  /// An optional string; the outer nil means the bytes ran out or were malformed.
  mutating func optionalString() -> String?? {
    guard offset + 4 <= bytes.count else { return nil }
    if bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self) == UInt32.max {
      offset += 4
      return .some(nil)
    }
    return string().map { .some($0) }
  }
}
