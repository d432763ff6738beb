import Foundation
import Testing

/// Names are read from a sentence's surface once, by `SentenceRecognition`, and every other
/// stage (the answer rules, coreference, reported speech, follow-ups) reads that reading. A
/// stage that calls the surface reader itself would read a sentence twice and could disagree
/// with the rest; this check reads the source tree, so such a call fails here.
@Suite struct SingleRecognitionTests {
  static let surfaceReaders = ["nameSpans("]
  /// The one file that reads the surface, and the file that declares the reader.
  static let allowed: Set<String> = ["SentenceRecognition.swift", "NameRecognizer.swift"]

  @Test func onlyTheSentenceRecognitionReadsNamesFromTheSurface() throws {
    let root = TestSupport.repositoryRoot.appendingPathComponent("Sources/NewsdeskCore")
    let files = try #require(FileManager.default.enumerator(atPath: root.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
    #expect(files.count > 50, "the source tree was not found at \(root.path)")
    var callers: [String] = []
    for file in files where !Self.allowed.contains((file as NSString).lastPathComponent) {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let code = text.split(separator: "\n").filter {
        !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
      }
      if code.contains(where: { line in Self.surfaceReaders.contains { line.contains($0) } }) {
        callers.append(file)
      }
    }
    #expect(callers.isEmpty, "read names through SentenceRecognition: \(callers)")
  }
}
