import Foundation
import NewsdeskCore

/// TrecQA answer-sentence selection, dev and train: MAP and MRR (clean questions: at least
/// one answering and one other candidate) of BM25, plain word overlap, and newsdesk's `--top`
/// order, with newsdesk's by the answer type it read.
struct TrecQARun {
  let options: QualityOptions

  struct Scores {
    var bm25: [[Bool]] = []
    var overlap: [[Bool]] = []
    var newsdesk: [[Bool]] = []
    var newsdeskByType: [String: [[Bool]]] = [:]
  }

  func run() throws -> SetOutput {
    print("== trecqa: MAP / MRR over the clean questions")
    print("split   n    BM25          word overlap  newsdesk --top")
    var output = SetOutput()
    var typeTables: [(String, [String: [[Bool]]])] = []
    for split in ["dev", "train"] {
      let questions = try TrecQASet.load(options.trecqaPath(split))
      let (scores, splitResults) = measure(questions, set: "trecqa-\(split)")
      output = output + splitResults
      let cells = [scores.bm25, scores.overlap, scores.newsdesk].map { rankings in
        let score = RankingScore(rankings: rankings)
        return String(format: "%.3f / %.3f ", score.meanAveragePrecision, score.meanReciprocalRank)
      }
      let count = RankingScore(rankings: scores.newsdesk).questions
      print(
        "\(column(split, width: 7)) \(column(String(count), width: 4)) \(cells.joined(separator: " "))"
      )
      typeTables.append((split, scores.newsdeskByType))
      let newsdesk = RankingScore(rankings: scores.newsdesk)
      output.headlines.append(
        "\(column("trecqa-" + split, width: 13)) newsdesk --top "
          + String(
            format: "MAP %.3f  MRR %.3f", newsdesk.meanAveragePrecision, newsdesk.meanReciprocalRank
          )
          + " (BM25 \(cells[0].trimmingCharacters(in: .whitespaces)), word overlap \(cells[1].trimmingCharacters(in: .whitespaces)))"
      )
    }
    for (split, byType) in typeTables {
      print("newsdesk --top on \(split), by answer type:")
      let scored = byType.mapValues { RankingScore(rankings: $0) }.filter { $0.value.questions > 0 }
      for (type, score) in scored.sorted(by: {
        ($1.value.questions, $0.key) < ($0.value.questions, $1.key)
      }) {
        print(
          "  \(column(type, width: 12)) n=\(column(String(score.questions), width: 3)) "
            + String(
              format: "MAP %.3f  MRR %.3f", score.meanAveragePrecision, score.meanReciprocalRank))
      }
    }
    return output
  }

  /// Every ranker over one split, and newsdesk's outcome per clean question.
  private func measure(_ questions: [TrecQAQuestion], set: String) -> (Scores, SetOutput) {
    var analyzer = TermAnalyzer(lexicon: lexicon)
    let sentenceTerms = questions.map { question in
      question.candidates.map { analyzer.terms(in: TrecQASet.detokenized($0.text)) }
    }
    let bm25 = TrecQABM25(sentences: sentenceTerms.flatMap { $0 })
    var scores = Scores()
    var results = SetOutput()
    var misses = ""
    defer {
      if let path = options.value("--trecqa-misses") {
        try? misses.write(toFile: path + "-" + set, atomically: true, encoding: .utf8)
      }
    }
    for (question, sentences) in zip(questions, sentenceTerms) {
      let labels = question.labels
      let asked = Set(analyzer.terms(in: question.asked))
      scores.bm25.append(
        RankingMetrics.ranked(labels, by: bm25.order(question: asked, sentences: sentences)))
      scores.overlap.append(
        RankingMetrics.ranked(
          labels, by: TrecQARankers.overlapOrder(question: asked, sentences: sentences)))
      let (order, answer) = TrecQARankers.newsdeskOrder(question)
      let ranked = RankingMetrics.ranked(labels, by: order)
      if RankingMetrics.isClean(ranked), RankingMetrics.averagePrecision(ranked) < 1 {
        misses += missText(question, answer: answer, order: order, set: set)
      }
      scores.newsdesk.append(ranked)
      let type = answer.analysis.answerType.rawValue
      scores.newsdeskByType[type, default: []].append(ranked)
      guard RankingMetrics.isClean(ranked) else { continue }
      results.add(
        QuestionResult(
          id: question.id, set: set, type: type,
          right: RankingMetrics.reciprocalRank(ranked) == 1,
          score: RankingMetrics.averagePrecision(ranked), answer: answer.shortAnswer,
          rule: ruleName(of: answer)), question: question.asked)
    }
    return (scores, results)
  }

  /// A question newsdesk ranked imperfectly, with its first sentences as ranked (1: answers).
  private func missText(
    _ question: TrecQAQuestion, answer: Answer, order: [Int], set: String
  ) -> String {
    let full = order + question.candidates.indices.filter { !order.contains($0) }
    let lines = full.prefix(8).map { index in
      "  \(question.candidates[index].label) \(question.candidates[index].text.prefix(140))"
    }
    return
      "[\(answer.analysis.answerType.rawValue)] \(question.id) \(question.asked)  → \(answer.shortAnswer ?? "-")\n"
      + lines.joined(separator: "\n") + "\n\n"
  }
}
