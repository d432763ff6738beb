import Foundation

/// One question's outcome in a quality run, as the result file keeps it: enough to tell, run
/// against run, which questions a change fixed and which it broke.
public struct QuestionResult: Codable, Sendable, Equatable {
  /// The question's id within its set (SQuAD's id, TrecQA's, or the news set's position).
  public var id: String
  /// The set it belongs to ("yardstick", "squad20", "trecqa-dev", "news-dev", …).
  public var set: String
  /// The kind of question (the answer type newsdesk read, or the set's own kind).
  public var type: String
  /// Right or wrong: exact match, a decline where one is due, the best sentence ranked first.
  public var right: Bool
  /// The graded score: F1, or average precision for a ranking; 1 or 0 where only right and
  /// wrong exist.
  public var score: Double
  /// The short answer given, nil when declined or not to be stored (copyrighted text).
  public var answer: String?
  /// The rule or answer type that produced the answer, when the answer says.
  public var rule: String?

  public init(
    id: String, set: String, type: String, right: Bool, score: Double, answer: String? = nil,
    rule: String? = nil
  ) {
    self.id = id
    self.set = set
    self.type = type
    self.right = right
    // Four places are plenty to compare runs, and keep the checked-in baseline small.
    self.score = (score * 10_000).rounded() / 10_000
    self.answer = answer
    self.rule = rule
  }

  /// The key that pairs a question across two runs.
  public var key: String { self.set + " " + id }
}

/// A quality run's result file: one question per line, so that a checked-in baseline diffs
/// line by line.
public struct QualityResultFile: Sendable, Equatable {
  public var results: [QuestionResult]

  public init(results: [QuestionResult]) { self.results = results }

  /// The file's text: a JSON object whose `results` array holds one result per line.
  public func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let lines = try results.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
    return "{\"results\": [\n" + lines.joined(separator: ",\n") + "\n]}\n"
  }

  public init(decoding data: Data) throws {
    struct Stored: Decodable { var results: [QuestionResult] }
    results = try JSONDecoder().decode(Stored.self, from: data).results
  }

  public func write(to path: String) throws {
    try encoded().write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// Reads a saved file; the error says which file and what was wrong with it.
  public static func read(from path: String) throws -> QualityResultFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw NewsdeskError.noSuchPath(path)
    }
    do {
      return try QualityResultFile(decoding: data)
    } catch {
      throw NewsdeskError.unreadableInput(
        path, reason: "not a quality result file (newsdesk-quality --save writes one)")
    }
  }
}
