/// The part an argument plays in what its verb tells, whatever the voice: "Pernod bought
/// Glenmorangie" and "Glenmorangie was bought by Pernod" both have Pernod as the agent.
enum ArgumentRole: Hashable, Sendable {
  /// The active subject, or the "by" phrase of a passive.
  case agent
  /// The active object, or the subject of a passive.
  case patient
  /// The indirect object ("gave him the prize").
  case recipient
  /// An oblique, with its preposition ("met in Quito": in).
  case oblique(String)

  /// The roles of a predicate's arguments, by the argument's head token.
  static func arguments(of predicate: Predicate, in sentence: AnnotatedSentence) -> [(
    role: ArgumentRole, head: Int
  )] {
    var result: [(role: ArgumentRole, head: Int)] = []
    if let subject = predicate.subject ?? predicate.sharedSubject {
      result.append((predicate.isPassive && predicate.subject != nil ? .patient : .agent, subject))
    }
    if let object = predicate.object { result.append((.patient, object)) }
    if let recipient = predicate.indirectObject { result.append((.recipient, recipient)) }
    for oblique in predicate.obliques {
      let preposition = oblique.preposition ?? ""
      if preposition == "by" && predicate.isPassive {
        result.append((.agent, oblique.head))
      } else if !preposition.isEmpty {
        result.append((.oblique(preposition), oblique.head))
      }
    }
    return result
  }
}

/// What the question's parse says is asked: the verb and the role the wh-word stands in
/// ("who did Noboa meet?": the patient of "meet"; "who was bought by X?": the patient of
/// "buy"). Nil when the parse gives no such reading (a copula, "what did X do?", a
/// fragment): the surface rules then decide alone.
struct QuestionFrame: Sendable, Equatable {
  /// The question verb's lemma and its written form.
  let verbLemma: String
  let verbForm: String
  /// The role the wh-word stands for; nil when the question asks no argument ("how much",
  /// "when").
  let askedRole: ArgumentRole?
  /// The agent or patient the question names beside the asked one ("who did Noboa meet?":
  /// Noboa, the agent).
  let namedCoreRole: ArgumentRole?

  /// Verbs that stand for any action: "what did X do?" asks for the action, not an argument.
  /// Linking verbs ("what will the note become?") ask for a complement, not an argument.
  private static let emptyVerbs: Set<String> = [
    "do", "happen", "be", "have", "become", "remain", "seem",
  ]

  init?(_ question: AnnotatedSentence, lexicon: Lexicon) {
    let question = QuestionParseRepair.repaired(question, lexicon: lexicon)
    // "Who might Noboa follow in the steps of?": the wh-word is the object of the stranded
    // preposition, which the parser seldom reads; the verb still aligns, but no role is asked.
    let last = question.tokens.lastIndex { $0.coarseTag != "PUNCT" }
    let stranded = last.map { question.tokens[$0].coarseTag == "ADP" } ?? false
    if !stranded, let (verb, role) = Self.askedArgument(in: question) {
      self.init(question, verb: verb, role: role)
      return
    }
    // "How much did Japan's economy grow?", "when did …": no argument is asked, but the
    // verb still says which clause the question's words must share.
    guard let root = question.root, question.tokens[root].coarseTag == "VERB",
      !Self.emptyVerbs.contains(question.tokens[root].lemma.lowercased())
    else { return nil }
    self.init(question, verb: root, role: nil)
  }

  private init(_ question: AnnotatedSentence, verb: Int, role: ArgumentRole?) {
    verbLemma = question.tokens[verb].lemma.lowercased()
    verbForm = question.tokens[verb].text.lowercased()
    askedRole = role
    let core: [ArgumentRole] = [.agent, .patient]
    namedCoreRole =
      role.flatMap { asked in
        question.predicates.first { $0.head == verb }.flatMap { predicate in
          ArgumentRole.arguments(of: predicate, in: question).map(\.role).first {
            core.contains($0) && core.contains(asked) && $0 != asked
          }
        }
      }
  }

  /// The verb and the role of the argument the wh-word stands for, if the parse gives one.
  private static func askedArgument(in question: AnnotatedSentence) -> (Int, ArgumentRole)? {
    let tokens = question.tokens
    guard
      let wh = tokens.indices.first(where: {
        Lexicon.nominalWhWords.contains(tokens[$0].text.lowercased())
      })
    else { return nil }
    // "Which company bought …": the asked argument is the noun the wh-word determines.
    var argument = wh
    if tokens[wh].relation.isRelation("det"), let head = tokens[wh].head { argument = head }
    // "What large company recorded the album?" read as a wh-word heading a relative clause
    // (the repair puts right only a wh-determined noun): its verb is the one asked about.
    if tokens[argument].head == nil,
      let verb = question.dependents(of: argument, "acl").first(where: {
        tokens[$0].coarseTag == "VERB" && !question.dependents(of: $0, "obj").isEmpty
      }), !emptyVerbs.contains(tokens[verb].lemma.lowercased())
    {
      return (verb, .agent)
    }
    guard let verb = tokens[argument].head, tokens[verb].coarseTag == "VERB",
      !emptyVerbs.contains(tokens[verb].lemma.lowercased()),
      let predicate = question.predicates.first(where: { $0.head == verb }),
      predicate.copula == nil,
      let role = ArgumentRole.arguments(of: predicate, in: question).first(where: {
        $0.head == argument
      })?.role
    else { return nil }
    return (verb, role)
  }
}
