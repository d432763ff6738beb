import NewsdeskCore

/// Which question is asked of which paragraph: every question of `perQuestion` paragraphs
/// it was not written for, chosen by a seeded generator, so a run can be repeated and a
/// crash found again by its pair number; and of its own paragraph, where the answering rules
/// fire most.
struct SweepPlan {
  struct Pair: Sendable, Equatable {
    var paragraph: Int
    var question: Int
  }

  let pairs: [Pair]

  init(questions: [SweepQuestion], paragraphs: [SweepParagraph], perQuestion: Int, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var planned: [Pair] = []
    let byHome = Dictionary(grouping: paragraphs.indices) { paragraphs[$0].home }
    for (questionNumber, question) in questions.enumerated() {
      let homes = byHome[question.home] ?? []
      let others = paragraphs.count - homes.count
      guard others > 0 else { continue }
      // A news-dev question's home is a whole article of many paragraphs: one is enough.
      var chosen = Set(homes.prefix(1))
      if question.everywhere {
        planned += paragraphs.indices.map { Pair(paragraph: $0, question: questionNumber) }
        continue
      }
      let wanted = chosen.count + min(perQuestion, others)
      // Sampling with a bounded number of tries: a small paragraph pool gives fewer pairs.
      for _ in 0..<(perQuestion * 4) where chosen.count < wanted {
        let candidate = Int(generator.next() % UInt64(paragraphs.count))
        if paragraphs[candidate].home != question.home { chosen.insert(candidate) }
      }
      planned += chosen.sorted().map { Pair(paragraph: $0, question: questionNumber) }
    }
    // Grouped by paragraph (one session each), the questions in a shuffled order so that
    // follow-ups ("When?", "What else?") meet varied earlier questions.
    let order = planned.map { _ in generator.next() }
    let indices = planned.indices.sorted {
      (planned[$0].paragraph, order[$0]) < (planned[$1].paragraph, order[$1])
    }
    pairs = indices.map { planned[$0] }
  }
}
