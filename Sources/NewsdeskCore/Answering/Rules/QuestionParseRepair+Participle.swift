/// "Where was a man shot?": the tagger reads a participle that is also a noun ("shot",
/// "hit", "cut") as the question's head noun, with "a man" as its compound, and the question
/// then has no verb to align. Read it back as the passive it is.
extension QuestionParseRepair {
  /// The adverbs that ask about a passive act's circumstances.
  private static let circumstanceWords: Set<String> = ["where", "when", "why", "how"]

  /// A noun root right after a noun that depends on it, in a question opened by "where",
  /// "when", "why" or "how" and a form of "be", whose word is a past participle (an
  /// irregular one WordNet lists, or one in "-ed"): the root is the verb, the noun before it
  /// its passive subject, "be" its auxiliary.
  static func repairParticipleReadAsNoun(
    _ tokens: inout [AnnotatedSentence.Token], in question: AnnotatedSentence, lexicon: Lexicon
  ) -> Bool {
    guard tokens.count >= 4,
      Self.circumstanceWords.contains(tokens[0].text.lowercased()),
      tokens[1].lemma.lowercased() == "be"
    else { return false }
    // The parser hangs the noun from the wh-word or makes it the root itself.
    let candidates = tokens.indices.filter { index in
      index > 2 && tokens[index].coarseTag == "NOUN" && tokens[index].fineTag == "NN"
        && (tokens[index].head == nil || tokens[index].head == 0)
    }
    guard let verb = candidates.first,
      let subject = question.dependents(of: verb, "compound").last, subject == verb - 1,
      let base = Self.participleBase(tokens[verb].text.lowercased(), lexicon: lexicon)
    else { return false }
    let auxiliary = 1
    let wh = 0
    tokens[verb].coarseTag = "VERB"
    tokens[verb].fineTag = "VBN"
    tokens[verb].lemma = base
    tokens[verb].relation = "root"
    tokens[verb].head = nil
    tokens[subject].relation = "nsubj:pass"
    tokens[subject].head = verb
    tokens[auxiliary].relation = "aux:pass"
    tokens[auxiliary].head = verb
    tokens[wh].relation = "advmod"
    tokens[wh].head = verb
    for child in question.dependents[verb] where child < subject {
      // "a man": the determiner and modifiers before the subject are the subject's.
      tokens[child].head = subject
    }
    for child in question.dependents(of: verb, "nmod") where child > verb {
      tokens[child].relation = "obl"
    }
    for child in tokens.indices where tokens[child].head == wh && child != verb {
      tokens[child].head = verb
    }
    return true
  }

  /// "Where are the troops sent to the region based?": the parser takes the first participle
  /// for the question's verb and hangs the last one ("based") from a noun before it. A
  /// question opened by "where", "when", "why" or "how" and a form of "be" that ends with a
  /// past participle asks about that participle: it is the passive verb, the subject its
  /// subject, and the first participle a reduced relative of the subject ("the troops [who
  /// were] sent to the region").
  static func repairFinalParticiple(
    _ tokens: inout [AnnotatedSentence.Token], in question: AnnotatedSentence
  ) -> Bool {
    guard tokens.count >= 5,
      Self.circumstanceWords.contains(tokens[0].text.lowercased()),
      tokens[1].lemma.lowercased() == "be",
      let last = tokens.lastIndex(where: { $0.coarseTag != "PUNCT" }),
      tokens[last].coarseTag == "VERB", tokens[last].fineTag == "VBN",
      question.dependents[last].isEmpty, tokens[last].relation.isRelation("acl"),
      let root = question.root, root < last - 1, tokens[root].coarseTag == "VERB",
      ["VBN", "VBD"].contains(tokens[root].fineTag),
      question.subtree(of: root).contains(last),
      let subject = question.dependents(of: root, "nsubj").first(where: { $0 > 1 && $0 < root })
    else { return false }
    tokens[last].head = nil
    tokens[last].relation = "root"
    tokens[subject].head = last
    tokens[subject].relation = "nsubj:pass"
    tokens[root].head = subject
    tokens[root].relation = "acl"
    tokens[root].fineTag = "VBN"
    for child in question.dependents[root]
    where child < subject || tokens[child].coarseTag == "PUNCT" {
      // The wh-word and "be" belong to the asked verb, and so does the question mark.
      tokens[child].head = last
      if child == 1 { tokens[child].relation = "aux:pass" }
    }
    return TitledNameRepair.isTree(tokens)
  }

  /// The verb a past participle comes from: WordNet's irregular forms ("shot" → shoot), or
  /// a regular "-ed" form; nil for a word that is no participle.
  private static func participleBase(_ word: String, lexicon: Lexicon) -> String? {
    if let base = lexicon.irregularVerbs[word], base != word { return base }
    guard word.hasSuffix("ed"), word.count > 4 else { return nil }
    return Lemmatizer.verbRule(word, fineTag: "VBN")
  }
}
