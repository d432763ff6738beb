/// A person asked for by role ("who is Mexico's president?", "who is Ecuador's defence
/// minister?"): the supporting sentence must give that role, to that person, of that place.
extension AnswerComposer {
  /// Role nouns a question may ask for a person by.
  static let askedRoles = Lexicon.personRoles

  /// Whether the sentence cannot support the role the question asks about: it never names
  /// the role, or the answer's role there differs in its kind ("Interior Minister" for
  /// "defence minister") or its place ("Ecuador's President" for "Mexico's president").
  func roleConflicts(
    _ analysis: QuestionAnalysis, sentence: String, role: String?, analyzer: inout TermAnalyzer
  ) -> Bool {
    let question = WordTokenizer.words(in: analysis.text)
    // "replace X as head of safety": a role in an "as" phrase is the one taken in the act
    // asked about, not who the answer is.
    let inAsPhrase = { (index: Int) in
      question[max(0, index - 3)..<index].contains("as")
    }
    guard
      let roleIndex = question.indices.first(where: {
        Self.askedRoles.contains(question[$0]) && !inAsPhrase($0)
      })
    else {
      return false
    }
    let noun = question[roleIndex]
    let sentenceWords = WordTokenizer.words(in: sentence)
    guard let nounTerm = analyzer.term(for: noun) else { return false }
    let sentenceTerms = Set(sentenceWords.compactMap { analyzer.term(for: $0) })
    // "then-president" and "presidency" hold the role too.
    let related = analysis.expansions.filter { $0.value == nounTerm }.keys
    if !sentenceTerms.contains(nounTerm), !related.contains(where: sentenceTerms.contains) {
      return true
    }
    guard let role else { return false }
    let roleWords = WordTokenizer.words(in: role)
    guard let roleNounIndex = roleWords.firstIndex(of: noun) else { return false }
    // The word before the role noun, when it says which kind ("defence" minister), must be
    // among the words of the role the sentence gives ("Secretary of State" is no defence
    // secretary).
    if roleIndex > 0, Self.isRoleModifier(question[roleIndex - 1]) {
      let kinds = roleWords.enumerated().filter {
        $0.offset != roleNounIndex && Self.isRoleModifier($0.element)
      }
      .map(\.element)
      if !kinds.isEmpty, !kinds.contains(question[roleIndex - 1]) { return true }
    }
    // The place the role belongs to: "Mexico's president", "the president of Mexico".
    let askedPlaces = Set(question.filter { PlaceGazetteer.isPlace($0) })
    let givenPlaces = Set(roleWords.filter { PlaceGazetteer.isPlace($0) })
    // A role given without its place ("President Donald Trump") does not say it is the
    // place asked about ("Venezuela's president"), even when the sentence names that place.
    if !askedPlaces.isEmpty, askedPlaces.isDisjoint(with: givenPlaces) {
      return true
    }
    return false
  }

  /// A word that says which kind of role ("interior", "defence", "foreign"), not a place,
  /// an article or a possessive.
  static func isRoleModifier(_ word: String) -> Bool {
    !Lexicon.isFunctionWord(word) && !PlaceGazetteer.isPlace(word) && word != "s"
      && !askedRoles.contains(word) && PlaceGazetteer.country(forDemonym: word) == nil
  }
}
