/// Answers a question that asks for several things ("which countries …", "who were the
/// winners?") with every coordinated member of the kind asked in the clause that answers it:
/// "India, China, Brazil, South Africa and Russia". Where the article names the members in
/// several sentences, the members from the best few are joined, each with its sentence.
struct ListAnswerer: Sendable {
  let lexicon: WordNet?

  /// What the question asks for, as the list reader needs it.
  struct Request: Sendable {
    var answerType: AnswerType
    /// The noun naming the members' kind ("country" for "which countries"), as a lemma.
    var kind: String?
    /// The question's content words: a member that is one is the question's, not an answer
    /// ("who else was inducted alongside U2?").
    var questionWords: Set<String>
    /// The question's acts (verb lemmas): a list that is an argument of the same act answers
    /// more surely than one elsewhere in the sentence.
    var acts: [String]
    /// Whether the members asked for do the act ("who called for …") or undergo it ("who was
    /// inducted", "which clubs has he managed"), when the question's parse says.
    var role: Role?
    /// How many members the question asks for ("which two teenage girls"), if it says.
    var count: Int?
  }

  enum Role: Sendable, Equatable {
    case agent, patient
  }

  /// One member of a list, in a sentence.
  struct Member: Sendable, Equatable {
    var text: String
    /// Its tokens in the sentence.
    var tokens: ClosedRange<Int>
    var utf8Range: Range<Int>
  }

  /// The members a sentence gives, and how well they answer.
  struct Reading: Sendable, Equatable {
    var members: [Member]
    /// The share of members of the kind asked, times a bonus when they are an argument of the
    /// question's act.
    var fit: Double
    /// Whether the members are an argument of the question's act.
    var aligned: Bool
    /// UTF-8 span from the first member to the last.
    var span: Range<Int>
  }

  /// Kinds asked for by nouns that name no kind of thing ("which ones").
  static let genericKinds: Set<String> = ["one", "thing", "name", "kind", "type", "example"]

  /// The best list in `sentence`: the coordinations whose members fit the request, those
  /// inside one argument of one clause read as one list (a long list is often parsed as
  /// several, each hanging from a member of the one before: "Wimbledon in London, Belle Vue
  /// in Manchester, Perry Barr and Hall Green in Birmingham, Oxford and Portsmouth"); nil
  /// when no list has two members of the kind asked.
  func reading(of sentence: AnnotatedSentence, for request: Request) -> Reading? {
    var groups: [String: (members: [Member], fitting: Int, total: Int, aligned: Bool)] = [:]
    for coordination in sentence.coordinations where isWritten(coordination, in: sentence) {
      var members: [Member] = []
      for (head, range) in zip(coordination.conjuncts, coordination.ranges) {
        let member = member(head: head, range: range, in: sentence)
        guard !isQuestionWords(member.text, head: head, in: sentence, request),
          fits(head: head, range: member.tokens, in: sentence, request)
        else { continue }
        members.append(member)
      }
      guard !members.isEmpty else { continue }
      let anchor = argumentAnchor(of: coordination.conjuncts[0], in: sentence)
      let aligned = isArgumentOfAct(coordination.conjuncts[0], in: sentence, acts: request.acts)
      var group = groups[anchor] ?? ([], 0, 0, false)
      for member in members where !group.members.contains(where: { $0.tokens == member.tokens }) {
        group.members.append(member)
      }
      group.fitting += members.count
      group.total += coordination.conjuncts.count
      group.aligned = group.aligned || aligned
      groups[anchor] = group
    }
    var best: Reading?
    // In sentence order, so that of two equal readings the earlier wins on every run (a
    // dictionary's order changes from one process to the next).
    let ordered = groups.values.sorted {
      ($0.members.map(\.tokens.lowerBound).min() ?? 0)
        < ($1.members.map(\.tokens.lowerBound).min() ?? 0)
    }
    for group in ordered where group.members.count >= 2 {
      let members = group.members.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
      let share = Double(group.fitting) / Double(max(group.total, 1))
      let fit =
        share * (group.aligned ? AnswerWeights.listAlignedBoost.value : 1)
        * nearness(of: members, to: request.questionWords, in: sentence)
      let span = members.first!.utf8Range.lowerBound..<members.last!.utf8Range.upperBound
      let reading = Reading(members: members, fit: fit, aligned: group.aligned, span: span)
      if fit > (best?.fit ?? 0) || (fit == best?.fit && members.count > best!.members.count) {
        best = reading
      }
    }
    return best
  }

