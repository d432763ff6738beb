/// "When did Redknapp quit Portsmouth?" over "Redknapp quit his post on 24 November, and
/// the club …": the time, place or reason the question asks stands on the sentence's verb
/// aligned with the question's, as its modifier (an oblique "on 24 November", a bare
/// "Saturday", a clause "because …"). A phrase of the asked kind hanging on another word
/// tells the time, place or reason of something else.
struct ModifierOfAlignedVerbRule: AnswerRule {
  let name = "modifierOfAlignedVerb"
  let doc =
    "For when, where and why: a phrase that modifies the sentence's verb aligned with the question's."
  let scales = ScoredPart.shape

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, alignment.askedHead == nil,
      let kind = ModifierKind(sentence.type, form: sentence.context.analysis.form)
    else { return 1 }
    let parsed = alignment.parsed
    let verb = alignment.clauseHead
    let spanTokens = parsed.tokens(of: candidate.span)
    guard !spanTokens.isEmpty else { return 1 }
    let attached = parsed.tops(of: spanTokens).contains { top in
      kind.modifies(verb, through: top, in: parsed.sentence)
        && !phraseRepeatsQuestion(top, parsed: parsed, repeats: sentence.repeats)
    }
    return attached ? alignment.boost(AnswerWeights.modifierOfAlignedVerbBoost) : 1
  }

  /// "Where was a man shot in the thigh?": "in the thigh" is the question's own modifier,
  /// not the place it asks for.
  private func phraseRepeatsQuestion(_ head: Int, parsed: ParsedWords, repeats: [Bool]) -> Bool {
    let words = parsed.phrase(of: head).flatMap(parsed.words(of:))
    return !words.isEmpty && words.allSatisfy { repeats[$0] }
  }
}

/// The kind of modifier a when, where or why question asks for, and how the tree marks it.
enum ModifierKind {
  case time, place, reason

  init?(_ type: AnswerType, form: QuestionForm) {
    switch type {
    case .date, .time: self = .time
    case .place where form == .where: self = .place
    case .reason: self = .reason
    default: return nil
    }
  }

  /// Prepositions that give a cause ("as reimbursement", "in November" give none).
  private static let reasonPrepositions: Set<String> = [
    "because of", "due to", "owing to", "thanks to", "for", "amid", "following", "after", "over",
    "from", "through",
  ]

  /// Whether `top`, the head of a candidate phrase, modifies `verb` as this kind of modifier.
  func modifies(_ verb: Int, through top: Int, in sentence: AnnotatedSentence) -> Bool {
    let tokens = sentence.tokens
    // "12 January and 10 February": a coordinated member stands where the first does.
    var head = top
    if tokens[head].relation.isRelation("conj"), let first = tokens[head].head { head = first }
    guard tokens[head].head == verb else { return false }
    let relation = tokens[head].relation
    // "because of", "according to": a preposition with its fixed part; "'s" is no preposition.
    let preposition = sentence.dependents(of: head, "case")
      .filter { tokens[$0].fineTag != "POS" }.prefix(1)
      .flatMap { [$0] + sentence.dependents(of: $0, "fixed") }
      .sorted().map { tokens[$0].text.lowercased() }.joined(separator: " ")
    switch self {
    case .time:
      if relation.isRelation("obl") {
        return relation == "obl:tmod" || relation == "obl:npmod"
          || Lexicon.timePrepositions.contains(preposition) || preposition.isEmpty
      }
      return relation.isRelation("nmod:tmod") || relation == "advcl"
    case .place:
      // "on 7 January", "in 2011": a time, not a place, whatever the preposition.
      let word = tokens[head].text.lowercased()
      let isTime =
        tokens[head].coarseTag == "NUM" || Lexicon.months.contains(word)
        || Lexicon.weekdays.contains(word)
      return relation.isRelation("obl") && Lexicon.placePrepositions.contains(preposition)
        && !isTime
    case .reason:
      return relation.isRelation("advcl")
        || (relation.isRelation("obl") && Self.reasonPrepositions.contains(preposition))
    }
  }
}
