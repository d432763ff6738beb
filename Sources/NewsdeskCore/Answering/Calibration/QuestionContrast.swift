/// Evidence that a sentence sharing the question's words says the opposite of what is asked:
/// "who was the youngest actress …?" over a sentence on the oldest, "which team lost …?" over
/// one on the team that won. SQuAD 2.0's unanswerable questions are often written so (an
/// antonym swapped into an answerable question); on its ten train titles the opposite is
/// found for one unanswerable question given an answer in twenty, and for one right answer in
/// four hundred.
public struct QuestionContrast: Sendable, Equatable {
  /// A word of the question whose opposite the sentence uses instead, with that opposite:
  /// ("smallest", "largest").
  public var opposite: Opposite?

  public struct Opposite: Sendable, Equatable {
    public var asked: String
    public var stated: String
  }

  public init() {}

  /// The reason to decline, when an opposite was found.
  var reasons: [AbstentionReason] {
    opposite.map { [.oppositeStated(asked: $0.asked, stated: $0.stated)] } ?? []
  }
}

extension QuestionContrast {
  /// Reads `sentence` against `question` through WordNet's lemmas and antonyms (nothing is
  /// found without WordNet). A question word the sentence also has, in any inflection, is
  /// stated, whatever else the sentence says ("Brazil won and Italy lost").
  public init(question: String, sentence: String, lexicon: WordNet?) {
    guard let lexicon else { return }
    let questionWords = SentenceWords(question).words
    // "Who likely would not marry her?" over "unlikely to marry": a negated question may
    // say the opposite's opposite.
    guard !questionWords.contains(where: { Self.negations.contains($0.lower) }) else { return }
    // Each word's lemmas are a dozen lookups in WordNet's files: read once per word here.
    var known: [String: Set<String>] = [:]
    func lemmas(_ word: String) -> Set<String> {
      if let found = known[word] { return found }
      var result: Set<String> = [word]
      for pos in Self.comparedParts { result.formUnion(lexicon.lemmas(word, pos: pos)) }
      known[word] = result
      return result
    }
    let questionLemmas = questionWords.reduce(into: Set<String>()) {
      $0.formUnion(lemmas($1.lower))
    }
    let sentenceWords = SentenceWords(sentence).words
    // Read only once a question word turns out to have an opposite: most have none, and the
    // sentence's lemmas are most of the cost.
    var sentenceLemmas: Set<String>?
    for (position, word) in questionWords.enumerated() {
      // A name ("Long Island") is matched as a name; "how old" asks a degree, not "old".
      let afterHow = position > 0 && questionWords[position - 1].lower == "how"
      guard !(position > 0 && word.isCapitalized), !afterHow, word.lower.count > 2,
        !StopWords.contains(word.lower) || Self.tellingStopWords.contains(word.lower)
      else { continue }
      // An opposite the question uses too ("grouped 23 unpublished pieces and published
      // them") is no contrast.
      let opposites = lexicon.antonyms(word.lower).subtracting(questionLemmas)
      guard !opposites.isEmpty else { continue }
      let stated =
        sentenceLemmas
        ?? sentenceWords.reduce(into: Set<String>()) { $0.formUnion(lemmas($1.lower)) }
      sentenceLemmas = stated
      guard lemmas(word.lower).isDisjoint(with: stated) else { continue }
      if let match = sentenceWords.first(where: { !opposites.isDisjoint(with: lemmas($0.lower)) }) {
        opposite = Opposite(asked: word.surface, stated: match.surface)
        return
      }
    }
  }

  static let comparedParts: [WordNetPOS] = [.adjective, .verb, .adverb]

  static let negations: Set<String> = ["not", "never", "no", "n't", "nor", "without"]

  /// Stop words whose opposite is telling: "most" over "least", "before" over "after".
  static let tellingStopWords: Set<String> = ["most", "more", "before", "after"]
}