  /// A single member a sentence gives in the role the question asks about, as an argument of
  /// the question's act ("Arsene Wenger also called for video technology"): lists spread
  /// over sentences are gathered from these.
  func single(in sentence: AnnotatedSentence, for request: Request) -> Member? {
    for predicate in sentence.predicates {
      let act = YesNoClaim.act(of: predicate.head, in: sentence)
      guard request.acts.contains(where: { sameAct($0, act) }) else { continue }
      let roles = ClauseRoles(predicate, in: sentence)
      let argument: ClauseArgument?
      switch request.role {
      case .agent?: argument = roles.agent
      case .patient?: argument = roles.patient
      case nil: argument = nil
      }
      guard let head = argument?.head else { continue }
      let range = DependencyTreeView(tokens: sentence.tokens, dependents: sentence.dependents)
        .nounPhrase(headedBy: head).range
      let member = member(head: head, range: range, in: sentence)
      if !isQuestionWords(member.text, head: head, in: sentence, request),
        sentence.tokens[head].coarseTag == "PROPN",
        fits(head: head, range: member.tokens, in: sentence, request)
      {
        return member
      }
    }
    return nil
  }

  /// Lists beside the question's words answer it more likely than lists further away ("the
  /// Mi'kmaq and the Abenaki were engaged in Father Le Loutre's War and held sway in Nova
  /// Scotia, Acadia …"): 1 beside them, falling slowly with the words between.
  private func nearness(
    of members: [Member], to questionWords: Set<String>, in sentence: AnnotatedSentence
  ) -> Double {
    let lower = members.first!.tokens.lowerBound
    let upper = members.last!.tokens.upperBound
    let distances = sentence.tokens.indices.filter { index in
      !(lower...upper).contains(index)
        && (questionWords.contains(sentence.tokens[index].text.lowercased())
          || questionWords.contains(sentence.tokens[index].lemma.lowercased()))
    }.map { $0 < lower ? lower - $0 : $0 - upper }
    let floor = AnswerWeights.listNearnessFloor.value
    guard let nearest = distances.min() else { return floor }
    return max(floor, 1 - AnswerWeights.listNearnessPerWord.value * Double(nearest))
  }

  /// Whether the sentence writes the coordination as one, with a conjunction or commas
  /// between its members: a conj arc alone may be the parser's slip ("Ecuador's President
  /// Daniel Noboa" read as two conjuncts).
  private func isWritten(_ coordination: Coordination, in sentence: AnnotatedSentence) -> Bool {
    if coordination.conjunction != nil { return true }
    return zip(coordination.ranges, coordination.ranges.dropFirst()).allSatisfy { before, after in
      before.upperBound + 1 < after.lowerBound
        && sentence.tokens[(before.upperBound + 1)..<after.lowerBound].contains {
          $0.text == "," || $0.text == ";" || $0.coarseTag == "CCONJ"
        }
    }
  }

  /// The clause argument a token belongs to, as the governing verb and the relation to it
  /// (or the root): lists inside one subject or object share it, and so do two subjects of
  /// one verb that the parser split one list into ("Oasis, Keane" and "Travis and Suede").
  private func argumentAnchor(of token: Int, in sentence: AnnotatedSentence) -> String {
    var current = token
    var steps = 0
    while steps < sentence.tokens.count, let head = sentence.tokens[current].head,
      sentence.tokens[head].coarseTag != "VERB"
    {
      current = head
      steps += 1
    }
    let relation = sentence.tokens[current].relation.split(separator: ":").first ?? ""
    return "\(sentence.tokens[current].head ?? current) \(relation)"
  }

  /// Members joined as a reporter writes them: "A and B", "A, B and C".
  static func joined(_ texts: [String]) -> String {
    guard texts.count > 1 else { return texts.first ?? "" }
    return texts.dropLast().joined(separator: ", ") + " and " + texts.last!
  }

  /// The most tokens a list member has ("the New York Public Library", "Belle Vue in
  /// Manchester"); longer conjuncts are clauses.
  static let longestMember = 8

