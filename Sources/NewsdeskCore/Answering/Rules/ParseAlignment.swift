/// A question's frame laid over one sentence's parse: the sentence's predicate that is the
/// question's verb (by lemma, or a lexicon relative of it), the argument that stands in the
/// asked role unless the question itself names it. A reported act ("Police said
/// gunmen attacked the convoy") aligns with the reported verb, so its agent is the reported
/// clause's subject, never the speaker. Worked out once per sentence; the parse rules read it.
struct ParseAlignment {
  /// The parse, with the extractor's words laid over it.
  let parsed: ParsedWords
  /// The question's frame the sentence was aligned with.
  let frame: QuestionFrame
  /// The sentence's predicate aligned with the question's verb.
  let predicate: Predicate
  /// The head of the clause the aligned predicate stands in: the predicate itself, or for a
  /// noun naming the act ("Pernod's purchase of X"), the clause the noun belongs to.
  let clauseHead: Int
  /// Whether the sentence names the act with a synonym or a derived noun, not the question's
  /// own verb: a looser match, so the parse rules count for less.
  let isSynonym: Bool
  /// A parse rule's boost, less for a synonym's alignment than for the verb's own.
  func boost(_ weight: RuleWeight) -> Double {
    isSynonym ? 1 + (weight.value - 1) * AnswerWeights.synonymAlignmentShare.value : weight.value
  }
  /// Whether the act is named by a noun ("Pernod's purchase of X"), not a verb.
  var isNominal: Bool { parsed.sentence.tokens[predicate.head].coarseTag == "NOUN" }
  /// The head of the argument in the asked role, unless the question itself names it.
  let askedHead: Int?
  /// The other predicates of the question's verb, not above the aligned one: they carry
  /// other constraints ("while India's grew 7%").
  let otherInstances: [Int]
  /// The aligned predicate's arguments (shared subjects included) and the noun its relative
  /// clause describes.
  let argumentHeads: [Int]

  init?(
    parsed: ParsedWords, frame: QuestionFrame,
    context: ShortAnswerExtractor.QuestionContext, repeats: [Bool],
    analyzer: inout TermAnalyzer
  ) {
    let sentence = parsed.sentence
    let tokens = sentence.tokens
    let repeatsQuestion = tokens.indices.map { parsed.words(of: $0).contains { repeats[$0] } }
    func clause(_ token: Int) -> Int? { parsed.clause(of: token) }
    let verbTerms = Set(
      [frame.verbForm, frame.verbLemma].compactMap { analyzer.term(for: $0) }
        + [context.verbTerm].compactMap { $0 })
    func isSameVerb(_ index: Int) -> Bool {
      [tokens[index].text.lowercased(), tokens[index].lemma.lowercased()].contains { form in
        analyzer.term(for: form).map(verbTerms.contains) == true
      }
    }
    func isQuestionVerb(_ index: Int) -> Bool {
      [tokens[index].text.lowercased(), tokens[index].lemma.lowercased()].contains { form in
        guard let term = analyzer.term(for: form) else { return false }
        return verbTerms.contains(term)
          || context.analysis.expansions[term].map(verbTerms.contains) == true
      }
    }
    // Of the predicates that are the question's verb, the one whose own clause holds most of
    // the question's words ("Japan's economy grew 2%, while India's grew 7%").
    var aligned = sentence.predicates.filter { tokens[$0.head].coarseTag == "VERB" }
      .filter { isQuestionVerb($0.head) }
    // "Pernod's purchase of Glenmorangie": with no verb of the question's act, a noun that
    // names it, read as a predicate.
    if aligned.isEmpty {
      aligned = tokens.indices.filter { tokens[$0].coarseTag == "NOUN" && isQuestionVerb($0) }
        .compactMap { NominalPredicate.reading(of: $0, in: sentence) }
    }
    // The question's own verb before a synonym of it ("acquired Y after it bought X").
    let same = aligned.filter { isSameVerb($0.head) }
    if !same.isEmpty { aligned = same }
    let shared = aligned.map { predicate in
      tokens.indices.filter { repeatsQuestion[$0] && clause($0) == predicate.head }.count
    }
    // Ties go to the first.
    guard let best = shared.indices.max(by: { shared[$0] < shared[$1] }) else { return nil }
    let predicate = aligned[best]
    isSynonym = same.isEmpty
    // A noun's time and place stand on the clause it belongs to ("the purchase of X was
    // completed on Monday").
    clauseHead =
      tokens[predicate.head].coarseTag == "NOUN"
      ? parsed.clause(of: predicate.head) ?? predicate.head : predicate.head
    otherInstances = aligned.map(\.head).filter {
      $0 != predicate.head && !parsed.isWithin(predicate.head, subtreeOf: $0)
    }
    // The aligned verb's own arguments, and the noun a relative clause of it describes
    // ("the company that bought X"), stand in its clause wherever the tree puts them.
    var inClause = ArgumentRole.arguments(of: predicate, in: sentence).map(\.head)
    if tokens[predicate.head].relation.isRelation("acl"), let noun = tokens[predicate.head].head {
      inClause.append(noun)
    }
    argumentHeads = inClause
    let arguments = ArgumentRole.arguments(of: predicate, in: sentence)
    // An argument whose phrase repeats the question is one the question names ("Ecuador's
    // President Daniel Noboa" for "who did Noboa meet?"), however the parser split it.
    // Named means its head, or a name in it, is the question's: a common word the question
    // shares ("the new one-lira coin" for "what will the lira note become?") is not enough.
    let named = arguments.filter { argument in
      repeatsQuestion[argument.head]
        || parsed.phrase(of: argument.head).contains {
          repeatsQuestion[$0] && tokens[$0].coarseTag == "PROPN"
        }
    }
    func unnamed(in role: ArgumentRole?) -> Int? {
      arguments.first { argument in
        role != nil && argument.role == role && !named.contains { $0.head == argument.head }
      }?.head
    }
    // "Who did Noboa meet?" over "Rubio will meet Noboa": the name the question gives stands
    // in the asked role, so the question reads the verb the other way round (meeting, talks
    // and agreements go both ways), and the answer is the argument in the name's role. Only
    // such verbs go both ways: "what causes extension?" over "extension causes X" asks
    // something the sentence does not say, and X is no answer to it.
    let askedIsNamed =
      Lexicon.reciprocalVerbs.contains(frame.verbLemma)
      && named.contains { $0.role == frame.askedRole }
    askedHead =
      unnamed(in: frame.askedRole) ?? (askedIsNamed ? unnamed(in: frame.namedCoreRole) : nil)
    self.parsed = parsed
    self.frame = frame
    self.predicate = predicate
  }
}
