/// The question's frame (its verb and the arguments it names) held against the answering
/// sentence's parse: evidence that the sentence tells the act of someone else. SQuAD 2.0
/// writes many of its unanswerable questions so, by putting another of the paragraph's names
/// into the role the question names ("what does Epona fight?" over "Link … fights a boss")
/// or by turning the act round ("who did the enemies react to?" over "the enemies react to
/// Link"). Only the sentence's predicates of the question's own verb are read, and a finding
/// holds only when every one of them says otherwise: a synonym or a pronoun in the role
/// leaves the question open. Only names are read: a common noun ("the game", "a stake") is
/// too often the asked thing said otherwise, or a follow-up's ellipsis.
///
/// Measured as a veto (`make quality` against the baseline): 1 unanswerable question more
/// declined ("Sam Mendes wrote what 2015 film?" over "directed by Sam Mendes … written by John
/// Logan"), 1 right answer lost to a misparse ("the nocturne, invented by … John Field" read
/// with Chopin as its agent), with common nouns 4 more lost and two news follow-ups. It fired on
/// too few questions to pay, so it is no veto: it names the reason when newsdesk declines.
public struct FrameContrast: Sendable, Equatable {
  /// The name the question gives in a role of its verb.
  public var asked: String
  /// What the sentence has in that role instead.
  public var stated: String
  /// The sentence's verb, as written, and its lemma.
  public var verb: String
  public var lemma: String
  /// Whether the asked name stands in the verb's other role in the sentence (the act turned
  /// round), rather than being absent from its clause.
  public var isSwapped: Bool
  /// Whether the role is the agent's (the one who acts), else the patient's.
  public var isAgent: Bool

  public init(
    asked: String, stated: String, verb: String, lemma: String, isSwapped: Bool, isAgent: Bool
  ) {
    self.asked = asked
    self.stated = stated
    self.verb = verb
    self.lemma = lemma
    self.isSwapped = isSwapped
    self.isAgent = isAgent
  }
}

extension FrameContrast {
  /// Reads `sentence` against `question` (both parsed). Nil when the question names no
  /// agent or patient of a verb the sentence has, or when any of the sentence's predicates of
  /// that verb may say what the question asks.
  init?(question: AnnotatedSentence, sentence: AnnotatedSentence, lexicon: Lexicon) {
    let question = QuestionParseRepair.repaired(question, lexicon: lexicon)
    for named in Self.namedArguments(in: question) {
      // A participle describing a noun ("the nocturne, invented by John Field") takes the
      // subject the parse shares with it from another clause: its roles are not sure.
      let aligned = sentence.predicates.filter {
        sentence.tokens[$0.head].coarseTag == "VERB"
          && sentence.tokens[$0.head].lemma.lowercased() == named.verb
          && !["acl", "amod"].contains(
            sentence.tokens[$0.head].relation.split(separator: ":").first.map(String.init) ?? "")
      }
      guard !aligned.isEmpty else { continue }
      let findings = aligned.map {
        Self.finding(named, predicate: $0, in: sentence)
      }
      guard let first = findings.first, let found = first,
        findings.allSatisfy({ $0 != nil })
      else { continue }
      self = found
      return
    }
    return nil
  }

  /// An agent or patient the question names: a noun or name that is not the asked one.
  struct NamedArgument {
    var verb: String
    var role: ArgumentRole
    var text: String
    /// The lemmas of its nouns and names: what the sentence's argument must share.
    var words: Set<String>
  }

  static func namedArguments(in question: AnnotatedSentence) -> [NamedArgument] {
    let tokens = question.tokens
    func isAsked(_ head: Int) -> Bool {
      question.subtree(of: head).contains {
        Lexicon.whWords.contains(tokens[$0].text.lowercased())
      }
    }
    var result: [NamedArgument] = []
    for predicate in question.predicates
    where tokens[predicate.head].coarseTag == "VERB"
      && !lightVerbs.contains(tokens[predicate.head].lemma.lowercased())
    {
      for argument in ArgumentRole.arguments(of: predicate, in: question)
      where [.agent, .patient].contains(argument.role) && !isAsked(argument.head)
        && tokens[argument.head].coarseTag == "PROPN"
      {
        // "Where was the album released?" parsed with "was" as a copula of "where": a
        // participle after a form of "be" is passive whatever relation the parse gives it.
        var role = argument.role
        if !predicate.isPassive, argument.head == predicate.subject,
          tokens[predicate.head].fineTag == "VBN",
          tokens[..<predicate.head].contains(where: { $0.lemma.lowercased() == "be" }),
          !tokens[..<predicate.head].contains(where: { $0.lemma.lowercased() == "have" })
        {
          role = .patient
        }
        let members = phrase(of: argument.head, in: question)
        let words = contentWords(members, in: question)
        guard !words.isEmpty else { continue }
        result.append(
          NamedArgument(
            verb: tokens[predicate.head].lemma.lowercased(), role: role,
            text: members.map { tokens[$0].text }.joined(separator: " "), words: words))
      }
    }
    return result
  }

