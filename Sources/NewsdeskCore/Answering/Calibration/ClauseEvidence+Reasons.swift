/// The abstention reasons the clause evidence gives, one line each, naming what was asked.
extension ClauseEvidence {
  /// The reasons found, most telling first: a contradiction before an absence.
  func reasons(for analysis: QuestionAnalysis) -> [AbstentionReason] {
    var reasons: [AbstentionReason] = []
    if let year = contradictingYear { reasons.append(.otherYear(year)) }
    if let actor = otherActor { reasons.append(.otherActor(actor)) }
    if let attribute = absentAttribute {
      reasons.append(.attributeNotGiven(Self.attributePhrase(attribute, in: analysis.text)))
    }
    if contradictingYear == nil, !lackingFigures.isEmpty {
      reasons.append(.figuresNotGiven(lackingFigures))
    }
    if let verb = absentPredicate { reasons.append(.predicateNotStated(verb)) }
    return reasons
  }

  /// The question's words, in its order, whose term `isStated` rejects: stop words and
  /// wh-words left out, neighbouring capitalised words joined into one name ("North
  /// America"), at most three.
  static func unsharedWords(
    of question: String, analyzer: inout TermAnalyzer, isStated: (String) -> Bool
  ) -> [String] {
    var found: [String] = []
    var previous = -2
    for (position, word) in SentenceWords(question).words.enumerated() {
      guard word.lower.count > 2, !StopWords.contains(word.lower),
        !Lexicon.whWords.contains(word.lower), let term = analyzer.term(for: word.lower),
        !isStated(term)
      else { continue }
      if position == previous + 1, word.isCapitalized, let last = found.last,
        last.first?.isUppercase == true
      {
        found[found.count - 1] = last + " " + word.surface
      } else if !found.contains(word.surface) {
        found.append(word.surface)
      }
      previous = position
    }
    return Array(found.prefix(3))
  }

  /// The attribute with what it belongs to, as the question words it: "population" in
  /// "what is the population of Peru?" → "population of Peru".
  static func attributePhrase(_ attribute: String, in question: String) -> String {
    let words = question.split(whereSeparator: { $0 == " " }).map {
      String($0).trimmingCharacters(in: .punctuationCharacters)
    }
    guard let position = words.firstIndex(where: { $0.lowercased() == attribute }),
      position + 2 < words.count, words[position + 1].lowercased() == "of"
    else { return attribute }
    // The owner is the name after "of" ("of Peru" in "… of Peru in 2010?"), else the one
    // word after it ("of the city").
    var rest = Array(words[(position + 2)...])
    var owner: [String] = []
    if let first = rest.first, Lexicon.articles.contains(first.lowercased()) {
      owner.append(first)
      rest.removeFirst()
    }
    let name = rest.prefix { $0.first?.isUppercase ?? false }
    if !name.isEmpty {
      owner += name
    } else if let next = rest.first {
      owner.append(next)
    } else {
      return attribute
    }
    return attribute + " of " + owner.joined(separator: " ")
  }
}
