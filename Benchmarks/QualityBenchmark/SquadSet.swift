import Foundation

/// A question set in SQuAD's JSON format: ExpMRC's (answers with evidence sentences) and
/// SQuAD 2.0's (with unanswerable questions) alike.
struct SquadSet: Decodable {
  struct Title: Decodable {
    var title: String
    var paragraphs: [Paragraph]
  }
  struct Paragraph: Decodable {
    var context: String
    var qas: [Item]
  }
  struct Item: Decodable {
    var question: String
    var id: String
    var answers: [GoldAnswer]
    /// ExpMRC's marked evidence sentences.
    var evidences: [String]?
    /// SQuAD 2.0: the paragraph does not answer it.
    var isImpossible: Bool?

    enum CodingKeys: String, CodingKey {
      case question, id, answers, evidences
      case isImpossible = "is_impossible"
    }

    var golds: [String] { answers.map(\.text) }
  }
  struct GoldAnswer: Decodable { var text: String }

  var data: [Title]

  /// Reads a set; the error says which file and what is wrong.
  static func load(_ path: String) throws -> SquadSet {
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw QualityError("cannot read \(path): no such file (is ../shared/data there?)")
    }
    do {
      return try JSONDecoder().decode(SquadSet.self, from: bytes)
    } catch {
      throw QualityError("\(path) is not in SQuAD's JSON format: \(error)")
    }
  }
}
