/// Pronouns in a follow-up ("what did he say?", "what happened there?") and definite
/// descriptions ("the company", "the minister") stand for what earlier turns mentioned.
extension FollowUpResolver {
  /// Each pronoun with the kinds of thing it may stand for, likeliest first, and whether it
  /// is possessive. "He" is never an organisation; "it" never a person.
  static let pronouns: [String: (kinds: [Referent], possessive: Bool)] = [
    "he": ([.person], false), "him": ([.person], false), "his": ([.person], true),
    "she": ([.person], false), "her": ([.person], false), "hers": ([.person], true),
    "it": ([.organization, .thing, .place], false), "its": ([.organization, .thing, .place], true),
    "they": ([.plural, .organization], false), "them": ([.plural, .organization], false),
    "their": ([.plural, .organization], true),
    "there": ([.place], false), "then": ([.time], false),
  ]

  func resolvePronouns(_ words: SentenceWords, typed: String, memory: ConversationMemory)
    -> FollowUp
  {
    let list = words.words
    var replacements: [(Range<Int>, String)] = []
    var readings: [FollowUp.Reading] = []
    var unresolvedPerson: String?
    // The people "he", "she" or "him" became: who the question asks about is someone else.
    var people: [String] = []
    for (index, word) in list.enumerated() {
      guard let (kinds, possessive) = Self.pronouns[word.lower] else { continue }
      // "her lawyer", "his manager": the one person the story gives that role.
      if let (end, name) = roleHolder(after: index, in: words, memory: memory),
        possessive || word.lower == "her"
      {
        let range = words.utf8Range(from: index, through: end)
        replacements.append((range, name))
        readings.append(
          FollowUp.Reading(typed: words.text(from: index, through: end), readAs: name))
        continue
      }
      if let quantity = quantityReferent(at: index, in: words, memory: memory) {
        replacements.append((word.utf8Range, quantity))
        readings.append(FollowUp.Reading(typed: word.surface, readAs: quantity))
        continue
      }
      // "there" and "then" point back only at the end of a question ("what happened
      // there?"); elsewhere they are "is there", "and then".
      if kinds == [.place] || kinds == [.time] {
        guard index == list.count - 1, index > 0,
          !Self.auxiliaries.contains(list[index - 1].lower), list[index - 1].lower != "and"
        else { continue }
      }
      // "How many people will lose their jobs?", "what did Rubio say about his trip?": a
      // possessive whose antecedent stands before it in the same question points there.
      if possessive || (word.lower == "her" && isPossessiveHer(index, words)),
        hasLocalAntecedent(kinds, before: index, in: words)
      {
        continue
      }
      // "it" is often no one ("is it true"), so only a clear antecedent replaces it; and a
      // pronoun is never a name its own question spells out ("what stake does it hold in
      // Wembley?" is not about Wembley holding a stake in itself).
      let named = Set(
        extractor.recognized(words).names.map {
          words.text(from: $0.lowerBound, through: $0.upperBound)
        })
      let gender: Gender? =
        ["he", "him", "his"].contains(word.lower)
        ? .male : ["she", "her", "hers"].contains(word.lower) ? .female : nil
      guard let name = referent(kinds, memory: memory, excluding: named, gender: gender) else {
        if kinds == [.person] { unresolvedPerson = unresolvedPerson ?? word.surface }
        continue
      }
      var replacement = name
      if kinds == [.person], !possessive { people.append(name) }
      if kinds == [.place] {
        replacement = "in " + name
      } else if kinds == [.time] {
        replacement = Self.timePreposition(name) + " " + name
      } else if possessive || (word.lower == "her" && isPossessiveHer(index, words)) {
        replacement = Self.possessive(name)
      }
      replacements.append((word.utf8Range, replacement))
      readings.append(FollowUp.Reading(typed: word.surface, readAs: replacement))
    }
    for (range, typedPhrase, replacement) in surnamesInFull(words, memory: memory)
    where !replacements.contains(where: { $0.0.overlaps(range) }) {
      replacements.append((range, replacement))
      readings.append(FollowUp.Reading(typed: typedPhrase, readAs: replacement))
    }
    for (range, typedPhrase, replacement) in definiteDescriptions(words, memory: memory)
    where !replacements.contains(where: { $0.0.overlaps(range) }) {
      replacements.append((range, replacement))
      readings.append(FollowUp.Reading(typed: typedPhrase, readAs: replacement))
    }
    // Answering "what did he say?" with someone else's words is worse than asking; a
    // question with words of its own ("which stadium does he plan to buy back?") is still
    // searched for them.
    if replacements.isEmpty, let pronoun = unresolvedPerson, !hasName(words),
      memory.isEmpty || QuestionAnalyzer(lexicon: lexicon).analyze(typed).terms.count <= 1
    {
      let reason =
        memory.isEmpty
        ? "Nothing was asked before for '\(pronoun)' to refer to"
        : "The conversation so far names no person for '\(pronoun)' to refer to"
      return FollowUp(
        kind: .needsContext, question: typed,
        message: "What are you asking about? \(reason); name who you mean.")
    }
    guard !replacements.isEmpty else { return FollowUp(kind: .standalone, question: typed) }
    replacements.sort { $0.0.lowerBound < $1.0.lowerBound }
    var bytes = Array(typed.utf8)
    for (range, text) in replacements.reversed() {
      bytes.replaceSubrange(range, with: Array(text.utf8))
    }
    // "And how much did they get?" reads as "how much did ministers get?": the filler
    // would otherwise stand before the wh-word of every later rewrite.
    let rewritten = Self.droppingLeadingFillers(String(decoding: bytes, as: UTF8.self))
    return excludingReferents(
      excludingLastAnswer(
        FollowUp(kind: .rewritten, question: rewritten, shape: .reference, readings: readings),
        memory: memory), people: people, memory: memory)
  }

