/// Candidates read off the parse: each noun's whole phrase, with the post-modifiers the
/// surface chunker cuts at a function word ("Austin Powers in Goldmember", "a transcription
/// of Franz Schubert's lied", "two chemical plants"), so that a what/which answer can be a
/// whole noun phrase of the sentence, not a piece of one.
extension ShortAnswerExtractor {
  /// Relations whose subtree never belongs to a noun's own phrase: clauses (their own
  /// answers), appositions (a second phrase for the same thing), coordination (a list is
  /// a phrase of its own, added apart) and the preposition that introduces the noun.
  private static let outsidePhrase = [
    "acl", "advcl", "ccomp", "parataxis", "csubj", "appos", "conj", "cc", "dep", "discourse",
    "vocative", "list", "reparandum",
    // A noun that heads a clause ("Bey Hive is the name"): its subject, copula and
    // auxiliaries, and the arguments of a verb, belong to the clause, not the noun.
    "nsubj", "cop", "aux", "mark", "expl", "obl", "obj", "iobj", "xcomp",
  ]

  /// Tags a phrase may not start with: a preposition, conjunction or verb opens something
  /// else ("with the iTunes Store", "To").
  private static let badFirstTags: Set<String> = [
    "ADP", "CCONJ", "SCONJ", "PART", "AUX", "VERB", "PUNCT",
  ]
  /// Tags a phrase may end with: a noun, a name, a number or a symbol ("Day of" is half a
  /// name).
  private static let goodLastTags: Set<String> = ["NOUN", "PROPN", "NUM", "SYM", "X"]

  /// The longest phrase worth offering: longer spans are seldom the whole answer.
  static let longestParsePhrase = 10

  /// The parse's noun phrases as spans of the extractor's words: for every noun, name or
  /// number that heads a phrase, the phrase with its modifiers and prepositional
  /// post-modifiers; and a coordination of such phrases ("coal, oil and natural gas") as one.
  ///
  /// A phrase that starts or ends with a word of the question is left out: trimming it would
  /// leave a preposition or a modifier in front ("[contract] with the iTunes Store"), and
  /// what follows the repeated word is a phrase of its own.
  func parsePhraseSpans(
    _ parsed: ParsedWords?, words: SentenceWords, repeats: [Bool]
  ) -> [ClosedRange<Int>] {
    guard let parsed else { return [] }
    let sentence = parsed.sentence
    let tokens = sentence.tokens
    var spans: [ClosedRange<Int>] = []
    for head in tokens.indices
    where ["NOUN", "PROPN", "NUM"].contains(tokens[head].coarseTag)
      && !Self.insideOtherPhrase(tokens[head].relation)
    {
      let own = phraseTokens(of: head, in: sentence, keepingConjuncts: false)
      if isWhole(own, in: sentence, isList: false), let span = wordSpan(own, parsed: parsed) {
        spans.append(span)
      }
      guard !sentence.dependents(of: head, "conj").isEmpty else { continue }
      let listed = phraseTokens(of: head, in: sentence, keepingConjuncts: true)
      if isWhole(listed, in: sentence, isList: true), let span = wordSpan(listed, parsed: parsed) {
        spans.append(span)
      }
    }
    return spans.compactMap { span in
      // The determiner goes in trimming; the repeated word or function word behind it counts.
      var first = span.lowerBound
      while first < span.upperBound, Lexicon.determiners.contains(words.words[first].lower) {
        first += 1
      }
      let edges = [first, span.upperBound]
      guard span.count <= Self.longestParsePhrase,
        edges.allSatisfy({ repeats.indices.contains($0) && !repeats[$0] }),
        !edges.contains(where: { Lexicon.isFunctionWord(words.words[$0].lower) })
      else { return nil }
      return span
    }
  }

