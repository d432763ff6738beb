/// "Whose death was the case about?" over "Baha Mousa's death in British custody …": the
/// answer is the name that owns the noun the question puts after "whose", not any person
/// the sentence names ("Iraqis win death test case probe").
struct PossessorOfAskedNounRule: AnswerRule {
  let name = "possessorOfAskedNoun"
  let doc =
    "For whose-questions, the owner of the noun asked (\"Mousa's death\", \"the death of Mousa\"); another name in a sentence with that noun counts less."
  let scales = ScoredPart.shape

  /// How many words after "whose" may name the owned thing ("whose free kick").
  static let ownedPhraseLength = 3
  /// How far after the clitic the owned noun may stand ("Mousa's sudden death").
  static let ownedNounReach = 3

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard sentence.context.analysis.form == .whose else { return 1 }
    let owned = Self.ownedWords(sentence.context.analysis.text, lexicon: sentence.lexicon)
    let words = sentence.words
    let lexicon = sentence.lexicon
    func isOwned(_ position: Int) -> Bool {
      owned.contains(Self.nounLemma(words.words[position].lower, lexicon: lexicon))
    }
    guard !owned.isEmpty, words.words.indices.contains(where: isOwned) else { return 1 }
    // "Mousa's death", "Mousa's sudden death".
    let clitic = candidate.span.upperBound + 1
    if clitic < words.words.count, words.isPossessiveClitic(clitic),
      (clitic + 1..<min(words.words.count, clitic + 1 + Self.ownedNounReach)).contains(
        where: isOwned)
    {
      return AnswerWeights.possessorOfAskedNounBoost.value
    }
    // "the death of Baha Mousa".
    let of = candidate.span.lowerBound - 1
    if of > 0, words.words[of].lower == "of",
      (max(0, of - Self.ownedNounReach)..<of).contains(where: isOwned)
    {
      return AnswerWeights.possessorOfAskedNounBoost.value
    }
    // The sentence says whose the thing is, and it is not this name's.
    return candidate.isName ? AnswerWeights.otherThanPossessorFactor.value : 1
  }

  /// The lemmas of the words after "whose" up to the question's verb: "death" of "whose
  /// death was …", "free" and "kick" of "whose free kick struck …".
  static func ownedWords(_ question: String, lexicon: Lexicon) -> Set<String> {
    let list = SentenceWords(question).words
    // Only a question that opens with "whose" ("whose death …?", "in whose name …?") asks
    // for an owner: "a band whose name was what?" asks for the name.
    guard let whose = list.firstIndex(where: { $0.lower == "whose" }),
      whose == 0 || (whose == 1 && Lexicon.prepositions.contains(list[0].lower))
    else { return [] }
    var owned: Set<String> = []
    for word in list.dropFirst(whose + 1).prefix(ownedPhraseLength) {
      if Lexicon.finiteAuxiliaries.contains(word.lower) || Lexicon.isFunctionWord(word.lower) {
        break
      }
      owned.insert(nounLemma(word.lower, lexicon: lexicon))
    }
    return owned
  }

  static func nounLemma(_ word: String, lexicon: Lexicon) -> String {
    lexicon.wordNet?.lemmas(word, pos: .noun).first ?? word
  }
}
