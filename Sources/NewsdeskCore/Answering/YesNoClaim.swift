/// What a yes/no question asks to be confirmed, read off its parse: "did Pernod buy
/// Glenmorangie?" claims that Pernod (the agent) bought (the act) Glenmorangie (the patient);
/// "will the listing be in London?" that the listing (the subject) is in London (the value).
struct YesNoClaim: Sendable {
  /// The act's lemma, a particle joined by "_" ("come_down"); "be" for a copula.
  var act: String
  /// Who or what does the act (the subject of an active verb, the "by" phrase of a passive).
  var agent: ClauseArgument?
  /// What the act is done to (the object of an active verb, the subject of a passive, the
  /// noun after "remain" or "become").
  var patient: ClauseArgument?
  /// For a copula: what the subject is said to be, and the preposition before it ("in").
  var value: ClauseArgument?
  var valuePreposition: String?
  /// Acts the verb governs, which the sentence must state too ("take longer to come down").
  var complementActs: [String]
  /// Whether the question asks about an act that may happen rather than one that did
  /// ("could Rubio find an ally?", "would the bank cut rates?"): a sentence that only says
  /// the act may happen answers it.
  var isHedged = false

  var isCopula: Bool { act == "be" && value != nil }

  /// Auxiliaries a yes/no question opens with; they are dropped to parse the claim as the
  /// statement it asks about ("did Pernod buy X" → "Pernod buy X").
  static let openingAuxiliaries = Lexicon.finiteAuxiliaries

  /// The claim of a yes/no question, or nil when its parse has no predicate to check (a
  /// fragment, a name alone).
  static func read(_ question: String, annotator: SentenceAnnotator) -> YesNoClaim? {
    let words = question.split(separator: " ", omittingEmptySubsequences: true)
    guard let first = words.first, words.count >= 2,
      openingAuxiliaries.contains(first.lowercased())
    else { return nil }
    var rest = words.dropFirst().joined(separator: " ")
    while let last = rest.last, last == "?" || last == "." || last == " " { rest.removeLast() }
    // The parser reads some questions better as asked and others as the statement they ask
    // about; the reading that finds more of the claim is kept. "Is X Y?" loses its copula
    // with the auxiliary, so its statement counts only when it keeps a verb.
    let isBeQuestion = Lexicon.copulas.contains(first.lowercased())
    // Typed in lower case, a question parses worse: it is read capitalised, as written.
    let capitalised = first.prefix(1).uppercased() + first.dropFirst() + " " + rest + "?"
    let askedParse = annotator.annotate(capitalised)
    let asked = claim(in: askedParse, requireVerb: false)
    let stated = claim(in: annotator.annotate(rest + "."), requireVerb: isBeQuestion)
    // "was X bought by Y" as "X was bought by Y": the auxiliary before the first verb.
    var withAuxiliary: YesNoClaim?
    if let verb = askedParse.tokens.indices.dropFirst().first(where: {
      askedParse.tokens[$0].coarseTag == "VERB"
    }), verb >= 2 {
      let words = askedParse.tokens.dropFirst().map(\.text)
      let sentence =
        (words[..<(verb - 1)] + [first.lowercased()] + words[(verb - 1)...].filter { $0 != "?" })
        .joined(separator: " ") + "."
      withAuxiliary = claim(in: annotator.annotate(sentence), requireVerb: true)
    }
    let claims = [asked, withAuxiliary, stated].compactMap { $0 }
    // "Is the mayor expected to open the bridge?": read as a copula ("the mayor is
    // expected") the claim loses the act it asks about; a reading that keeps a governed
    // act is the question's.
    let governing = claims.filter { !$0.isCopula && !$0.complementActs.isEmpty }
    var best = (governing.isEmpty ? claims : governing).max {
      $0.completeness < $1.completeness
    }
    best?.isHedged = AnnotatedSentence.hedgingAuxiliaries.contains(first.lowercased())
    return best
  }

