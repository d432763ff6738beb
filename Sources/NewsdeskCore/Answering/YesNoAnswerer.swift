/// Answers a yes/no question from the clauses of the sentences retrieval found: "Yes" when a
/// clause states the question's act with the same arguments (active or passive, the verb or
/// a WordNet synonym), "No" when one contradicts it (a negation, an act that failed, another
/// doer of the same act to the same thing, a share where the question asks about the whole,
/// another place for the same thing), and nothing when no clause decides: the composer then
/// abstains, showing the nearest sentence.
struct YesNoAnswerer: Sendable {
  let lexicon: WordNet?

  enum Verdict: Sendable, Equatable {
    case yes
    case no(Contradiction)
  }

  /// Why a sentence says no.
  enum Contradiction: Sendable, Equatable {
    case negated
    case failed
    case otherAgent
    case otherValue
    case partOnly
  }

  struct Finding: Sendable, Equatable {
    var verdict: Verdict
    /// The tokens of the clause that decides.
    var clause: ClosedRange<Int>
    /// How sure the reading is, 0 to 1, before the sentence's share of the question.
    var strength: Double
  }

  /// The clause of `sentence` that decides `claim`, the strongest when several do.
  func judge(
    _ claim: YesNoClaim, against sentence: AnnotatedSentence,
    references: [ReferenceResolver.Mention] = []
  ) -> Finding? {
    var best: Finding?
    for predicate in sentence.predicates {
      guard let finding = judge(claim, predicate, in: sentence, references: references) else {
        continue
      }
      if finding.strength > (best?.strength ?? 0) { best = finding }
    }
    return best
  }

  private func judge(
    _ claim: YesNoClaim, _ predicate: Predicate, in sentence: AnnotatedSentence,
    references: [ReferenceResolver.Mention]
  ) -> Finding? {
    if claim.isCopula { return judgeCopula(claim, predicate, in: sentence, references: references) }
    let act = YesNoClaim.act(of: predicate.head, in: sentence)
    guard sentence.tokens[predicate.head].coarseTag == "VERB", sameAct(claim.act, act) else {
      return nil
    }
    let roles = ClauseRoles(predicate, in: sentence, references: references)
    // "Is Rubio expected to discuss …?" read as the statement "Rubio expected to discuss
    // …" makes Rubio the doer of an active "expect"; the sentence's passive "Rubio is
    // expected to discuss" has him as its subject. Only for an act that governs another
    // and has no object: "did Pernod buy?" is not answered by "Pernod was bought".
    let passiveSubjectAsked =
      predicate.isPassive && roles.agent == nil && claim.patient == nil
      && !claim.complementActs.isEmpty
    let agent = claim.agent?.match(passiveSubjectAsked ? roles.patient : roles.agent) ?? .same
    var patient = claim.patient?.match(roles.patient) ?? .same
    let partOnly = claim.patient?.wantsWhole == true && roles.patient?.isPartial == true
    if partOnly, patient == .different {
      // "a 50% stake in the club": the thing is named after the share.
      patient =
        predicate.obliques.compactMap { oblique -> ClauseArgument.Match? in
          guard ["in", "of"].contains(oblique.preposition ?? "") else { return nil }
          return claim.patient?.match(
            ClauseArgument(head: oblique.head, in: sentence, references: references))
        }.first { $0 != .different } ?? .different
    }
    guard agent != .different || patient == .same, patient != .different else { return nil }
    let clause = clauseRange(of: predicate, in: sentence)
    // At least one argument the question names must be the sentence's own.
    let anchored =
      (claim.agent != nil && agent == .same) || (claim.patient != nil && patient == .same)
      || (claim.agent == nil && claim.patient == nil) || partOnly
    guard anchored else { return nil }
    let loose = AnswerWeights.verdictLooseArgumentFactor.value
    let strength = (agent == .same ? 1 : loose) * (patient == .same ? 1 : loose)
    if agent == .different {
      // Another doer of the same act to the same thing; an act done "also" or "with"
      // someone else leaves room for the question's.
      guard roles.agent?.names.isEmpty == false, !sharesTheAct(predicate, in: sentence),
        sentence.negation(of: predicate.head) == nil, !sentence.isUnrealised(predicate.head)
      else { return nil }
      return Finding(
        verdict: .no(.otherAgent), clause: clause,
        strength: AnswerWeights.verdictOtherAgentStrength.value * strength)
    }
    switch sentence.negation(of: predicate.head) {
    case .negated?, .noneOf?:
      return Finding(verdict: .no(.negated), clause: clause, strength: strength)
    case .failed?, .lostOut?:
      return Finding(verdict: .no(.failed), clause: clause, strength: strength)
    case nil: break
    }
    // "Rubio could find a new ally" answers "could Rubio find a new ally?", not "did he?".
    if sentence.isUnrealised(predicate.head), !claim.isHedged { return nil }
    if partOnly {
      return Finding(
        verdict: .no(.partOnly), clause: clause,
        strength: AnswerWeights.verdictPartOnlyStrength.value * strength)
    }
    // A yes needs the thing asked about, not a pronoun or description that may be it, and
    // every act the question's verb governs.
    guard claim.patient == nil || patient == .same,
      claim.complementActs.allSatisfy({ complement in
        complementActs(of: predicate, in: sentence).contains { sameAct(complement, $0) }
      })
    else { return nil }
    return Finding(verdict: .yes, clause: clause, strength: strength)
  }

