import Foundation
import NewsdeskCore

/// TrecQA answer-sentence selection: each question with candidate newswire sentences, labelled
/// 1 where the sentence answers it.
struct TrecQAQuestion: Decodable {
  struct Candidate: Decodable {
    /// Tokenised as the Penn Treebank does ("-LRB-", "``", " , ").
    var text: String
    var label: Int
  }
  var id: String
  var question: String
  var candidates: [Candidate]

  var labels: [Bool] { candidates.map { $0.label == 1 } }
  /// The question as a reporter would type it (the data tokenises it too).
  var asked: String { TrecQASet.detokenized(question) }
}

enum TrecQASet {
  /// Reads one split (a JSON object per line), each question's candidates shuffled; the error
  /// says which line is wrong.
  ///
  /// The files list the answering sentences first: in their own order every question scores
  /// MAP 1. Ties between sentences (common: many share the same question words) would be
  /// broken by that order, so the candidates are shuffled, with a fixed seed so that every
  /// run, and every ranker, sees the same order.
  static func load(_ path: String) throws -> [TrecQAQuestion] {
    var generator = SeededGenerator(seed: 2007)
    return try read(path).map { question in
      var shuffled = question
      shuffled.candidates = Self.shuffled(question.candidates, using: &generator)
      return shuffled
    }
  }

  /// Fisher-Yates, written out: the standard library's shuffle may change between releases,
  /// and the measured order must not.
  static func shuffled<Element>(_ elements: [Element], using generator: inout SeededGenerator)
    -> [Element]
  {
    var result = elements
    guard result.count > 1 else { return result }
    for position in stride(from: result.count - 1, to: 0, by: -1) {
      let other = Int(generator.next() % UInt64(position + 1))
      result.swapAt(position, other)
    }
    return result
  }

  private static func read(_ path: String) throws -> [TrecQAQuestion] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw QualityError("cannot read \(path): no such file (is ../shared/data/trecqa there?)")
    }
    var questions: [TrecQAQuestion] = []
    for (number, line) in text.split(separator: "\n").enumerated() where !line.isEmpty {
      do {
        questions.append(try JSONDecoder().decode(TrecQAQuestion.self, from: Data(line.utf8)))
      } catch {
        throw QualityError("\(path) line \(number + 1) is not a TrecQA question: \(error)")
      }
    }
    return questions
  }

  /// Treebank tokens back to text as an article would print it: brackets and quotes restored,
  /// punctuation against its word. newsdesk reads articles, not token lists.
  ///
  /// The data writes every number as `<num>`; it is read as one four-digit number, which can
  /// be a year, a count or a figure alike, so that a sentence giving a date or an amount is
  /// seen to give one.
  static func detokenized(_ tokens: String) -> String {
    let brackets = [
      "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
      "``": "\"", "''": "\"", "`": "'",
    ]
    let closing: Set<String> = [
      ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'", "'s", "'S", "n't", "'re",
      "'ve", "'ll", "'d", "'m", "...",
    ]
    let opening: Set<String> = ["(", "[", "{", "$", "``", "-LRB-", "-LSB-", "-LCB-"]
    var text = ""
    var attachNext = true
    for token in tokens.split(separator: " ").map(String.init) {
      let shown = token == "<num>" ? "1990" : brackets[token] ?? token
      if !attachNext, !closing.contains(token), !closing.contains(shown) {
        text += " "
      }
      text += shown
      attachNext = opening.contains(token) || opening.contains(shown)
    }
    return text
  }
}
