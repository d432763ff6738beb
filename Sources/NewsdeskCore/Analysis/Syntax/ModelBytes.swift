import Foundation

/// Why a model file could not be used. Each case reads as one line naming the file and the
/// way to make a good one, never a crash.
public enum ModelFileError: Error, Equatable, Sendable {
  case missing
  case unreadable(String)
  case truncated
  case foreign
  case wrongVersion(UInt32)
  case checksumMismatch
  case malformed(String)

  /// The one-line message for `path`.
  public func message(path: String) -> String {
    let problem: String
    switch self {
    case .missing: problem = "is missing"
    case .unreadable(let reason): problem = "cannot be read (\(reason))"
    case .truncated: problem = "is truncated"
    case .foreign: problem = "is not a newsdesk syntax model"
    case .wrongVersion(let version):
      problem = "has format version \(version), this newsdesk reads \(SyntaxModelFormat.version)"
    case .checksumMismatch: problem = "is corrupt (checksum mismatch)"
    case .malformed(let part): problem = "is malformed (\(part))"
    }
    return "syntax model \(path) \(problem); run 'make model' to rebuild it"
  }
}

/// A model file's bytes, copied once into 8-byte-aligned memory so that tables can be read
/// in place as arrays of integers (a flat layout: no parse step, just one read).
///
/// `@unchecked Sendable`: written only in `init`, freed only in `deinit`.
final class ModelBytes: @unchecked Sendable {
  let buffer: UnsafeMutableRawBufferPointer

  init(_ data: Data) {
    buffer = .allocate(byteCount: max(data.count, 8), alignment: 16)
    _ = data.copyBytes(to: buffer)
  }

  init(_ bytes: [UInt8]) {
    buffer = .allocate(byteCount: max(bytes.count, 8), alignment: 16)
    bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
  }

  deinit { buffer.deallocate() }
}

/// Bounds-checked reads from a model file in little-endian order; running off the end is
/// `ModelFileError.truncated`, never a crash.
struct ModelByteReader {
  let base: UnsafeRawPointer
  let count: Int
  private(set) var position: Int

  init(_ bytes: ModelBytes, count: Int, position: Int = 0) {
    base = UnsafeRawPointer(bytes.buffer.baseAddress!)
    self.count = count
    self.position = position
  }

  mutating func uint32() throws(ModelFileError) -> UInt32 {
    try need(4)
    defer { position += 4 }
    return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt32.self))
  }

  mutating func uint64() throws(ModelFileError) -> UInt64 {
    try need(8)
    defer { position += 8 }
    return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
  }

  mutating func bytes(_ length: Int) throws(ModelFileError) -> [UInt8] {
    try need(length)
    defer { position += length }
    return Array(UnsafeRawBufferPointer(start: base + position, count: length))
  }

  /// `count` values of `T` read in place; the writer aligned them to their size.
  mutating func pointer<T>(to type: T.Type, count elements: Int) throws(ModelFileError)
    -> UnsafePointer<T>
  {
    guard elements >= 0, position % MemoryLayout<T>.alignment == 0 else {
      throw .malformed("misaligned table")
    }
    let length = elements * MemoryLayout<T>.stride
    try need(length)
    defer { position += length }
    return (base + position).assumingMemoryBound(to: T.self)
  }

  mutating func align(to boundary: Int) {
    position = (position + boundary - 1) / boundary * boundary
  }

  private func need(_ length: Int) throws(ModelFileError) {
    guard length >= 0, position + length <= count else { throw .truncated }
  }
}

/// Builds a model file's bytes in the order `ModelByteReader` reads them.
struct ModelByteWriter {
  private(set) var bytes: [UInt8] = []

  mutating func append(_ value: UInt16) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func append(contentsOf data: [UInt8]) {
    bytes.append(contentsOf: data)
  }

  mutating func align(to boundary: Int) {
    while bytes.count % boundary != 0 { bytes.append(0) }
  }
}

/// A 64-bit checksum of a model's payload, eight bytes at a time so that checking a
/// 15 MB file costs milliseconds.
enum ModelChecksum {
  static func of(_ base: UnsafeRawPointer, count: Int) -> UInt64 {
    var hash: UInt64 = 0x6a09_e667_f3bc_c908
    var offset = 0
    while offset + 8 <= count {
      let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = FeatureHash.mix(hash ^ word) &+ UInt64(offset)
      offset += 8
    }
    while offset < count {
      hash = FeatureHash.mix(hash ^ UInt64(base.load(fromByteOffset: offset, as: UInt8.self)))
      offset += 1
    }
    return hash
  }
}