  /// "Will the listing be in London?" over "the listing will be in Hong Kong": the same
  /// subject in another place is a no; in the same place, a yes. Two different descriptions
  /// of a person are not a contradiction (a minister may also be a businessman), so only a
  /// value with a preposition ("in", "at") can contradict.
  private func judgeCopula(
    _ claim: YesNoClaim, _ predicate: Predicate, in sentence: AnnotatedSentence,
    references: [ReferenceResolver.Mention]
  ) -> Finding? {
    guard let copula = predicate.copula, let subject = predicate.subject,
      let claimValue = claim.value, sentence.tokens[copula].lemma == "be"
    else { return nil }
    let subjectMatch = claim.agent?.match(
      ClauseArgument(head: subject, in: sentence, references: references))
    guard subjectMatch == .same else { return nil }
    let value = ClauseArgument(head: predicate.head, in: sentence, coreOnly: true)
    let preposition = DependencyTreeView(tokens: sentence.tokens, dependents: sentence.dependents)
      .preposition(of: predicate.head)
    let clause = clauseRange(of: predicate, in: sentence)
    let negated = sentence.negation(of: predicate.head) != nil
    // "Is a rival bid likely?" over "a rival bid … was unlikely": the opposite quality is a
    // no (said twice over, "not unlikely", it decides nothing).
    if isOpposite(claimValue.headWord, value.headWord) {
      return negated
        ? nil
        : Finding(
          verdict: .no(.otherValue), clause: clause,
          strength: AnswerWeights.verdictOtherValueStrength.value)
    }
    switch claimValue.match(value) {
    case .same:
      return Finding(verdict: negated ? .no(.negated) : .yes, clause: clause, strength: 1)
    case .different where claim.valuePreposition != nil && preposition == claim.valuePreposition:
      return negated
        ? nil
        : Finding(
          verdict: .no(.otherValue), clause: clause,
          strength: AnswerWeights.verdictOtherValueStrength.value)
    default:
      return nil
    }
  }

  /// Whether two words name opposite qualities: WordNet's antonyms, or the same word with
  /// the negating prefix "un" ("likely", "unlikely").
  func isOpposite(_ asked: String, _ stated: String) -> Bool {
    guard asked != stated, !asked.isEmpty, !stated.isEmpty else { return false }
    if stated == "un" + asked || asked == "un" + stated { return true }
    return lexicon?.antonyms(asked).contains(stated) ?? false
  }

  func sameAct(_ asked: String, _ stated: String) -> Bool {
    if asked == stated { return true }
    guard let lexicon else { return false }
    return lexicon.sameAct(question: asked, sentence: stated)
  }

  /// "LVMH also bought …", "bought … with Pernod": others may have done it too.
  private func sharesTheAct(_ predicate: Predicate, in sentence: AnnotatedSentence) -> Bool {
    sentence.dependents[predicate.head].contains { child in
      let word = sentence.tokens[child].text.lowercased()
      return ["also", "too", "jointly", "together"].contains(word)
    } || predicate.obliques.contains { ["with", "alongside"].contains($0.preposition ?? "") }
  }

  private func complementActs(of predicate: Predicate, in sentence: AnnotatedSentence)
    -> [String]
  {
    sentence.dependents[predicate.head].filter { child in
      ["xcomp", "advcl", "ccomp"].contains(sentence.tokens[child].relation)
        && sentence.tokens[child].coarseTag == "VERB"
    }.map { YesNoClaim.act(of: $0, in: sentence) }
  }

  /// The predicate with its subject, auxiliaries, negation and object: what to highlight.
  private func clauseRange(of predicate: Predicate, in sentence: AnnotatedSentence)
    -> ClosedRange<Int>
  {
    var members = [predicate.head] + predicate.auxiliaries
    for argument in [predicate.subject, predicate.object, predicate.copula].compactMap({ $0 }) {
      members += sentence.subtree(of: argument)
    }
    members += sentence.dependents[predicate.head].filter {
      sentence.tokens[$0].relation.isRelation("advmod") && sentence.tokens[$0].coarseTag == "PART"
    }
    return members.min()!...members.max()!
  }
}