  private func member(head: Int, range whole: ClosedRange<Int>, in sentence: AnnotatedSentence)
    -> Member
  {
    let tokens = sentence.tokens
    // "under Presidents George W Bush": a preposition before the member introduces it, and
    // so does a verb the parser took for one ("artists including Fat Joe, Nas and …").
    var lower = whole.lowerBound
    while lower < head,
      ["ADP", "CCONJ", "PUNCT", "ADV", "PART", "SCONJ"].contains(tokens[lower].coarseTag)
        || ["case", "mark", "cc"].contains(tokens[lower].relation)
    {
      lower += 1
    }
    let range = lower...whole.upperBound
    return Member(
      text: sentence.text(of: range), tokens: range,
      utf8Range: tokens[range.lowerBound].utf8Range
        .lowerBound..<tokens[range.upperBound].utf8Range.upperBound)
  }

  /// A member the question names: all its words are the question's, or its head is ("the
  /// simpler Stephenson" when the question says "along with Stephenson").
  private func isQuestionWords(
    _ text: String, head: Int, in sentence: AnnotatedSentence, _ request: Request
  ) -> Bool {
    if request.questionWords.contains(sentence.tokens[head].text.lowercased()) { return true }
    let words = WordTokenizer.words(in: text).filter { !StopWords.contains($0) }
    return !words.isEmpty && words.allSatisfy { request.questionWords.contains($0) }
  }

  /// Whether a conjunct is of the kind asked: a name for a person, organisation or place; for
  /// "which films", a film or a name (titles are names); for a question with no kind, any
  /// noun phrase.
  private func fits(
    head: Int, range: ClosedRange<Int>, in sentence: AnnotatedSentence, _ request: Request
  ) -> Bool {
    let token = sentence.tokens[head]
    let words = sentence.tokens[range]
    // A member is a phrase, not a clause: a parse that hangs a clause on a list is misread.
    guard range.count <= Self.longestMember, !words.contains(where: { $0.coarseTag == "VERB" })
    else { return false }
    let isName =
      token.coarseTag == "PROPN"
      || (range.lowerBound > 0 && words.contains { $0.coarseTag == "PROPN" }
        && token.text.first?.isUppercase == true)
    switch request.answerType {
    case .person:
      // A capital at the sentence's start ("Singer and TV presenter …") makes no name.
      let named = range.filter { index in
        sentence.tokens[index].coarseTag == "PROPN" && index > 0
          && sentence.tokens[index].text.contains(where: \.isLowercase)
      }
      return isName && !named.isEmpty && !PlaceGazetteer.isPlace(sentence.text(of: range))
    case .organization, .place:
      return isName
    case .date:
      // "In which years …?": "in 2013 and 2014", "in May and June".
      return words.contains { word in
        let text = word.text.lowercased()
        return Lexicon.months.contains(text)
          || (word.coarseTag == "NUM" && text.count == 4 && text.allSatisfy(\.isNumber))
      }
    case .time, .number, .percent, .money, .quantity, .duration, .yesNo, .quote:
      return false
    default:
      guard let kind = request.kind, !Self.genericKinds.contains(kind) else {
        return ["NOUN", "PROPN"].contains(token.coarseTag)
      }
      let lemma = token.lemma.lowercased()
      // Films, clubs or markets are often named ("emerging markets such as China").
      if isName || lemma == kind { return true }
      guard token.coarseTag == "NOUN", let lexicon else { return false }
      return lexicon.noun(lemma, isA: kind)
    }
  }

  /// Whether the coordination is (inside) an argument of a predicate whose act is the
  /// question's: the path up from its first conjunct reaches that verb through nominal
  /// relations only.
  private func isArgumentOfAct(_ first: Int, in sentence: AnnotatedSentence, acts: [String])
    -> Bool
  {
    var current = first
    var steps = 0
    while steps < 6, let head = sentence.tokens[current].head {
      let relation = sentence.tokens[current].relation
      guard
        ["nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj", "compound", "xcomp"]
          .contains(where: { relation.isRelation($0) })
      else { return false }
      if sentence.tokens[head].coarseTag == "VERB" {
        let act = YesNoClaim.act(of: head, in: sentence)
        if acts.contains(where: { sameAct($0, act) }) { return true }
      }
      current = head
      steps += 1
    }
    return false
  }

  private func sameAct(_ asked: String, _ stated: String) -> Bool {
    if asked == stated { return true }
    guard let lexicon else { return false }
    return lexicon.sameAct(question: asked, sentence: stated)
  }
}
