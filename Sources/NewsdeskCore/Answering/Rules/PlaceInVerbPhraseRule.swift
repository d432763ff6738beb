/// "Where did Ann Roe hang the flag?" over "… hung the flag from the roof of the hall in
/// Tarnby": the place may hang on a noun inside the verb's own phrase ("the hall in Tarnby")
/// rather than on the verb itself; it still says where the act took place. The place must
/// be marked as one ("in", "at", "near", …) and be no time ("in May").
struct PlaceInVerbPhraseRule: AnswerRule {
  let name = "placeInVerbPhrase"
  let doc =
    "For where: a place phrase nested in a phrase of the sentence's verb aligned with the question's."
  let scales = ScoredPart.shape

  /// How many nouns up the place may stand from the verb's phrase.
  static let maximumDepth = 3

  func factor(
    for candidate: CandidateFacts, in sentence: SentenceFacts, analyzer: inout TermAnalyzer
  ) -> Double {
    guard let alignment = sentence.alignment, alignment.askedHead == nil,
      ModifierKind(sentence.type, form: sentence.context.analysis.form) == .place
    else { return 1 }
    let parsed = alignment.parsed
    let spanTokens = parsed.tokens(of: candidate.span)
    guard !spanTokens.isEmpty else { return 1 }
    let nested = parsed.tops(of: spanTokens).contains {
      isNestedPlace($0, under: alignment.clauseHead, in: parsed.sentence)
    }
    return nested ? alignment.boost(AnswerWeights.placeInVerbPhraseBoost) : 1
  }

  /// Whether `top` is a place modifier of a noun that stands, through nouns only, in an
  /// oblique of `verb` (a place on the verb itself is modifierOfAlignedVerb's).
  func isNestedPlace(_ top: Int, under verb: Int, in sentence: AnnotatedSentence) -> Bool {
    let tokens = sentence.tokens
    guard tokens[top].head != verb, tokens[top].relation.isRelation("nmod") else { return false }
    let word = tokens[top].text.lowercased()
    guard tokens[top].coarseTag != "NUM", !Lexicon.months.contains(word),
      !Lexicon.weekdays.contains(word)
    else { return false }
    let marked = sentence.dependents(of: top, "case").contains {
      Lexicon.placePrepositions.contains(tokens[$0].text.lowercased())
    }
    guard marked else { return false }
    var current = top
    for _ in 0..<Self.maximumDepth {
      guard let head = tokens[current].head else { return false }
      if head == verb { return tokens[current].relation.isRelation("obl") }
      guard tokens[current].relation.isRelation("nmod"), tokens[head].coarseTag == "NOUN"
      else { return false }
      current = head
    }
    return false
  }
}
