import Foundation
import NewsdeskCore

/// The orders compared on TrecQA, each giving a question's candidates as indices, best first.
/// Ties keep the data's own order, so every ranker is deterministic.
enum TrecQARankers {
  /// Candidates sorted by a score, highest first, ties in their own order.
  static func order(by scores: [Double]) -> [Int] {
    scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
  }

  /// Plain word overlap: how many of the question's distinct terms the sentence has.
  static func overlapOrder(question: Set<String>, sentences: [[String]]) -> [Int] {
    order(by: sentences.map { Double(Set($0).intersection(question).count) })
  }

  /// newsdesk's own order, as `newsdesk ask --top K` shows it: the question's candidates
  /// loaded as one article (one paragraph each) and the question asked of it. Candidates it
  /// does not list follow in their own order.
  static func newsdeskOrder(_ question: TrecQAQuestion) -> (order: [Int], answer: Answer) {
    let texts = question.candidates.map { TrecQASet.detokenized($0.text) }
    var session = NewsdeskSession(lexicon: lexicon)
    session.top = max(texts.count, 1)
    guard let number = session.addArticle(text: texts.joined(separator: "\n\n"), id: question.id)
    else {
      return (Array(texts.indices), session.ask(question.asked))
    }
    let owners = candidateOwning(
      sentences: session.library.articles[number].sentences.indices.map {
        session.library.articles[number].sentence($0)
      }, candidates: texts)
    let answer = session.ask(question.asked)
    let order = answer.candidates.compactMap { evidence in
      owners.indices.contains(evidence.sentenceNumber - 1)
        ? owners[evidence.sentenceNumber - 1] : nil
    }
    return (order, answer)
  }

  /// For each sentence of the joined article, the candidate it was cut from: the splitter may
  /// cut one candidate in two, never joins two (a blank line stands between them).
  static func candidateOwning(sentences: [String], candidates: [String]) -> [Int] {
    let squeezedCandidates = candidates.map(squeezed)
    var current = 0
    return sentences.map { sentence in
      let words = squeezed(sentence)
      if let found = squeezedCandidates[current...].firstIndex(where: { $0.contains(words) }) {
        current = found
      }
      return current
    }
  }

  private static func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }
}

/// Okapi BM25 over one split's candidate sentences, the usual baseline of answer-sentence
/// selection: document frequencies from every candidate of the split.
struct TrecQABM25 {
  var documentFrequency: [String: Int] = [:]
  var documents = 0
  var averageLength = 0.0
  let k1 = 1.2
  let b = 0.75

  init(sentences: [[String]]) {
    for terms in sentences {
      documents += 1
      averageLength += Double(terms.count)
      for term in Set(terms) { documentFrequency[term, default: 0] += 1 }
    }
    averageLength /= Double(max(documents, 1))
  }

  func score(question: Set<String>, sentence: [String]) -> Double {
    var counts: [String: Int] = [:]
    for term in sentence { counts[term, default: 0] += 1 }
    let lengthNorm = 1 - b + b * Double(sentence.count) / max(averageLength, 1)
    return question.reduce(0) { total, term in
      guard let count = counts[term] else { return total }
      let frequency = Double(documentFrequency[term] ?? 0)
      let idf = log(1 + (Double(documents) - frequency + 0.5) / (frequency + 0.5))
      let tf = Double(count) * (k1 + 1) / (Double(count) + k1 * lengthNorm)
      return total + idf * tf
    }
  }

  func order(question: Set<String>, sentences: [[String]]) -> [Int] {
    TrecQARankers.order(by: sentences.map { score(question: question, sentence: $0) })
  }
}