  /// What one predicate of the question's verb says of the named argument's role: nil when
  /// it may say what is asked (the name in the role, a pronoun or nothing there).
  static func finding(_ named: NamedArgument, predicate: Predicate, in sentence: AnnotatedSentence)
    -> FrameContrast?
  {
    let tokens = sentence.tokens
    let arguments = ArgumentRole.arguments(of: predicate, in: sentence)
    let inRole = arguments.filter { $0.role == named.role }
    guard !inRole.isEmpty else { return nil }
    // Anything under the argument may be the name (generous: it only keeps the question
    // open), but only the argument's own phrase and its conjuncts put the name in a role.
    func mayHold(_ head: Int) -> Bool {
      !contentWords(sentence.subtree(of: head), in: sentence).isDisjoint(with: named.words)
    }
    func holds(_ head: Int) -> Bool {
      !contentWords(ownWords(of: head, in: sentence), in: sentence).isDisjoint(with: named.words)
    }
    // A pronoun, a relative word or a common noun ("the game") may stand for the name; a
    // word the tagger reads as a name against its own fine tag ("Writing's on the Wall",
    // a song's title) is no sure name.
    func isName(_ head: Int) -> Bool {
      tokens[head].coarseTag == "PROPN" && tokens[head].fineTag.hasPrefix("NNP")
    }
    guard
      inRole.allSatisfy({ isName($0.head) }),
      !inRole.contains(where: { mayHold($0.head) })
    else { return nil }
    let stated = phrase(of: inRole[0].head, in: sentence).map { tokens[$0].text }.joined(
      separator: " ")
    // The name in another of the act's roles: turned round ("Ashgrove acquired the Trust",
    // asked whom the Trust acquired), or moved to an oblique ("Bond pitted against Spectre",
    // asked what Spectre is pitted against).
    let core: [ArgumentRole] = [.agent, .patient]
    let swapped = arguments.contains {
      $0.role != named.role && core.contains($0.role) && holds($0.head)
    }
    let moved = arguments.contains { !core.contains($0.role) && holds($0.head) }
    // Acts that go both ways ("Rubio met with Noboa") may be read either way round.
    if swapped || moved, Lexicon.reciprocalVerbs.contains(named.verb) { return nil }
    if !swapped, !moved {
      // The name elsewhere in the act's clause ("Link's horse fights …") may be its holder.
      let clause = sentence.subtree(of: predicate.head) + arguments.map(\.head)
      guard contentWords(clause, in: sentence).isDisjoint(with: named.words) else { return nil }
      // A name the sentence never mentions may be the one it gives under another name ("the
      // Chipolopolo" for Zambia). One it mentions doing something else is not.
      guard !contentWords(Array(tokens.indices), in: sentence).isDisjoint(with: named.words)
      else { return nil }
    }
    return FrameContrast(
      asked: named.text, stated: stated, verb: tokens[predicate.head].text,
      lemma: named.verb, isSwapped: swapped, isAgent: named.role == .agent)
  }

  /// A noun phrase's own words: the head with its compounds, name parts and modifiers, not
  /// its relative clauses or appositions.
  static func phrase(of head: Int, in sentence: AnnotatedSentence) -> [Int] {
    var members = [head]
    for child in sentence.dependents[head]
    where ["compound", "flat", "amod", "det", "nummod"].contains(
      sentence.tokens[child].relation.split(separator: ":").first.map(String.init) ?? "")
    {
      members += sentence.subtree(of: child)
    }
    return members.sorted()
  }

  /// A noun phrase with its conjuncts and appositions ("John Logan, Neal Purvis and Robert
  /// Wade"): the names that stand in its role.
  static func ownWords(of head: Int, in sentence: AnnotatedSentence) -> [Int] {
    var members = phrase(of: head, in: sentence)
    for child in sentence.dependents[head]
    where ["conj", "appos"].contains(sentence.tokens[child].relation)
      && ["NOUN", "PROPN"].contains(sentence.tokens[child].coarseTag)
    {
      members += ownWords(of: child, in: sentence)
    }
    return members
  }

  /// The lowercased lemmas and forms of the nouns and names among `members`.
  static func contentWords(_ members: [Int], in sentence: AnnotatedSentence) -> Set<String> {
    var words = Set<String>()
    for index in members where ["NOUN", "PROPN"].contains(sentence.tokens[index].coarseTag) {
      // "Beyonce" asked of "Beyoncé".
      words.insert(AccentFolding.fold(sentence.tokens[index].lemma.lowercased()))
      words.insert(AccentFolding.fold(sentence.tokens[index].text.lowercased()))
    }
    return words
  }

  /// Verbs that say little of what happened: a sentence's other subject of "have" or "be"
  /// is no evidence.
  static let lightVerbs: Set<String> = [
    "be", "have", "do", "get", "make", "take", "give", "use", "become", "happen", "go", "come",
    "say", "include",
  ]
}
