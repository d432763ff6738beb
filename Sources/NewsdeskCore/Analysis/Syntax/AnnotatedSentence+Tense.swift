/// Which way in time the clause a phrase belongs to points: "was arrested on Sunday" is a
/// Sunday before the article's date, "will take effect on 1 January" a 1 January after it.
public enum ClauseTense: Sendable, Equatable {
  /// Past tense or a perfect ("was arrested", "has been charged", "had left").
  case past
  /// "will", "is to", "plans to", "is due to", a present progressive or a present tense
  /// with a day ("is meeting on Thursday", "takes effect on 1 January"): news uses the
  /// present with a named day for what is scheduled.
  case future
  /// No verb, or one that says neither ("would", "could", an infinitive alone).
  case unmarked
}

extension AnnotatedSentence {
  /// The tense of the clause the words at `utf8Range` (a date) belong to: the nearest verb
  /// above them in the tree, read with its auxiliaries; an infinitive takes the verb it
  /// completes ("plans to vote on Friday": plans, which looks ahead).
  public func tense(of utf8Range: Range<Int>) -> ClauseTense {
    let inside = tokens.indices.filter {
      tokens[$0].utf8Range.overlaps(utf8Range)
    }
    // The phrase's own head: the one token whose head lies outside it.
    guard
      var current = inside.first(where: { index in
        tokens[index].head.map { !inside.contains($0) } ?? true
      })
    else { return .unmarked }
    // The date itself may head the clause ("the vote is on Thursday").
    for _ in 0...Self.tenseReach {
      if case .decided(let tense) = clauseTense(at: current) { return tense }
      guard let head = tokens[current].head else { break }
      current = head
    }
    return .unmarked
  }

  /// How far up the tree a date looks for its verb: a clause or two, not the whole sentence.
  static let tenseReach = 4

  enum TenseReading {
    case decided(ClauseTense)
    /// An infinitive or participle: the verb it completes says when.
    case ofGovernor
  }

  /// The tense `index` gives its clause, or nil when it is no verb (a noun the date
  /// modifies: "the attack on Sunday" takes the tense of the verb above it).
  func clauseTense(at index: Int) -> TenseReading? {
    let token = tokens[index]
    // Auxiliaries, the copula and an infinitive's "to" (a "mark" in the tree).
    let helpers = dependents[index].filter {
      ["aux", "cop"].contains(where: tokens[$0].relation.isRelation)
        || (tokens[$0].relation == "mark" && tokens[$0].text.lowercased() == "to")
    }
    let words = helpers.map { tokens[$0].text.lowercased() }
    let isVerb = token.fineTag.hasPrefix("VB") || token.coarseTag == "VERB"
    guard isVerb || helpers.contains(where: { tokens[$0].relation.isRelation("cop") }) else {
      return nil
    }
    if words.contains(where: Self.futureModals.contains) { return .decided(.future) }
    if words.contains(where: Self.openModals.contains) { return .decided(.unmarked) }
    if words.contains(where: Self.perfectAuxiliaries.contains) { return .decided(.past) }
    let hasTo = words.contains("to")
    if hasTo {
      // "is to announce on Tuesday" looks ahead; "was to" says neither.
      if words.contains(where: Self.presentBe.contains) { return .decided(.future) }
      if words.contains(where: Self.pastBe.contains) { return .decided(.unmarked) }
      if let governor = token.head, Self.looksAhead(tokens[governor]) {
        return .decided(.future)
      }
      return .ofGovernor
    }
    if words.contains(where: Self.pastBe.contains) { return .decided(.past) }
    if words.contains(where: Self.presentBe.contains) { return .decided(.future) }
    switch token.fineTag {
    case "VBD": return .decided(.past)
    case "VBN": return helpers.isEmpty ? .decided(.past) : .ofGovernor
    case "VBZ", "VBP": return .decided(.future)
    default: return .ofGovernor
    }
  }

  /// Verbs and adjectives whose infinitive is still to come: "plans to", "is due to",
  /// "expected to", whatever their own tense ("was due to appear on Monday").
  static func looksAhead(_ token: Token) -> Bool {
    let word = token.text.lowercased()
    return Self.aheadWords.contains(token.lemma.lowercased()) || Self.aheadWords.contains(word)
      || (word.hasSuffix("s") && Self.aheadWords.contains(String(word.dropLast())))
  }

  static let aheadWords: Set<String> = [
    "plan", "planned", "planning", "expect", "expected", "due", "set", "schedule", "scheduled",
    "intend", "aim", "hope", "prepare", "promise", "pledge", "vow", "threaten", "going",
    "poised", "likely", "bound",
  ]
  static let futureModals: Set<String> = ["will", "shall", "'ll", "wo", "may", "might", "must"]
  static let openModals: Set<String> = ["would", "could", "can", "should", "ca", "'d"]
  static let perfectAuxiliaries: Set<String> = ["has", "have", "had", "'ve", "'s've"]
  static let presentBe: Set<String> = ["is", "are", "am", "'s", "'re", "'m"]
  static let pastBe: Set<String> = ["was", "were"]
}
