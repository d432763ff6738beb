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
  /// Another figure where the question has one ("seven days" for "eight days").
  public var otherFigure: Opposite?
  /// Another month than the one the question names.
  public var otherMonth: Opposite?
  /// The question's "not" or "never", over a sentence that negates nothing.
  public var unstatedNegation: String?
  /// A question word the sentence negates ("will not return" for "will return").
  public var statedNegation: Opposite?
  /// A name the articles write with a word swapped ("Twilight Princess" for "Clawshot
  /// Princess").
  public var otherName: Opposite?
  /// A question word the sentence replaces, in the same place, with another kind of the same
  /// thing ("snow" asked, "rain" written).
  public var swappedWord: SwappedWord?

  public struct Opposite: Sendable, Equatable {
    public var asked: String
    public var stated: String
  }

  public init() {}

  /// The reasons to decline, one for each finding kept as a veto.
  var reasons: [AbstentionReason] {
    var reasons: [AbstentionReason] = []
    if let opposite {
      reasons.append(.oppositeStated(asked: opposite.asked, stated: opposite.stated))
    }
    if let other = otherFigure ?? otherMonth {
      reasons.append(.otherFigure(asked: other.asked, stated: other.stated))
    }
    if let other = otherName {
      reasons.append(.otherName(asked: other.asked, stated: other.stated))
    }
    if let negation = unstatedNegation { reasons.append(.negationNotStated(negation)) }
    if let negated = statedNegation {
      reasons.append(.oppositeStated(asked: negated.asked, stated: negated.stated))
    }
    if let swapped = swappedWord {
      reasons.append(.oppositeStated(asked: swapped.asked, stated: swapped.stated))
    }
    return reasons
  }

  /// The findings' names, for reading the tuning rows (`newsdesk-calibrate --csv`).
  public var findings: [String] {
    [
      opposite.map { _ in "opposite" }, otherFigure.map { _ in "otherFigure" },
      otherMonth.map { _ in "otherMonth" }, unstatedNegation.map { _ in "negation" },
      otherName.map { _ in "otherName" }, statedNegation.map { _ in "statedNegation" },
      swappedWord.map { _ in "swappedWord" },
    ].compactMap { $0 }
  }
}

extension QuestionContrast {
  /// Reads `sentence` against `question` through WordNet's lemmas and antonyms (nothing is
  /// found without WordNet). A question word the sentence also has, in any inflection, is
  /// stated, whatever else the sentence says ("Brazil won and Italy lost").
  public init(question: String, sentence: String, lexicon: WordNet?, texts: [String] = []) {
    let questionText = SentenceWords(question)
    let sentenceText = SentenceWords(sentence)
    otherFigure = Self.otherFigure(question: questionText, sentence: sentenceText)
    otherMonth = Self.otherMonth(question: questionText.words, sentence: sentenceText.words)
    unstatedNegation = Self.unstatedNegation(
      question: questionText.words, sentence: sentenceText.words)
    otherName = Self.otherName(
      question: questionText, texts: ([sentence] + texts).map(SentenceWords.init))
    statedNegation = Self.statedNegation(
      question: questionText.words, sentence: sentenceText.words, lexicon: lexicon)
    if let lexicon {
      findOpposite(question: question, sentence: sentence, lexicon: lexicon)
      // An opposite found says more than a kind of the same thing.
      if opposite == nil {
        swappedWord = Self.swappedWord(
          question: questionText.words, sentence: sentenceText.words, lexicon: lexicon)
      }
    }
  }

  /// The opposite of a question word in the sentence, from WordNet's antonyms.
  mutating func findOpposite(question: String, sentence: String, lexicon: WordNet) {
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
