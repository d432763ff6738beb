import Testing

@testable import NewsdeskCore

/// MAP and MRR on rankings small enough to work out by hand.
struct RankingMetricsTests {
  @Test(
    "Average precision and reciprocal rank of one ranking",
    arguments: [
      // Answering sentences at ranks 1 and 3: (1/1 + 2/3) / 2.
      ([true, false, true, false], 5.0 / 6.0, 1.0),
      // Only at rank 2.
      ([false, true, false], 0.5, 0.5),
      // At ranks 2 and 3: (1/2 + 2/3) / 2.
      ([false, true, true], 7.0 / 12.0, 0.5),
      // None answers.
      ([false, false], 0.0, 0.0),
      // Everything answers.
      ([true, true], 1.0, 1.0),
    ])
  func oneRanking(answers: [Bool], averagePrecision: Double, reciprocalRank: Double) {
    #expect(abs(RankingMetrics.averagePrecision(answers) - averagePrecision) < 1e-12)
    #expect(abs(RankingMetrics.reciprocalRank(answers) - reciprocalRank) < 1e-12)
  }

  @Test("MAP and MRR count only the clean questions: one right and one wrong sentence at least")
  func cleanQuestionsOnly() {
    let score = RankingScore(rankings: [
      [true, false, true, false],  // AP 5/6, RR 1
      [false, true, false],  // AP 1/2, RR 1/2
      [true, true],  // all answer: not clean
      [false, false],  // none answers: not clean
      [],
    ])
    #expect(score.questions == 2)
    #expect(abs(score.meanAveragePrecision - (5.0 / 6.0 + 0.5) / 2) < 1e-12)
    #expect(abs(score.meanReciprocalRank - 0.75) < 1e-12)
  }

  @Test("An order given as positions: repeats and strays skipped, the unranked follow")
  func rankedByPositions() {
    let labels = [false, true, false, true]
    #expect(RankingMetrics.ranked(labels, by: [3, 0]) == [true, false, true, false])
    #expect(RankingMetrics.ranked(labels, by: [1, 1, 9, -1]) == [true, false, false, true])
    #expect(RankingMetrics.ranked(labels, by: []) == labels)
  }

  @Test("No questions: zero, not a division by zero")
  func empty() {
    let score = RankingScore(rankings: [])
    #expect(score.questions == 0)
    #expect(score.meanAveragePrecision == 0)
    #expect(score.meanReciprocalRank == 0)
  }
}
