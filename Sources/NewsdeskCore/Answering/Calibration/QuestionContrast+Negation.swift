/// A negated question over a sentence that negates nothing: "who was not frustrated with the
/// project?" over "Sony executives were frustrated with the project". The sentence names who
/// did, not who did not; SQuAD 2.0 writes unanswerable questions so, with a "not" added.
extension QuestionContrast {
  /// The question's negation ("not", "never", "n't") when the sentence has none of its own
  /// (no negation word, no "without", "fail", "refuse", "instead", no "un-" word or the
  /// like). "Not only" adds, it does not negate.
  static func unstatedNegation(question: [SentenceWords.Word], sentence: [SentenceWords.Word])
    -> String?
  {
    let negation = question.indices.first { position in
      let word = question[position].lower
      guard
        questionNegations.contains(word)
          || word == "t" && position > 0 && question[position - 1].lower.hasSuffix("n")
      else { return false }
      let next = position + 1 < question.count ? question[position + 1].lower : ""
      return next != "only"
    }
    guard let negation else { return nil }
    // A capitalised word inside the sentence is part of a name or title, where a word that
    // denies or an "un-" word negates nothing ("For Your Eyes Only", "University of
    // Tsukuba"); "Not" and "Never" still negate, as after a quotation mark.
    let sentenceNegates = sentence.indices.contains { position in
      let word = sentence[position]
      if negations.contains(word.lower) || word.lower.hasSuffix("n't") || word.lower == "t" {
        return true
      }
      guard position == 0 || !word.isCapitalized else { return false }
      return sentenceNegations.contains(word.lower)
        || negativePrefixes.contains { word.lower.hasPrefix($0) && word.lower.count > $0.count + 4 }
    }
    guard !sentenceNegates else { return nil }
    let word = question[negation].lower
    return word == "t" ? "n't" : word
  }

  /// The words that negate a question ("no" is left out: "at no cost" asks a place).
  static let questionNegations: Set<String> = ["not", "never", "n't"]

  /// Words of a sentence that deny or withhold what they govern.
  static let sentenceNegations: Set<String> = [
    "none", "nothing", "nobody", "neither", "cannot", "without", "fail", "failed", "fails",
    "refuse", "refused", "refuses", "instead", "lack", "lacked", "lacks", "deny", "denied",
    "denies", "except", "absent", "declined", "rejected", "unable", "only", "exclude",
    "excluded", "but", "removed", "cut", "dropped", "abandoned", "forbade", "forbid",
    "forbidden", "banned", "prohibited", "exception", "exceptions", "exempt", "rather",
    "other", "apart", "against", "lost", "missed",
  ]

  /// Prefixes that negate the word they begin ("unused", "non-trending", "disliked").
  static let negativePrefixes = ["un", "non", "dis", "mis"]

  /// A question word the sentence denies: "who will return to direct the next film?" over
  /// "Mendes has stated he will not return to direct the next film". The word (or, with
  /// WordNet, one of its verb lemmas) with "not", "n't" or "never" among the two words
  /// before it, for a question that negates nothing itself.
  static func statedNegation(
    question: [SentenceWords.Word], sentence: [SentenceWords.Word], lexicon: WordNet?
  ) -> Opposite? {
    // A question that asks what is kept from happening ("to keep the pressure from getting too
    // high", "to allow an operator to tamper") asks about the negated act itself.
    guard
      !question.contains(where: {
        questionNegations.contains($0.lower) || negations.contains($0.lower) || $0.lower == "t"
          || preventingWords.contains($0.lower)
      }), !sentence.contains(where: { $0.lower == "unless" })
    else { return nil }
    func forms(_ word: String) -> Set<String> {
      var forms: Set<String> = [word]
      if let lexicon { forms.formUnion(lexicon.lemmas(word, pos: .verb)) }
      return forms
    }
    let asked = question.filter { $0.lower.count > 3 && !StopWords.contains($0.lower) }
      .map { forms($0.lower) }
    for (position, word) in sentence.enumerated() where position > 0 {
      let before = sentence[max(0, position - 2)..<position]
      guard
        let negation = before.last(where: {
          questionNegations.contains($0.lower) || $0.lower == "t"
        })
      else { continue }
      let mine = forms(word.lower)
      // The act denied is a verb: "does not go too high" denies going, not height.
      if let lexicon, lexicon.lemmas(word.lower, pos: .verb).isEmpty { continue }
      if asked.contains(where: { !$0.isDisjoint(with: mine) }) {
        let said = negation.lower == "t" ? "n't" : negation.lower
        return Opposite(asked: word.surface, stated: said + " " + word.surface)
      }
    }
    return nil
  }

  /// Question words that ask about something kept from happening.
  static let preventingWords: Set<String> = [
    "prevent", "prevents", "prevented", "stop", "stops", "stopped", "keep", "keeps", "kept",
    "avoid", "avoids", "avoided", "allow", "allows", "allowed", "forbid", "ban", "banned",
  ]
}
