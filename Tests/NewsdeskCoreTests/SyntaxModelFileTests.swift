import Foundation
import Testing

@testable import NewsdeskCore

/// A model file that is missing, truncated, foreign, corrupt or of another version is a
/// one-line error naming the file and `make model`, never a crash.
@Suite struct SyntaxModelFileTests {
  /// A minimal well-formed model: real inventories, tables with one row each.
  static func tinyModelBytes() -> [UInt8] {
    let coarse = ["NOUN", "VERB"]
    let fine = ["NN", "VB"]
    let relations = ["root", "nsubj"]
    let taggerRow = QuantizedWeightTable.Row(
      feature: FeatureHash.feature(1, 0), weights: [(0, 0.5), (2, 0.25)])
    let tagger = QuantizedWeightTable.encode(rows: [taggerRow], classCount: 4).bytes
    let parserRow = QuantizedWeightTable.Row(
      feature: FeatureHash.feature(1, 0), weights: [(0, 1.0), (3, -0.5)])
    let parser = QuantizedWeightTable.encode(rows: [parserRow], classCount: 5).bytes
    return SyntaxModelFormat.encode(
      coarseTags: coarse, fineTags: fine, relations: relations, provenance: "test",
      tables: [tagger, tagger, parser])
  }

  static func write(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("syntax-\(UUID().uuidString).ndsyntax").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func wellFormedModelLoadsAndAnalyses() throws {
    let path = try Self.write(Self.tinyModelBytes())
    defer { try? FileManager.default.removeItem(atPath: path) }
    let model = try SyntaxModel.load(path: path)
    #expect(model.coarseTags == ["NOUN", "VERB"])
    #expect(model.relations == ["root", "nsubj"])
    let analysis = model.analyse(["dogs", "bark", "loudly"], lexicon: nil)
    #expect(analysis.heads.count == 3)
    #expect(analysis.heads.filter { $0 == -1 }.count == 1)
  }

  @Test func missingFile() {
    let path = "/no/such/dir/model.ndsyntax"
    #expect(throws: SyntaxModelError(path: path, reason: .missing)) {
      try SyntaxModel.load(path: path)
    }
    let message = SyntaxModelError(path: path, reason: .missing).description
    #expect(message == "syntax model \(path) is missing; run 'make model' to rebuild it")
  }

  @Test(arguments: [0, 7, 20, 40, 100])
  func truncatedFile(keeping length: Int) throws {
    let bytes = Self.tinyModelBytes()
    let path = try Self.write(Array(bytes.prefix(min(length, bytes.count - 1))))
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try SyntaxModel.load(path: path)
      Issue.record("a truncated model loaded")
    } catch {
      #expect([.truncated, .foreign].contains(error.reason))
      #expect(error.description.contains(path))
      #expect(error.description.contains("make model"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test(arguments: [
    Array("this is a text file, not a model\n".utf8),
    Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 64),
  ])
  func foreignFile(_ bytes: [UInt8]) throws {
    let path = try Self.write(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: SyntaxModelError(path: path, reason: .foreign)) {
      try SyntaxModel.load(path: path)
    }
  }

  @Test func corruptPayloadFailsTheChecksum() throws {
    var bytes = Self.tinyModelBytes()
    bytes[bytes.count - 3] ^= 0x5a
    let path = try Self.write(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: SyntaxModelError(path: path, reason: .checksumMismatch)) {
      try SyntaxModel.load(path: path)
    }
  }

  @Test func otherFormatVersionIsRefused() throws {
    var bytes = Self.tinyModelBytes()
    bytes[8] = 99
    let path = try Self.write(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: SyntaxModelError(path: path, reason: .wrongVersion(99))) {
      try SyntaxModel.load(path: path)
    }
  }

  @Test func quantisedTableReturnsWhatWasStored() throws {
    let rows = (0..<50).map { index in
      QuantizedWeightTable.Row(
        feature: FeatureHash.of(index), weights: [(index % 7, Float(index) - 20), (7, 3)])
    }
    let encoded = QuantizedWeightTable.encode(rows: rows, classCount: 8)
    #expect(encoded.rowCount == 50)
    let storage = ModelBytes(encoded.bytes)
    var reader = ModelByteReader(storage, count: encoded.bytes.count)
    let table = try QuantizedWeightTable(reading: &reader, storage: storage)
    for row in rows {
      var scores = [Float](repeating: 0, count: 8)
      scores.withUnsafeMutableBufferPointer {
        table.addWeights(of: row.feature, to: $0.baseAddress!)
      }
      let largest = row.weights.map { abs($0.weight) }.max()!
      for (classIndex, weight) in row.weights {
        // int8 with one bfloat16 scale per row: within a step and the scale's rounding.
        #expect(abs(scores[classIndex] - weight) <= largest / 127 + largest * 0.01)
      }
    }
    var absent = [Float](repeating: 0, count: 8)
    absent.withUnsafeMutableBufferPointer { table.addWeights(of: 12345, to: $0.baseAddress!) }
    #expect(absent.allSatisfy { $0 == 0 })
  }

  /// Features spread over the table (a slip here once sent every feature to slot 0, making
  /// writing a large table quadratic while every lookup still came out right).
  @Test func featuresSpreadOverTheSlots() {
    let capacity = 1_334
    let slots = Set(
      (0..<1_000).map {
        QuantizedWeightTable.firstSlot(of: FeatureHash.of($0), capacity: capacity)
      })
    #expect(slots.count > 500)
    #expect(slots.allSatisfy { (0..<capacity).contains($0) })
  }

  @Test func defaultLocationHonoursTheEnvironment() {
    let path = SyntaxModelLocation.defaultPath(environment: ["NEWSDESK_SYNTAX_MODEL": "/x/y"])
    #expect(path == "/x/y")
    #expect(SyntaxModelLocation.sourceTreePath.hasSuffix("Models/syntax-en-ewt.ndsyntax"))
  }
}