  /// Whether the tokens read as one phrase: no preposition or verb first, a noun, name or
  /// number last, no bracket left open or closing after it, and no comma, colon or semicolon
  /// between its words unless it separates the members of a list.
  private func isWhole(_ members: [Int], in sentence: AnnotatedSentence, isList: Bool) -> Bool {
    let tokens = sentence.tokens
    let words = members.filter { tokens[$0].coarseTag != "PUNCT" }
    guard let first = words.first, let last = words.last,
      !Self.badFirstTags.contains(tokens[first].coarseTag),
      Self.goodLastTags.contains(tokens[last].coarseTag)
    else { return false }
    // A footnote mark ("wolf.[h]") is no part of a phrase.
    if members.contains(where: { tokens[$0].text.contains("[") || tokens[$0].text.contains("]") }) {
      return false
    }
    // Only the marks inside the phrase: a comma the parser hangs on its head at either edge
    // ("default emission factors, which …") ends the phrase, it does not split it.
    // A bracket closing after the last word is an aside ("Ludwika (1807–55)"): the edge
    // would cut it in half.
    let marks = members.map { tokens[$0].text }.filter { $0.count == 1 }
    if members.contains(where: { $0 > last && [")", "("].contains(tokens[$0].text) }) {
      return false
    }
    let inside = members.filter { $0 > first && $0 < last }.map { tokens[$0].text }
    if inside.contains(where: { [";", ":"].contains($0) }) { return false }
    if !isList, inside.contains(",") { return false }
    return marks.filter { $0 == "(" }.count == marks.filter { $0 == ")" }.count
  }

  /// A word that belongs to its head's phrase rather than heading one ("Bank" of "Bank of
  /// England" heads; "of", "the", "England"'s flat parts do not).
  private static func insideOtherPhrase(_ relation: String) -> Bool {
    ["compound", "flat", "fixed", "goeswith", "det", "case", "nummod", "nmod:poss", "amod"]
      .contains { relation.isRelation($0) }
  }

  /// The tokens of `head`'s phrase: its subtree, less clauses, appositions and (unless
  /// asked) its conjuncts, and less the preposition that introduces it.
  private func phraseTokens(
    of head: Int, in sentence: AnnotatedSentence, keepingConjuncts: Bool
  ) -> [Int] {
    var members = [head]
    var frontier = [head]
    // Bounded by the sentence's length, as every subtree walk is: a tree has no more.
    while let current = frontier.popLast(), members.count <= sentence.tokens.count {
      for child in sentence.dependents[current] {
        let relation = sentence.tokens[child].relation
        // The conjuncts hang off the head; each conjunction off the member it introduces.
        let isListPart =
          (relation.isRelation("conj") && current == head) || relation.isRelation("cc")
        if isListPart, keepingConjuncts {
          members.append(child)
          frontier.append(child)
          continue
        }
        if Self.outsidePhrase.contains(where: { relation.isRelation($0) }) { continue }
        if current == head, relation.isRelation("case"), sentence.tokens[child].fineTag != "POS" {
          continue
        }
        members.append(child)
        frontier.append(child)
      }
    }
    return members.sorted()
  }

  /// The extractor's words the tokens cover, less punctuation at either edge; nil when the
  /// tokens are not one unbroken run (a phrase the parse split around a clause).
  private func wordSpan(_ tokens: [Int], parsed: ParsedWords) -> ClosedRange<Int>? {
    let all = parsed.sentence.tokens
    var first = 0
    var last = tokens.count - 1
    while first <= last, all[tokens[first]].coarseTag == "PUNCT" { first += 1 }
    while last >= first, all[tokens[last]].coarseTag == "PUNCT" { last -= 1 }
    guard first <= last else { return nil }
    let kept = tokens[first...last]
    guard let low = kept.first, let high = kept.last, high - low + 1 == kept.count else {
      return nil
    }
    let words = kept.flatMap { parsed.words(of: $0) }
    guard let lower = words.min(), let upper = words.max() else { return nil }
    return lower...upper
  }
}