  /// How much of a claim its parse found: the arguments, and a verb governing them.
  var completeness: Int {
    [agent, patient, value].compactMap { $0 }.count * 2 + complementActs.count
      - (agent?.words.isEmpty == false ? 0 : 1)
  }

  /// The claim of the sentence's root predicate.
  static func claim(in sentence: AnnotatedSentence, requireVerb: Bool) -> YesNoClaim? {
    guard let root = sentence.root,
      let predicate = sentence.predicates.first(where: { $0.head == root })
    else { return nil }
    let tokens = sentence.tokens
    if let copula = predicate.copula ?? (tokens[root].lemma == "be" ? root : nil),
      let subject = predicate.subject, copula != root || predicate.object != nil
    {
      guard !requireVerb || copula != root else { return nil }
      let valueHead = copula == root ? predicate.object! : root
      return YesNoClaim(
        act: "be", agent: ClauseArgument(head: subject, in: sentence), patient: nil,
        value: ClauseArgument(head: valueHead, in: sentence, coreOnly: true),
        valuePreposition: DependencyTreeView(tokens: tokens, dependents: sentence.dependents)
          .preposition(of: valueHead),
        complementActs: [])
    }
    guard tokens[root].coarseTag == "VERB" else { return nil }
    let roles = ClauseRoles(predicate, in: sentence)
    return YesNoClaim(
      act: act(of: root, in: sentence), agent: roles.agent, patient: roles.patient, value: nil,
      valuePreposition: nil,
      complementActs: predicate.openComplements.filter { tokens[$0].coarseTag == "VERB" }.map {
        act(of: $0, in: sentence)
      })
  }

  /// Particles that make a phrasal verb ("come down", "buy back", "lose out").
  static let particles: Set<String> = [
    "down", "up", "out", "off", "back", "over", "in", "on", "away", "through",
  ]

  /// A verb's lemma, with its particle when it has one ("come_down").
  static func act(of head: Int, in sentence: AnnotatedSentence) -> String {
    let lemma = sentence.tokens[head].lemma.lowercased()
    let particle = sentence.dependents[head].first { child in
      child == head + 1
        && (sentence.tokens[child].relation == "compound:prt"
          || sentence.tokens[child].relation == "advmod")
        && particles.contains(sentence.tokens[child].text.lowercased())
    }
    return particle.map { lemma + "_" + sentence.tokens[$0].text.lowercased() } ?? lemma
  }
}

/// The agent and patient of a predicate, passive or active: "Glenmorangie was bought by
/// LVMH" and "LVMH bought Glenmorangie" have the same two.
struct ClauseRoles {
  var agent: ClauseArgument?
  var patient: ClauseArgument?

  init(
    _ predicate: Predicate, in sentence: AnnotatedSentence,
    references: [ReferenceResolver.Mention] = []
  ) {
    // Of two subjects a misparse gives ("the TFC 101 Tower's fastest lifts"), the one
    // nearest before the verb is its subject.
    let nearest = sentence.dependents(of: predicate.head, "nsubj").last { $0 < predicate.head }
    let subject = (nearest ?? predicate.subject ?? predicate.sharedSubject).map {
      ClauseArgument(head: $0, in: sentence, references: references)
    }
    let tokens = sentence.tokens
    // "remain chief executive", "become chairman": the noun completes the verb.
    let nounComplement = predicate.openComplements.first {
      ["NOUN", "PROPN"].contains(tokens[$0].coarseTag)
    }
    let objectHead = predicate.object ?? nounComplement
    if predicate.isPassive {
      let byPhrase = predicate.obliques.first {
        $0.preposition == "by" || tokens[$0.head].relation == "obl:agent"
      }
      agent = byPhrase.map { ClauseArgument(head: $0.head, in: sentence, references: references) }
      patient = subject
    } else {
      agent = subject
      patient = objectHead.map { ClauseArgument(head: $0, in: sentence, references: references) }
    }
  }
}