  /// What a referring word of these kinds most likely points to, newest turn first.
  func referent(
    _ kinds: [Referent], memory: ConversationMemory, excluding: Set<String> = [],
    gender: Gender? = nil
  ) -> String? {
    let told = gender == nil ? [:] : gendersTheUserGave(memory)
    for turn in memory.turns.reversed() {
      let all = mentions(in: turn)
      let mentions = all.map { withToldGender($0, among: all, told: told, turn: turn) }.filter {
        mention in
        !excluding.contains(mention.text)
          && (gender == nil || mention.gender == nil || mention.gender == gender)
          && (mention.referent != .place || Self.canBePlace(mention, among: all))
      }
      for kind in kinds {
        if let found = mentions.first(where: { $0.referent == kind }) { return found.text }
      }
    }
    return nil
  }

  /// "Ms Okafor", "Mr Leigh", "Vaughan": a person the story named in full, by surname or
  /// title and surname, read as the full name ("Margaret Okafor"), so the question is about
  /// the person the conversation has, not anyone else of that name.
  func surnamesInFull(_ words: SentenceWords, memory: ConversationMemory)
    -> [(Range<Int>, String, String)]
  {
    var result: [(Range<Int>, String, String)] = []
    for span in extractor.recognized(words).names where span.lowerBound > 0 {
      var first = span.lowerBound
      while first < span.upperBound, Lexicon.honorifics.contains(words.words[first].lower) {
        first += 1
      }
      // Only a surname alone: "Grace Osei" or "Alan Smith" is already a full name.
      guard first == span.upperBound else { continue }
      let surname = words.words[first].surface
      guard let person = storyPerson(named: surname, memory: memory),
        person.name.contains(" "), StoryPerson.surname(of: person.name) == surname.lowercased()
      else { continue }
      result.append(
        (
          words.utf8Range(from: span.lowerBound, through: span.upperBound),
          words.text(from: span.lowerBound, through: span.upperBound), person.name
        ))
    }
    return result
  }

  /// The role words after a possessive at `index` ("her lawyer", "its chief executive") and
  /// the one person the story's article gives that role ("The singer's lawyer Howard
  /// Weitzman"), if exactly one.
  func roleHolder(after index: Int, in words: SentenceWords, memory: ConversationMemory)
    -> (end: Int, name: String)?
  {
    let list = words.words
    // "Who is its chief executive?" asks for the name: the role stays to be answered.
    if list.count > 1, ["who", "whom"].contains(list[0].lower),
      Lexicon.copulas.contains(list[1].lower)
    {
      return nil
    }
    var end = index
    while end + 1 < list.count, isRoleNoun(list[end + 1].lower),
      !list[end + 1].isCapitalized
    {
      end += 1
    }
    guard end > index,
      let people = memory.turns.last(where: { !$0.storyPeople.isEmpty })?.storyPeople
    else { return nil }
    let role = words.text(from: index + 1, through: end).lowercased()
    let holders = people.filter { person in
      person.name.contains(" ") && (person.role.map { Self.sharesRole($0, role) } ?? false)
    }
    guard holders.count == 1 else { return nil }
    return (end, holders[0].name)
  }

