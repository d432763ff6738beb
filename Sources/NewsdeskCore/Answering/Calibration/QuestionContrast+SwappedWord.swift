/// A word of the question that the sentence replaces with another kind of the same thing, in
/// the same place: "who was used to simulate snow?" over "… on set to simulate rain", "who is
/// dying of potassium poisoning?" over "… dying of thallium poisoning". SQuAD 2.0 writes
/// unanswerable questions so, by swapping one word of an answerable one; a reporter meets
/// the same when the articles tell of the neighbouring thing.
///
/// The question word is swapped when the sentence holds neither it nor a relative of it (an
/// inflection, a derivation, a synonym or the word above it in WordNet) and holds another
/// word between the same neighbours: both neighbours, or two on one side, at least one of
/// them no function word. Only a swap WordNet holds for two kinds of one specific thing is
/// kept: on the SQuAD 2.0 train titles any other word in the same place was the question's
/// paraphrase about as often as a swap (it fired on 23 % of the unanswerable questions
/// answered and 11 % of the right answers).
extension QuestionContrast {
  public struct SwappedWord: Sendable, Equatable {
    public var asked: String
    public var stated: String
  }

  static func swappedWord(
    question: [SentenceWords.Word], sentence: [SentenceWords.Word], lexicon: WordNet
  ) -> SwappedWord? {
    var reader = WordRelatives(lexicon: lexicon)
    // The sentence words the question holds in any form: never the swapped-in word.
    let sentenceForms = sentence.map { reader.forms(of: $0.lower) }
    let questionForms = question.map { reader.forms(of: $0.lower) }
    for (position, word) in question.enumerated() where isComparable(word, at: position) {
      let relatives = reader.relatives(of: word.lower)
      let stated =
        sentenceForms.contains { !$0.isDisjoint(with: relatives) }
        || sentence.contains { isShortening($0.lower, word.lower) }
      guard !stated else { continue }
      for (index, other) in sentence.enumerated()
      where isComparable(other, at: index) && other.isCapitalized == word.isCapitalized
        && !questionForms.contains(where: { !$0.isDisjoint(with: sentenceForms[index]) })
      {
        guard
          sharesPlace(
            question, position, sentence, index,
            same: { !questionForms[$0].isDisjoint(with: sentenceForms[$1]) }),
          reader.relatives(of: other.lower).isDisjoint(with: questionForms[position]),
          lexicon.areKindsOfOneThing(word.lower, other.lower)
        else { continue }
        return SwappedWord(asked: word.surface, stated: other.surface)
      }
    }
    return nil
  }

  /// A word that may be swapped: a content word of three letters or more, not a figure
  /// (figures are compared by `otherFigure`) nor the first word of the text.
  static func isComparable(_ word: SentenceWords.Word, at position: Int) -> Bool {
    position > 0 && word.lower.count > 2 && !word.isNumber
      && !(word.lower.first?.isNumber ?? false) && !StopWords.contains(word.lower)
      && !Lexicon.whWords.contains(word.lower)
  }

  /// Whether the word at `position` of the question and the one at `index` of the sentence
  /// stand between the same neighbours: both (one at least no function word), or two on
  /// one side (one at least no function word).
  static func sharesPlace(
    _ question: [SentenceWords.Word], _ position: Int, _ sentence: [SentenceWords.Word],
    _ index: Int, same: (Int, Int) -> Bool
  ) -> Bool {
    func matches(_ offset: Int) -> Bool {
      let asked = position + offset
      let stated = index + offset
      return question.indices.contains(asked) && sentence.indices.contains(stated)
        && same(asked, stated)
    }
    func telling(_ offset: Int) -> Bool {
      !StopWords.contains(question[position + offset].lower)
    }
    if matches(-1), matches(1), telling(-1) || telling(1) { return true }
    if matches(-1), matches(-2), telling(-1) || telling(-2) { return true }
    if matches(1), matches(2), telling(1) || telling(2) { return true }
    return false
  }
}

/// A word's forms and relatives as WordNet gives them, each read once per question.
struct WordRelatives {
  let lexicon: WordNet
  private var formsMemo: [String: Set<String>] = [:]
  private var relativesMemo: [String: Set<String>] = [:]

  init(lexicon: WordNet) {
    self.lexicon = lexicon
  }

  /// The word as written, without a plural "s", and its base forms in every part of speech.
  mutating func forms(of word: String) -> Set<String> {
    if let known = formsMemo[word] { return known }
    var result: Set<String> = [word, QuestionContrast.plain(word)]
    for pos in WordNetPOS.allCases { result.formUnion(lexicon.lemmas(word, pos: pos)) }
    formsMemo[word] = result
    return result
  }

  /// The word's forms with its derivations, synonyms of its three commonest senses and the
  /// words WordNet puts directly above it (`gradedRelatives`), and theirs.
  mutating func relatives(of word: String) -> Set<String> {
    if let known = relativesMemo[word] { return known }
    let own = forms(of: word)
    var result = own
    for form in own {
      result.formUnion(lexicon.gradedRelatives(of: form).keys)
      for pos in [WordNetPOS.noun, .verb, .adjective] {
        result.formUnion(lexicon.synonyms(form, pos: pos, senses: 3))
      }
    }
    relativesMemo[word] = result
    return result
  }
}
