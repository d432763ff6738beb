/// The question's content words' relatives, graded by how close each stands (see
/// `TermRelatives`): what lets "the death of James Dean" stand for "when did James Dean
/// die?" and "the comet was first spotted" for "when was the comet discovered?".
extension QuestionAnalyzer {
  func relatives(
    of focus: [String], terms: Set<String>, names: Set<String>, analyzer: inout TermAnalyzer
  ) -> TermRelatives {
    var result = TermRelatives()
    guard let wordNet = lexicon.wordNet else { return result }
    // As for `expansions`: a question of over twenty content words is a pasted paragraph.
    for word in focus.prefix(20) {
      // A name stands for itself ("Dean" has no deanship); the commonest verbs' relatives
      // ("made" → "create", "died" → "dead", "death") are in too many sentences to tell them
      // apart: counting them for "die", "kill", "win" too lowered TrecQA MAP (dev 0.814 →
      // 0.813, train 0.775 → 0.774; "when did James Dean die?" 0.410 → 0.371).
      guard let asked = analyzer.term(for: word), !names.contains(asked),
        !Lexicon.commonVerbs.contains(word)
      else { continue }
      for (lemma, relation) in wordNet.gradedRelatives(of: word).sorted(by: { $0.key < $1.key }) {
        guard let term = analyzer.term(for: lemma), term != asked, !terms.contains(term)
        else { continue }
        result.add(term, for: asked, as: relation)
      }
    }
    return result
  }
}
