import Foundation

/// The model file's layout. All integers little-endian; tables 8-byte aligned.
///
///     "NDSYNTAX"  magic (8 bytes)
///     u32         format version
///     u32         0
///     u64         payload length
///     u64         checksum of the payload (`ModelChecksum`)
///     payload:    u32 features version, u32 0, u32 label text length, label text
///                 ("upos\tNOUN VERB …\nxpos\t…\ndeprel\t…\nabout\t…"), padding to 8,
///                 then the tagger's first-pass, second-pass and the parser's weight tables
///                 (`QuantizedWeightTable`).
///
/// `featureVersion` changes whenever `TaggerFeatures`, `ParserFeatures` or `TokenAtoms`
/// change what they compute, so an old model is refused rather than silently misread.
enum SyntaxModelFormat {
  static let magic: [UInt8] = Array("NDSYNTAX".utf8)
  static let version: UInt32 = 1
  static let featureVersion: UInt32 = 2
  static let headerLength = 32

  /// Checks magic, version, length and checksum; returns where the payload starts.
  static func readHeader(_ reader: inout ModelByteReader) throws(ModelFileError) -> Int {
    guard reader.count >= 8 else { throw reader.count == 0 ? .truncated : .foreign }
    guard try reader.bytes(8) == magic else { throw .foreign }
    let formatVersion = try reader.uint32()
    guard formatVersion == version else { throw .wrongVersion(formatVersion) }
    _ = try reader.uint32()
    let payloadLength = Int(clamping: try reader.uint64())
    let checksum = try reader.uint64()
    guard headerLength + payloadLength <= reader.count else { throw .truncated }
    guard ModelChecksum.of(reader.base + headerLength, count: payloadLength) == checksum else {
      throw .checksumMismatch
    }
    return headerLength
  }

  /// A whole file: header and payload.
  static func encode(
    coarseTags: [String], fineTags: [String], relations: [String], provenance: String,
    tables: [[UInt8]]
  ) -> [UInt8] {
    var payload = ModelByteWriter()
    payload.append(featureVersion)
    payload.append(UInt32(0))
    let labels = [
      "upos\t" + coarseTags.joined(separator: " "),
      "xpos\t" + fineTags.joined(separator: " "),
      "deprel\t" + relations.joined(separator: " "),
      "about\t" + provenance.replacingOccurrences(of: "\n", with: " "),
    ].joined(separator: "\n")
    let labelBytes = Array(labels.utf8)
    payload.append(UInt32(labelBytes.count))
    payload.append(contentsOf: labelBytes)
    payload.align(to: 8)
    for table in tables { payload.append(contentsOf: table) }
    var file = ModelByteWriter()
    file.append(contentsOf: magic)
    file.append(version)
    file.append(UInt32(0))
    file.append(UInt64(payload.bytes.count))
    let checksum = payload.bytes.withUnsafeBytes {
      ModelChecksum.of($0.baseAddress!, count: $0.count)
    }
    file.append(checksum)
    file.append(contentsOf: payload.bytes)
    return file.bytes
  }
}
