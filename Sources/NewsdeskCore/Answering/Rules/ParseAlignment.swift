/// A question's frame laid over one sentence's parse: the sentence's predicate that is the
/// question's verb (by lemma, or a lexicon relative of it), the argument that stands in the
/// asked role and the arguments the question itself names. A reported act ("Police said
/// gunmen attacked the convoy") aligns with the reported verb, so its agent is the reported
/// clause's subject, never the speaker. Worked out once per sentence; the parse rules read it.
struct ParseAlignment {
  /// The parse, with the extractor's words laid over it.
  let parsed: ParsedWords
  /// The sentence's predicate aligned with the question's verb.
  let predicate: Predicate
  /// The head of the argument in the asked role, unless the question itself names it.
  let askedHead: Int?
  /// The phrases of the aligned predicate's arguments that repeat the question, with the
  /// tokens that repeat it.
  let namedPhrases: [(tokens: [Int], repeated: [Int])]

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
    func isQuestionVerb(_ index: Int) -> Bool {
      [tokens[index].text.lowercased(), tokens[index].lemma.lowercased()].contains { form in
        guard let term = analyzer.term(for: form) else { return false }
        return verbTerms.contains(term)
          || context.analysis.expansions[term].map(verbTerms.contains) == true
      }
    }
    // Of the predicates that are the question's verb, the one whose own clause holds most of
    // the question's words ("Japan's economy grew 2%, while India's grew 7%").
    let aligned = sentence.predicates.filter { tokens[$0.head].coarseTag == "VERB" }
      .filter { isQuestionVerb($0.head) }
    let shared = aligned.map { predicate in
      tokens.indices.filter { repeatsQuestion[$0] && clause($0) == predicate.head }.count
    }
    // Ties go to the first.
    guard let best = shared.indices.max(by: { shared[$0] < shared[$1] }) else { return nil }
    let predicate = aligned[best]
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
    askedHead =
      arguments.first { argument in
        frame.askedRole != nil && argument.role == frame.askedRole
          && !named.contains { $0.head == argument.head }
      }?.head
    namedPhrases = named.map { argument in
      let phrase = parsed.phrase(of: argument.head)
      return (phrase, phrase.filter { repeatsQuestion[$0] })
    }
    self.parsed = parsed
    self.predicate = predicate
  }
}
