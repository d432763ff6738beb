/// "How fast do the lifts travel?" asks for a measure in units of speed ("17m/s", "38mph"),
/// not for how many things there are: "Two high-speed lifts" counts lifts. A how-question
/// built on an adjective of dimension (fast, far, tall, deep, heavy, …) is answered by an
/// amount of some unit, so a number whose own noun is a concrete thing (a lift, a room, a
/// person, a place, an event) counts things and does not measure. The noun's kind comes
/// from WordNet's classes; a noun WordNet files as a quantity, a time or money ("metres",
/// "hours"), or does not know ("mph", "%"), is left alone, and so is a number with no noun
/// of its own ("17m/s"). "How old" (ages are written bare: "Redknapp, 57,") and "how often"
/// (counts of occasions) are not such questions, nor are "how big / large / many", whose
/// answer may well be a count ("a crowd of 70,000 people").
struct CountForMeasureRule: AnswerRule {
  let name = "countForMeasure"
  let doc = "For how-fast/far/tall/… questions, a number counting things rather than measuring."
  let scales = ScoredPart.typeFit

  /// Adjectives of dimension whose how-question asks for an amount of a unit.
  static let dimensionAdjectives: Set<String> = [
    "fast", "far", "tall", "high", "deep", "wide", "heavy", "thick", "hot", "cold", "low",
  ]

  /// WordNet's classes of things counted rather than measured.
  static let countedClasses: Set<String> = [
    "person", "artifact", "location", "organization", "event",
  ]

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    let analysis = sentence.context.analysis
    guard analysis.form == .how, Self.asksForMeasure(analysis.text),
      let wordNet = sentence.lexicon.wordNet, let parsed = sentence.parsed,
      let figure = parsed.tokens(of: candidate.span).first(where: { parsed.isCount($0) }),
      let counted = parsed.countedNoun(of: figure)
    else { return 1 }
    let token = parsed.sentence.tokens[counted]
    guard token.coarseTag == "NOUN" else { return 1 }
    let lemma = token.lemma.lowercased()
    guard wordNet.lemmas(lemma, pos: .noun).contains(lemma),
      Self.countedClasses.contains(wordNet.nounClass(lemma))
    else { return 1 }
    return AnswerWeights.countForMeasureFactor.value
  }

  /// Whether the question's "how" is followed by an adjective of dimension ("how fast").
  static func asksForMeasure(_ question: String) -> Bool {
    let words = WordTokenizer.words(in: question.lowercased())
    guard let how = words.firstIndex(of: "how"), how + 1 < words.count else { return false }
    return dimensionAdjectives.contains(words[how + 1])
  }
}
