/// Mends a subject read as the sentence's root: "Velmora's chief executive, Anders Holm,
/// apologised … and said …" with "executive" tagged an adjective and made the root, the name
/// set off by commas an apposition of the verb, and the verb a parataxis of the noun. A noun
/// phrase followed by a comma-bounded name or noun phrase and then a finite verb with no
/// subject of its own is that verb's subject, renamed by the phrase between the commas: the
/// verb becomes the root, and every reader (who spoke, who did what) finds its subject.
struct SubjectAsRootRepair {
  /// Relations by which the misread verb may hang from the noun taken for the root.
  private static let misreadVerbRelations: Set<String> = [
    "parataxis", "conj", "dep", "acl", "appos", "ccomp", "advcl", "acl:relcl",
  ]
  /// A verb form that can carry a clause alone (the tagger reads "apologised" as a past
  /// participle as often as a past tense).
  private static let finiteTags: Set<String> = ["VBD", "VBZ", "VBP", "VBN"]
  private static let subjectRelations = ["nsubj", "csubj", "expl"]

  func repaired(_ tokens: [AnnotatedSentence.Token]) -> [AnnotatedSentence.Token] {
    guard let root = tokens.indices.first(where: { tokens[$0].head == nil }),
      isNominal(tokens[root]), root + 1 < tokens.count, tokens[root + 1].text == ",",
      // "The problem, he said, is …" and a copular sentence keep their root.
      !tokens.contains(where: { $0.head == root && ["cop", "nsubj"].contains($0.relation) }),
      let verb = misreadVerb(after: root, in: tokens),
      let renaming = phraseHead(in: (root + 2)...(verb - 2), of: tokens)
    else { return tokens }
    var mended = tokens
    // The noun's tag follows its fine tag: "executive" is NN, whatever the coarse tag said.
    if mended[root].coarseTag == "ADJ" { mended[root].coarseTag = "NOUN" }
    mended[verb].head = nil
    mended[verb].relation = "root"
    let passive = tokens.contains { $0.head == verb && $0.relation == "aux:pass" }
    mended[root].head = verb
    mended[root].relation = passive ? "nsubj:pass" : "nsubj"
    mended[renaming].head = root
    mended[renaming].relation = "appos"
    for comma in [root + 1, verb - 1] {
      mended[comma].head = renaming
      mended[comma].relation = "punct"
    }
    // What hung from the noun after the verb (the full stop, a clause) belongs to the verb.
    for index in tokens.indices where index > verb && tokens[index].head == root {
      mended[index].head = verb
    }
    return TitledNameRepair.isTree(mended) ? mended : tokens
  }

  /// A noun (or a word the fine tags call one) that may head a subject.
  private func isNominal(_ token: AnnotatedSentence.Token) -> Bool {
    ["NOUN", "PROPN"].contains(token.coarseTag)
      || (token.coarseTag == "ADJ" && token.fineTag.hasPrefix("NN"))
  }

  /// The first verb hanging from `root` to its right after a comma, finite and without a
  /// subject or a subordinating word: the sentence's real predicate.
  private func misreadVerb(after root: Int, in tokens: [AnnotatedSentence.Token]) -> Int? {
    guard
      let verb = tokens.indices.first(where: {
        $0 > root + 2 && tokens[$0].head == root && tokens[$0].coarseTag == "VERB"
      }),
      Self.misreadVerbRelations.contains(tokens[verb].relation),
      Self.finiteTags.contains(tokens[verb].fineTag),
      tokens[verb - 1].text == ","
    else { return nil }
    let hasOwnSubjectOrMarker = tokens.contains { token in
      token.head == verb
        && (Self.subjectRelations.contains { token.relation.isRelation($0) }
          || token.relation == "mark")
    }
    return hasOwnSubjectOrMarker ? nil : verb
  }

  /// The head of the phrase between the commas, when it is one noun phrase (a name or a
  /// noun): the single word of the span whose head lies outside it.
  private func phraseHead(in span: ClosedRange<Int>, of tokens: [AnnotatedSentence.Token])
    -> Int?
  {
    guard !span.isEmpty, span.upperBound < tokens.count,
      !tokens[span].contains(where: { $0.text == "," || $0.coarseTag == "VERB" })
    else { return nil }
    let heads = span.filter { index in
      tokens[index].head.map { !span.contains($0) } ?? true
    }
    guard heads.count == 1, let head = heads.first,
      ["NOUN", "PROPN"].contains(tokens[head].coarseTag)
    else { return nil }
    return head
  }
}
