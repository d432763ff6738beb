/// How a sentence says that an act did not happen, or does not say that it did.
public enum PredicateNegation: Sendable, Equatable {
  /// "will not attend", "never bought", "didn't win".
  case negated
  /// "no arrests have been made": the subject or object is "no …", "nothing", "nobody".
  case noneOf(argument: Int)
  /// "failed to get", "refused to sign", "denied taking": a verb whose complement did not
  /// happen; the verb's token.
  case failed(verb: Int)
  /// "tried to buy … but lost out to LVMH": an attempt the sentence says came to nothing;
  /// the token of the verb that says so.
  case lostOut(verb: Int)
}

extension AnnotatedSentence {
  /// Whether, and how, the sentence denies the predicate headed by `head`. Double denials
  /// ("did not fail to") are read as no denial.
  public func negation(of head: Int) -> PredicateNegation? {
    guard tokens.indices.contains(head) else { return nil }
    var found: PredicateNegation?
    if isDirectlyNegated(head) { found = .negated }
    if found == nil, let none = noneArgument(of: head) { found = .noneOf(argument: none) }
    // Walk up open complements: "failed to get", "tried to buy … but lost out".
    var current = head
    var steps = 0
    while steps < 4, let governor = tokens[current].head,
      ["xcomp", "ccomp", "advcl"].contains(tokens[current].relation)
        || (tokens[current].relation == "obj" && tokens[current].coarseTag == "VERB")
    {
      let lemma = tokens[governor].lemma.lowercased()
      if tokens[current].relation != "advcl", Self.failingVerbs.contains(lemma) {
        let denial = PredicateNegation.failed(verb: governor)
        found = found == nil && !isDirectlyNegated(governor) ? denial : nil
        return found
      }
      if tokens[current].relation == "xcomp", Self.attemptVerbs.contains(lemma),
        let loss = lossAfterAttempt(governor)
      {
        return found == nil ? .lostOut(verb: loss) : nil
      }
      // "has not been able to verify", "did not manage to get": the act under a denied
      // ability or attempt did not happen.
      if tokens[current].relation == "xcomp", isDirectlyNegated(governor) {
        return found == nil ? .negated : nil
      }
      current = governor
      steps += 1
    }
    return found
  }

  /// Whether the act is only tried, wanted, planned, or supposed ("tried to buy", "may
  /// buy", "if it buys"): the sentence does not say it happened, whichever way it went.
  public func isUnrealised(_ head: Int) -> Bool {
    guard tokens.indices.contains(head) else { return false }
    if dependents[head].contains(where: {
      tokens[$0].relation == "mark" && Self.conditionalMarks.contains(tokens[$0].lemma.lowercased())
    }) {
      return true
    }
    if dependents(of: head, "aux").contains(where: {
      Self.hedgingAuxiliaries.contains(tokens[$0].lemma.lowercased())
    }) {
      return true
    }
    var current = head
    var steps = 0
    while steps < 4, tokens[current].relation == "xcomp", let governor = tokens[current].head {
      if Self.attemptVerbs.contains(tokens[governor].lemma.lowercased()) { return true }
      current = governor
      steps += 1
    }
    return false
  }

  private func isDirectlyNegated(_ head: Int) -> Bool {
    dependents[head].contains { child in
      let word = tokens[child].text.lowercased()
      return tokens[child].relation == "neg"
        || (tokens[child].relation.isRelation("advmod") && Self.negators.contains(word))
        || (tokens[child].relation == "aux" && word.hasSuffix("n't"))
    }
  }

  /// A subject or object that denies the act by naming none of something.
  private func noneArgument(of head: Int) -> Int? {
    let arguments = dependents[head].filter { child in
      ["nsubj", "obj", "csubj"].contains { tokens[child].relation.isRelation($0) }
    }
    return arguments.first { argument in
      Self.noneWords.contains(tokens[argument].text.lowercased())
        || dependents(of: argument, "det").contains {
          ["no", "neither"].contains(tokens[$0].text.lowercased())
        }
    }
  }

  /// The verb, coordinated with an attempt, that says the attempt failed ("but lost out",
  /// "but failed"), if there is one.
  private func lossAfterAttempt(_ attempt: Int) -> Int? {
    dependents(of: attempt, "conj").first { conjunct in
      Self.losingVerbs.contains(tokens[conjunct].lemma.lowercased())
    }
  }

  static let negators: Set<String> = ["not", "never", "n't", "no", "nt"]
  static let noneWords: Set<String> = ["nothing", "nobody", "none", "noone", "neither"]
  /// Verbs whose complement is an act that did not take place.
  static let failingVerbs: Set<String> = [
    "fail", "refuse", "decline", "deny", "neglect", "reject", "abandon", "forgo", "avoid",
  ]
  /// Verbs whose complement is an act only aimed at.
  static let attemptVerbs: Set<String> = [
    "try", "attempt", "seek", "want", "hope", "plan", "aim", "intend", "bid", "offer",
    "propose", "threaten", "consider", "expect",
  ]
  /// Verbs that say an attempt came to nothing.
  static let losingVerbs: Set<String> = ["lose", "fail", "miss", "collapse", "abandon", "drop"]
  static let conditionalMarks: Set<String> = ["if", "unless", "whether"]
  static let hedgingAuxiliaries: Set<String> = ["may", "might", "could", "would", "should"]
}
