/// "How many people did the bombing kill?" → not "17 people were injured": a count in a
/// clause of another act than the question's verb counts something else, though its noun
/// is the one asked.
struct CountOfOtherActRule: AnswerRule {
  let name = "countOfOtherAct"
  let doc =
    "For how-many questions, a number in a clause whose verb is another act than the question's."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.context.analysis.form == .howMany,
      let asked = CountedAct.questionVerb(sentence.context.analysis, lexicon: sentence.lexicon),
      let parsed = sentence.parsed,
      let figure = parsed.tokens(of: candidate.span).first(where: { parsed.isCount($0) }),
      let predicate = parsed.clause(of: figure)
    else { return 1 }
    let token = parsed.sentence.tokens[predicate]
    // "had 2,300 stations suspended": a light verb in the sentence names no act either.
    guard token.coarseTag == "VERB", !WordNet.lightVerbs.contains(token.lemma.lowercased())
    else { return 1 }
    return CountedAct.isSameAct(asked, token.lemma.lowercased(), lexicon: sentence.lexicon)
      ? 1 : AnswerWeights.countOfOtherActFactor.value
  }
}

/// Whether the question's verb and a sentence's name the same act, for the count rules.
enum CountedAct {
  /// The question's verb: the analysis's, or in "how many people did the bombing kill?"
  /// (which the analysis leaves without one) the word after the auxiliary that can be a verb
  /// and ends the clause.
  static func questionVerb(_ analysis: QuestionAnalysis, lexicon: Lexicon) -> String? {
    if let verb = analysis.verb { return verb }
    let words = WordTokenizer.words(in: analysis.text.lowercased())
    guard let many = words.firstIndex(of: "many"),
      let auxiliary = words[many...].firstIndex(where: Lexicon.finiteAuxiliaries.contains)
    else { return nil }
    // The verb ends the clause: the question's end, or a preposition or determiner after it
    // ("served as prime minister"); "attack" in "did the attack kill" is the subject's.
    let rest = Array(words[(auxiliary + 1)...])
    return rest.indices.first { index in
      guard lexicon.partsOfSpeech(rest[index]).contains(.verb) else { return false }
      guard index + 1 < rest.count else { return true }
      let next = rest[index + 1]
      return Lexicon.prepositions.contains(next) || Lexicon.determiners.contains(next)
    }.map { rest[$0] }
  }

  /// Same lemma or the same act by WordNet; a light verb in the question ("how many does it
  /// have?") names no act, so any clause may hold its count.
  static func isSameAct(_ questionVerb: String, _ lemma: String, lexicon: Lexicon) -> Bool {
    let written = questionVerb.lowercased()
    guard let wordNet = lexicon.wordNet else { return true }
    let lemmas = Set([written] + wordNet.lemmas(written, pos: .verb))
    if lemmas.contains(lemma) || lemmas.contains(where: WordNet.lightVerbs.contains) {
      return true
    }
    return lemmas.contains { wordNet.sameAct(question: $0, sentence: lemma) }
  }
}
