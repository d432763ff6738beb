@testable import NewsdeskCore

/// Rewrites a (mutated) saved index so that it passes the checks a change cannot pass by
/// chance, and the reader's structural checks are what is left to reject it.
enum Resealing {
  static let versionOffset = 16
  static let countOffset = 20
  static let identityOffset = 24
  static let corpusKeyOffset = 32
  static let entriesStart = 48
  static let entrySize = 32
  static let checksumOffset = SavedIndexFormat.headerSize - 8

  /// Stamps this build's magic, version, identity and the expected corpus key, so a seed
  /// written by another build is not simply set aside as another version.
  static func stamp(_ bytes: inout [UInt8], corpusKey: UInt64) {
    guard bytes.count >= SavedIndexFormat.headerSize else { return }
    bytes.replaceSubrange(0..<SavedIndexFormat.magic.count, with: SavedIndexFormat.magic)
    store(SavedIndexFormat.version, in: &bytes, at: versionOffset)
    store(
      SavedIndexFormat.identity(lexicon: SavedIndexFixture.lexicon), in: &bytes, at: identityOffset)
    store(corpusKey, in: &bytes, at: corpusKeyOffset)
  }

  /// Stamps the file, then recomputes every section's checksum that lies inside the file,
  /// and the header's.
  static func reseal(_ bytes: inout [UInt8], corpusKey: UInt64) {
    guard bytes.count >= SavedIndexFormat.headerSize else { return }
    stamp(&bytes, corpusKey: corpusKey)
    let count = min(
      Int(load(UInt32.self, from: bytes, at: countOffset)), SavedIndexFormat.maximumSections)
    for number in 0..<count {
      let entry = entriesStart + number * entrySize
      let offset = load(UInt64.self, from: bytes, at: entry + 8)
      let length = load(UInt64.self, from: bytes, at: entry + 16)
      guard offset <= UInt64(bytes.count), length <= UInt64(bytes.count) - offset else { continue }
      let checksum = bytes.withUnsafeBytes {
        ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[Int(offset)..<Int(offset + length)]))
      }
      store(checksum, in: &bytes, at: entry + 24)
    }
    let header = bytes.withUnsafeBytes {
      ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[0..<checksumOffset]))
    }
    store(header, in: &bytes, at: checksumOffset)
  }

  static func load<Value: FixedWidthInteger>(
    _ type: Value.Type, from bytes: [UInt8], at offset: Int
  )
    -> Value
  {
    bytes.withUnsafeBytes {
      Value(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Value.self))
    }
  }

  static func store<Value: FixedWidthInteger>(
    _ value: Value, in bytes: inout [UInt8], at offset: Int
  ) {
    withUnsafeBytes(of: value.littleEndian) {
      bytes.replaceSubrange(offset..<offset + $0.count, with: $0)
    }
  }
}
