import Foundation

/// The trained tagger and parser: label inventories and three weight tables, read from one
/// versioned, checksummed file (`SyntaxModelFormat`) without a parse step.
public struct SyntaxModel: Sendable {
  /// Universal POS tags (UPOS), in the model's class order.
  public let coarseTags: [String]
  /// Penn Treebank tags (XPOS).
  public let fineTags: [String]
  /// Universal Dependencies relations, with subtypes ("nmod:poss").
  public let relations: [String]
  /// How the model was trained (data, seed, iterations), as written by the trainer.
  public let provenance: String
  let taggerFirstPass: QuantizedWeightTable
  let taggerSecondPass: QuantizedWeightTable
  let parser: QuantizedWeightTable
  let rootRelation: Int

  /// Reads the model at `path`; the error's description is one line naming the file and
  /// `make model`.
  public static func load(path: String) throws(SyntaxModelError) -> SyntaxModel {
    guard FileManager.default.fileExists(atPath: path) else {
      throw SyntaxModelError(path: path, reason: .missing)
    }
    let data: Data
    do {
      // Mapped rather than read: the bytes are copied once, into aligned memory.
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      throw SyntaxModelError(path: path, reason: .unreadable(error.localizedDescription))
    }
    do {
      return try SyntaxModel(bytes: ModelBytes(data), count: data.count)
    } catch {
      throw SyntaxModelError(path: path, reason: error)
    }
  }

  init(bytes: ModelBytes, count: Int) throws(ModelFileError) {
    var reader = ModelByteReader(bytes, count: count)
    let payloadStart = try SyntaxModelFormat.readHeader(&reader)
    let featureVersion = try reader.uint32()
    guard featureVersion == SyntaxModelFormat.featureVersion else {
      throw .malformed(
        "features version \(featureVersion), expected \(SyntaxModelFormat.featureVersion)")
    }
    _ = try reader.uint32()
    let labelLength = Int(try reader.uint32())
    let labelText = String(decoding: try reader.bytes(labelLength), as: UTF8.self)
    reader.align(to: 8)
    var sections: [String: [String]] = [:]
    var about = ""
    for line in labelText.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        .map(String.init)
      guard parts.count == 2 else { throw .malformed("label line") }
      if parts[0] == "about" {
        about = parts[1]
      } else {
        sections[parts[0]] = parts[1].split(separator: " ").map(String.init)
      }
    }
    guard let coarse = sections["upos"], let fine = sections["xpos"],
      let relations = sections["deprel"], let root = relations.firstIndex(of: "root"),
      !coarse.isEmpty, !fine.isEmpty, coarse.count + fine.count <= 256, relations.count <= 127
    else { throw .malformed("label inventories") }
    coarseTags = coarse
    fineTags = fine
    self.relations = relations
    rootRelation = root
    provenance = about
    taggerFirstPass = try QuantizedWeightTable(reading: &reader, storage: bytes)
    taggerSecondPass = try QuantizedWeightTable(reading: &reader, storage: bytes)
    parser = try QuantizedWeightTable(reading: &reader, storage: bytes)
    guard taggerFirstPass.classCount == coarse.count + fine.count,
      taggerSecondPass.classCount == taggerFirstPass.classCount,
      parser.classCount == 1 + 2 * relations.count, reader.position >= payloadStart
    else { throw .malformed("table sizes") }
  }
}

/// A model file that cannot be used, described in one line.
public struct SyntaxModelError: Error, CustomStringConvertible, Sendable, Equatable {
  public let path: String
  public let reason: ModelFileError
  public var description: String { reason.message(path: path) }
}