  /// Whether the question itself names what a possessive before `index` stands for: a
  /// plural noun for "their", a person's name for "his" or "her", an organisation's for
  /// "its".
  func hasLocalAntecedent(_ kinds: [Referent], before index: Int, in words: SentenceWords)
    -> Bool
  {
    let list = words.words
    if kinds.contains(.plural),
      list.indices.prefix(index).dropFirst().contains(where: { isPluralNoun(list[$0]) })
    {
      return true
    }
    return extractor.recognized(words).names.contains { span in
      span.lowerBound > 0 && span.upperBound < index
        && kinds.contains(Self.kind(ofNameAt: span, in: words))
    }
  }

  /// "the company", "the club", "the minister", "the country": the last organisation,
  /// person with that role, or place. A role no one was given ("the chief executive" after
  /// a question about BP) becomes the organisation's ("BP's chief executive").
  func definiteDescriptions(_ words: SentenceWords, memory: ConversationMemory)
    -> [(Range<Int>, String, String)]
  {
    let list = words.words
    var result: [(Range<Int>, String, String)] = []
    var index = 0
    while index + 1 < list.count {
      defer { index += 1 }
      guard list[index].lower == "the", !list[index + 1].isCapitalized else { continue }
      // "who was the referee?" asks who holds the role: naming the person the conversation
      // met in that role would ask "who was Owen Blake?" and answer "referee".
      let asksWhoHoldsIt =
        index == 2 && list[0].lower == "who" && Lexicon.copulas.contains(list[1].lower)
      var end = index + 1
      while end + 1 < list.count, isRoleNoun(list[end + 1].lower),
        isRoleNoun(list[end].lower)
      {
        end += 1
      }
      // "the president of Ecuador" says whose: it needs no antecedent.
      if end + 1 < list.count, list[end + 1].lower == "of" { continue }
      let noun = list[end].lower
      let phrase = words.text(from: index + 1, through: end).lowercased()
      let range = words.utf8Range(from: index, through: end)
      let typed = words.text(from: index, through: end)
      if end == index + 1, !asksWhoHoldsIt, let agent = agent(noun, memory: memory) {
        result.append((range, typed, agent))
        index = end
        continue
      }
      guard let nounClass = descriptionClass(noun) else { continue }
      switch nounClass {
      case .organization:
        if let name = referent([.organization], memory: memory) {
          result.append((range, typed, name))
        }
      case .place:
        if let name = referent([.place], memory: memory) { result.append((range, typed, name)) }
      default:
        if !asksWhoHoldsIt, let name = person(withRole: phrase, memory: memory) {
          result.append((range, typed, name))
        } else if Lexicon.organizationRoles.contains(noun),
          let organization = referent([.organization], memory: memory)
        {
          result.append((range, typed, Self.possessive(organization) + " " + phrase))
        }
      }
      index = end
    }
    return result
  }

  /// The class of thing "the NOUN" names, when it is one a description can point back to.
  /// Only nouns that in news copy stand for the firm or club just named: "the court" or
  /// "the government" are other bodies.
  func descriptionClass(_ noun: String) -> Referent? {
    if Lexicon.organizationNouns.contains(noun) { return .organization }
    if ["country", "city", "town", "region"].contains(noun) { return .place }
    if isRoleNoun(noun), !["people", "person", "man", "woman"].contains(noun) { return .person }
    return nil
  }

  /// "the winner", "the buyer": the answer to an earlier "who won …?", "who bought …?".
  func agent(_ noun: String, memory: ConversationMemory) -> String? {
    guard noun.hasSuffix("er") || noun.hasSuffix("or"), noun.count > 4 else { return nil }
    for turn in memory.turns.reversed() {
      guard [.who].contains(turn.analysis.form), let answer = turn.answer,
        Self.looksLikeName(answer), !Self.isTimeOrFigure(answer),
        let verb = turn.analysis.verb?.lowercased()
      else { continue }
      let lemma = lexicon.wordNet?.lemmas(verb, pos: .verb).first ?? verb
      if Self.agentNouns(of: lemma).contains(noun) { return answer }
    }
    return nil
  }

