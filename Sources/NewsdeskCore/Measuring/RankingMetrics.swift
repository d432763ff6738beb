/// Mean average precision and mean reciprocal rank, the measures of answer-sentence selection
/// (TrecQA): how early a ranking puts the sentences that answer the question.
public enum RankingMetrics {
  /// The precision at each answering sentence's rank, averaged over the answering sentences;
  /// 0 when none answers. `answers` holds, in ranked order, whether each sentence answers.
  public static func averagePrecision(_ answers: [Bool]) -> Double {
    var found = 0
    var precisionSum = 0.0
    for (rank, answering) in answers.enumerated() where answering {
      found += 1
      precisionSum += Double(found) / Double(rank + 1)
    }
    return found == 0 ? 0 : precisionSum / Double(found)
  }

  /// One over the rank of the first answering sentence; 0 when none answers.
  public static func reciprocalRank(_ answers: [Bool]) -> Double {
    guard let first = answers.firstIndex(of: true) else { return 0 }
    return 1 / Double(first + 1)
  }

  /// Whether a question counts in TrecQA's "clean" setting: at least one sentence answers it
  /// and at least one does not, so that the ranking can be right or wrong.
  public static func isClean(_ answers: [Bool]) -> Bool {
    answers.contains(true) && answers.contains(false)
  }

  /// `labels` reordered by `order` (indices into `labels`), for scoring a ranking given as
  /// positions. Indices out of range are skipped; labels the order leaves out follow in their
  /// own order, as a ranking that stops early leaves the rest unranked.
  public static func ranked(_ labels: [Bool], by order: [Int]) -> [Bool] {
    var seen = Set<Int>()
    var result: [Bool] = []
    for index in order where labels.indices.contains(index) && seen.insert(index).inserted {
      result.append(labels[index])
    }
    for index in labels.indices where !seen.contains(index) { result.append(labels[index]) }
    return result
  }
}

/// MAP and MRR over a set of questions' rankings, clean questions only.
public struct RankingScore: Sendable, Equatable {
  /// How many questions counted (the clean ones).
  public var questions: Int
  public var meanAveragePrecision: Double
  public var meanReciprocalRank: Double

  /// Each element: one question's sentences in ranked order, true where a sentence answers.
  public init(rankings: [[Bool]]) {
    let clean = rankings.filter(RankingMetrics.isClean)
    questions = clean.count
    let count = Double(max(clean.count, 1))
    meanAveragePrecision = clean.map(RankingMetrics.averagePrecision).reduce(0, +) / count
    meanReciprocalRank = clean.map(RankingMetrics.reciprocalRank).reduce(0, +) / count
  }
}
