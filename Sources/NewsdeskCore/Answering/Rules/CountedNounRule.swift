/// "How many farms …?" → the number whose own noun is farms (or a kind of farm, or what
/// farms are a kind of), read off the parse: "6.5 million animals" counts animals, not
/// farms; "the 2,838th day" answers "how many days"; "the attack, which killed five"
/// answers "how many people did it kill" when the number stands alone in the asked role.
struct CountedNounRule: AnswerRule {
  let name = "countedNoun"
  let doc =
    "For how-many questions, a number that counts the asked noun, or stands alone in the asked role."
  let scales = ScoredPart.typeFit

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let asked = AskedCount(sentence.context.analysis, lexicon: sentence.lexicon)?.nouns,
      let parsed = sentence.parsed,
      let figure = parsed.tokens(of: candidate.span).first(where: { parsed.isCount($0) })
    else { return 1 }
    let tokens = parsed.sentence.tokens
    guard let counted = parsed.countedNoun(of: figure) else {
      // A number alone: the thing counted is left to be understood ("killed five"). It
      // answers when it stands in the role the question asks of the question's verb.
      guard Self.argumentRelations.contains(tokens[figure].relation),
        let verb = tokens[figure].head, tokens[verb].coarseTag == "VERB",
        let questionVerb = CountedAct.questionVerb(
          sentence.context.analysis, lexicon: sentence.lexicon),
        CountedAct.isSameAct(
          questionVerb, tokens[verb].lemma.lowercased(), lexicon: sentence.lexicon)
      else { return 1 }
      return AnswerWeights.elidedCountInAskedRoleBoost.value
    }
    let lemma = tokens[counted].lemma.lowercased()
    let text = tokens[counted].text.lowercased()
    if asked.contains(where: {
      Self.isSameThing(lemma, text, $0, analyzer: &analyzer, lexicon: sentence.lexicon)
    }) {
      return AnswerWeights.countsAskedNounBoost.value
    }
    // "How many times": any occasion counts.
    if asked.contains("times") { return 1 }
    let questionVerb = CountedAct.questionVerb(sentence.context.analysis, lexicon: sentence.lexicon)
    return asked.allSatisfy {
      Self.isOtherKind(lemma, $0, questionVerb: questionVerb, lexicon: sentence.lexicon)
    }
      ? AnswerWeights.countsOtherNounFactor.value : 1
  }

  /// A counted noun of another kind than the asked one: WordNet files them under different
  /// coarse classes ("animals" are no "farms"; the asked noun's class known), where "workers"
  /// and "people" are both persons. A nominalisation of the question's verb counts its acts ("30 performances"
  /// for "how many times did he perform").
  static func isOtherKind(
    _ lemma: String, _ asked: String, questionVerb: String?, lexicon: Lexicon
  ) -> Bool {
    guard let wordNet = lexicon.wordNet else { return false }
    let askedLemma = askedLemma(asked, wordNet)
    // A noun WordNet files under no class ("Yorkers") says nothing of the kind asked.
    let askedClass = wordNet.nounClass(askedLemma)
    guard askedClass != "other", wordNet.nounClass(lemma) != askedClass else { return false }
    guard let verb = questionVerb?.lowercased() else { return true }
    let verbs = Set([verb] + wordNet.lemmas(verb, pos: .verb))
    return !verbs.contains { wordNet.derivations($0).contains(lemma) }
  }

  /// The asked noun's lemma; "people" as a count is persons, not a nation.
  static func askedLemma(_ asked: String, _ wordNet: WordNet) -> String {
    if ["people", "persons"].contains(asked) { return "person" }
    return wordNet.lemmas(asked, pos: .noun).first ?? asked
  }

  /// The roles a number alone may stand in for the thing counted: what the verb acts on, or
  /// what acts ("five died", "five were killed").
  static let argumentRelations: Set<String> = ["obj", "nsubj", "nsubj:pass"]

  /// The counted noun is the asked one, by index term, or a synonym, a kind of it, or what
  /// it is a kind of ("victims" for "people", "animals" for "cattle").
  static func isSameThing(
    _ lemma: String, _ text: String, _ asked: String, analyzer: inout TermAnalyzer,
    lexicon: Lexicon
  ) -> Bool {
    let askedTerm = analyzer.term(for: asked)
    if askedTerm != nil, [lemma, text].contains(where: { analyzer.term(for: $0) == askedTerm }) {
      return true
    }
    guard let wordNet = lexicon.wordNet else { return false }
    let askedLemma = askedLemma(asked, wordNet)
    if wordNet.synonyms(askedLemma, pos: .noun).contains(lemma) { return true }
    return wordNet.noun(lemma, isA: askedLemma) || wordNet.noun(askedLemma, isA: lemma)
  }
}