  /// "win" → "winner", "buy" → "buyer", "bid" → "bidder", "invest" → "investor".
  static func agentNouns(of verb: String) -> Set<String> {
    var nouns: Set<String> = [verb + "er", verb + "or", verb + "r"]
    if let last = verb.last, !"aeiouwy".contains(last) { nouns.insert(verb + String(last) + "er") }
    if verb.hasSuffix("e") { nouns.insert(verb + "r") }
    return nouns
  }

  /// The most recent person the conversation gave this role.
  func person(withRole role: String, memory: ConversationMemory) -> String? {
    for turn in memory.turns.reversed() {
      for mention in mentions(in: turn) where mention.referent == .person {
        if let given = mention.role?.lowercased(), given.contains(role) || role.contains(given),
          Self.looksLikeName(mention.text)
        {
          return mention.text
        }
      }
      // "Transport Minister Alan Tarrant" in the story: "the minister" is him.
      if let person = turn.storyPeople.first(where: { person in
        person.role.map { Self.sharesRole($0, role) } ?? false
      }) {
        return person.name
      }
    }
    return nil
  }

  /// "transport minister" and "the minister"; "chief executive" and "the chief executive".
  static func sharesRole(_ given: String, _ asked: String) -> Bool {
    let givenWords = given.lowercased().split(separator: " ")
    let askedWords = asked.lowercased().split(separator: " ")
    guard let head = askedWords.last, givenWords.last == head else { return false }
    return askedWords.allSatisfy { givenWords.contains($0) }
  }

  static func possessive(_ name: String) -> String {
    if name.hasSuffix("'s") || name.hasSuffix("’s") { return name }
    return name.hasSuffix("s") ? name + "'" : name + "'s"
  }

  static func droppingLeadingFillers(_ question: String) -> String {
    let words = SentenceWords(question)
    var start = 0
    while start < words.words.count - 1, fillers.contains(words.words[start].lower) {
      start += 1
    }
    guard start > 0 else { return question }
    let offset = words.words[start].utf8Range.lowerBound
    let rest = String(decoding: Array(question.utf8)[offset...], as: UTF8.self)
    return (rest.first.map { $0.uppercased() } ?? "") + rest.dropFirst()
  }

  /// "her government" (possessive) against "did Rubio meet her" (object).
  func isPossessiveHer(_ index: Int, _ words: SentenceWords) -> Bool {
    guard index + 1 < words.words.count else { return false }
    return !Lexicon.isFunctionWord(words.words[index + 1].lower)
  }

  func hasName(_ words: SentenceWords) -> Bool {
    extractor.recognized(words).names.contains { $0.lowerBound > 0 }
  }

  static func timePreposition(_ date: String) -> String {
    let words = WordTokenizer.words(in: date)
    let hasDay = words.contains { word in
      ShortAnswerExtractor.weekdays.contains(word)
        || (Int(word).map { (1...31).contains($0) } ?? false)
    }
    return hasDay ? "on" : "in"
  }

  /// A follow-up that asks for the same kind of thing again, in other words, does not have
  /// the answer just given: "How much did ministers hope to get?" → £900m, then "and how
  /// much did they get?"; "How long was he in prison?" → two years, then "how much were his
  /// damages?". A place or a time may well be the same for both questions, and "who said
  /// that?" may be who was just named. An answer of another kind is left alone: it cannot
  /// be the answer anyway, and the sentence naming it is often where the new answer is.
  func excludingLastAnswer(_ followUp: FollowUp, memory: ConversationMemory) -> FollowUp {
    guard let last = memory.last, !Self.sharedAnswerTypes.contains(last.analysis.answerType),
      Self.stripped(followUp.question).lowercased() != Self.stripped(last.question).lowercased()
    else { return followUp }
    let asked = QuestionAnalyzer(lexicon: lexicon).analyze(followUp.question).answerType
    let lastType = last.analysis.answerType
    guard
      asked == lastType
        || (Self.figureTypes.contains(asked) && Self.figureTypes.contains(lastType))
    else { return followUp }
    var followUp = followUp
    followUp.excluding += last.given
    return followUp
  }

  static let figureTypes: Set<AnswerType> = [.number, .money, .percent, .quantity, .duration]
}
