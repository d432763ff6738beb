/// The people the story's article names, read once per turn: who "Ms Okafor" and "Vaughan"
/// are in full, whether a person is "he" or "she", the role the article gives them ("the
/// minister"), and the person a lead sentence introduces by title only ("A senior Tory MP
/// has criticised …", named in the next sentence).
extension FollowUpResolver {
  /// How many of an article's sentences are read for its people: news names its people
  /// early, and a long article should not cost a follow-up more.
  static let storySentencesRead = 40

  /// The people of an article's sentences, in the order the article names them. Only names
  /// the article marks as a person's count: a word of address ("Ms Okafor"), a role before
  /// the name ("chief executive Margaret Okafor", "Transport Minister Alan Tarrant"), or a
  /// reporting verb after it ("Harold Lyle said"). A name with none of these ("Lyle
  /// Bakeries") is left out, so "she" cannot become it.
  public func storyPeople(_ sentences: [String]) -> [StoryPerson] {
    var readings: [(name: String, gender: Gender?, role: String?, isMarked: Bool, sentence: Int)] =
      []
    // "the port operator Harwick Docks", "bakery chain Lyle Bakeries": a name the article
    // once gives a firm's kind is a firm's, whatever "Harwick Docks said" suggests elsewhere
    // (and WordNet files an operator as a person).
    var firms: Set<String> = []
    for (offset, sentence) in sentences.prefix(Self.storySentencesRead).enumerated() {
      let words = SentenceWords(sentence)
      for span in extractor.recognized(words).names {
        if span.lowerBound > 0,
          Lexicon.organizationNouns.contains(words.words[span.lowerBound - 1].lower)
        {
          firms.insert(
            StoryPerson.surname(of: words.text(from: span.lowerBound, through: span.upperBound)))
          continue
        }
        guard let reading = personReading(span, in: words) else { continue }
        readings.append(
          (reading.name, reading.gender, reading.role, reading.isMarked, offset + 1))
      }
    }
    // One person per surname the article marks as a person's ("Mr Bates" late in the
    // article makes the "Ken Bates" of its second sentence one), with the fullest form of
    // the name, the first sentence that names them, and any gender or role a mention shows.
    let pronounGenders = Self.pronounGenders(
      sentences.prefix(Self.storySentencesRead).map(SentenceWords.init),
      people: readings.filter(\.isMarked).map { (StoryPerson.surname(of: $0.name), $0.sentence) })
    var people: [StoryPerson] = []
    for reading in readings where reading.isMarked {
      let surname = StoryPerson.surname(of: reading.name)
      guard !firms.contains(surname), !people.contains(where: { $0.surname == surname }),
        people.count < StoryPerson.capacity
      else { continue }
      let same = readings.filter { StoryPerson.surname(of: $0.name) == surname }
      let fullest = same.max { $0.name.count < $1.name.count }?.name ?? reading.name
      people.append(
        StoryPerson(
          name: fullest, gender: same.lazy.compactMap(\.gender).first ?? pronounGenders[surname],
          role: same.lazy.compactMap(\.role).first,
          sentence: same.map(\.sentence).min() ?? reading.sentence))
    }
    return people
  }

  /// "He" or "she" for the people the article refers to by a pronoun: a sentence naming one
  /// person and using the pronouns of one gender only ("Dilys Arnott said she would …"), or
  /// opening with "He" or "She" right after a sentence naming one person and naming nobody
  /// itself ("… Paul Ferris, called … He said …"). A person shown both ways gets neither.
  /// `people` are the surnames the article marks as a person's, each with its sentence
  /// (numbered from 1): "Van Rijn" in a "She added …" sentence is a firm, not her.
  static func pronounGenders(_ sentences: [SentenceWords], people: [(String, Int)])
    -> [String: Gender]
  {
    var found: [String: Set<Gender>] = [:]
    func named(_ number: Int) -> Set<String> {
      Set(people.filter { $0.1 == number }.map(\.0))
    }
    for (offset, words) in sentences.enumerated() {
      guard let gender = pronounGender(of: words) else { continue }
      let here = named(offset + 1)
      if here.count == 1, let person = here.first {
        found[person, default: []].insert(gender)
      } else if here.isEmpty, offset > 0, let first = words.words.first,
        ["he", "she"].contains(first.lower), first.isCapitalized
      {
        let before = named(offset)
        if before.count == 1, let person = before.first {
          found[person, default: []].insert(first.lower == "she" ? .female : .male)
        }
      }
    }
    return found.compactMapValues { $0.count == 1 ? $0.first : nil }
  }

  /// A name span read as a person's: the name without the words of address and titles
  /// before it, the gender those show, the role, and whether anything marks it as a person.
  private func personReading(_ span: ClosedRange<Int>, in words: SentenceWords)
    -> (name: String, gender: Gender?, role: String?, isMarked: Bool)?
  {
    let list = words.words
    var first = span.lowerBound
    var gender: Gender?
    var roleWords: [String] = []
    var openingRole: String?
    // "Transport Minister Alan Tarrant", "Ms Grace Osei": the name starts after the last
    // honorific or role word of the span.
    for index in span where index < span.upperBound {
      let lower = list[index].lower
      // Only the listed titles: WordNet files many first names as people ("Edward").
      // "Striker Jonah Tedesco" opening the sentence: a role, not his first name; the role
      // an apposition gives ("the club's captain") says more, and is kept first.
      if index == 0, span.count >= 3, lexicon.isOpeningRole(lower, next: list[1].lower) {
        first = 1
        openingRole = lower
        continue
      }
      if Lexicon.honorifics.contains(lower) || Lexicon.personRoles.contains(lower)
        || Lexicon.titles.contains(lower)
      {
        first = index + 1
        if Self.femaleWords.contains(lower) { gender = .female }
        if Self.maleWords.contains(lower) { gender = .male }
        if !Lexicon.honorifics.contains(lower) {
          roleWords = (span.lowerBound...index).map { list[$0].lower }
        }
      }
    }
    let name = words.text(from: first, through: span.upperBound)
    guard first <= span.upperBound, name.first?.isLetter ?? false,
      !Self.isTimeOrFigure(name), Self.kind(of: name) == .person
    else { return nil }
    // "chief executive Margaret Okafor", "union leader Grace Osei": lower-case role words
    // just before the name.
    var before = span.lowerBound
    while roleWords.isEmpty, before > 0, span.lowerBound - before < 3 {
      let word = list[before - 1]
      guard !word.isCapitalized, !Lexicon.isFunctionWord(word.lower) else { break }
      // The word next to the name is the role; those before it may qualify it.
      let roleTaken = before < span.lowerBound
      guard isRoleNoun(word.lower) || (roleTaken && isModifier(word)) else { break }
      before -= 1
    }
    if roleWords.isEmpty, before < span.lowerBound {
      roleWords = (before..<span.lowerBound).map { list[$0].lower }
    }

    if roleWords.isEmpty, let role = appositiveRole(of: span, in: words) { roleWords = [role] }
    if roleWords.isEmpty, let openingRole { roleWords = [openingRole] }
    if gender == nil {
      if roleWords.contains(where: Self.femaleWords.contains) { gender = .female }
      if roleWords.contains(where: Self.maleWords.contains) { gender = .male }
    }
    let next = span.upperBound + 1
    let reports =
      next < list.count && Lexicon.reportingVerbs.contains(list[next].lower)
      || (span.lowerBound > 0 && Lexicon.reportingVerbs.contains(list[span.lowerBound - 1].lower))
    let marked = first > span.lowerBound || !roleWords.isEmpty || reports
    return (name, gender, roleWords.isEmpty ? nil : roleWords.joined(separator: " "), marked)
  }

  /// The role noun a name is set beside by apposition: before it ("The local MP, Gareth
  /// Holloway, called …") or after it ("Joan Whitaker, a retired nurse, said …"). Nil when no
  /// comma joins them or the noun is no person's role.
  private func appositiveRole(of span: ClosedRange<Int>, in words: SentenceWords) -> String? {
    let list = words.words
    let before = span.lowerBound - 1
    if before >= 0, words.punctuation(before: span.lowerBound) == ",",
      !list[before].isCapitalized || list[before].isAcronym,
      isRoleNoun(list[before].lower)
    {
      return list[before].lower
    }
    // ", a retired nurse," / ", the hospital's medical director": the first role noun within
    // a few words after the comma, before further punctuation. The phrase must open as a
    // noun phrase: "on Monday, trapping 12 miners" is a clause, not an apposition.
    let opening = span.upperBound + 1
    guard words.punctuation(after: span.upperBound) == ",", opening < list.count,
      Lexicon.articles.contains(list[opening].lower)
        || Lexicon.possessiveDeterminers.contains(list[opening].lower)
        || isRoleNoun(list[opening].lower)
    else { return nil }
    var index = opening
    while index < list.count, index <= span.upperBound + 5 {
      // "Westfield, whose chief executive …": a relative clause says who works there.
      if Lexicon.relativePronouns.contains(list[index].lower) { break }
      // "the club's top scorer": the possessive's apostrophe ends nothing.
      if index > opening, words.punctuation(before: index) != nil,
        !words.isPossessiveClitic(index)
      {
        break
      }
      if isRoleNoun(list[index].lower), !list[index].isCapitalized || list[index].isAcronym {
        // The role is the last noun of its phrase: "medical director", not "medical".
        var last = index
        while last + 1 < list.count, words.punctuation(after: last) == nil,
          isRoleNoun(list[last + 1].lower)
        {
          last += 1
        }
        return list[last].lower
      }
      index += 1
    }
    return nil
  }

  /// The person of the story who shares this name's surname ("Ms Okafor", "Okafor" →
  /// Margaret Okafor), when the conversation's stories know exactly one.
  func storyPerson(named name: String, memory: ConversationMemory) -> StoryPerson? {
    let surname = StoryPerson.surname(of: name)
    for turn in memory.turns.reversed() {
      let matches = turn.storyPeople.filter { $0.surname == surname }
      if matches.count == 1 { return matches[0] }
    }
    return nil
  }

  /// The person the story names right after a lead that gave only a title: "A senior Tory
  /// MP has criticised Defra …" then "Public accounts committee chairman Edward Leigh …".
  func personIntroducedAfter(_ turn: ConversationMemory.Turn) -> StoryPerson? {
    guard let sentence = turn.evidenceSentence else { return nil }
    return turn.storyPeople.first {
      $0.sentence > sentence && $0.sentence <= sentence + Self.introductionReach
    }
  }

  /// How many sentences after a title a news story names the person it stands for.
  static let introductionReach = 2
}

/// A person the story's article names: the fullest form of the name, with what the article
/// shows of them.
public struct StoryPerson: Sendable, Equatable {
  public var name: String
  public var gender: FollowUpResolver.Gender?
  /// The role words the article puts before the name ("transport minister").
  public var role: String?
  /// The sentence (from 1) that first names them.
  public var sentence: Int

  /// At most this many people are kept per turn, so memory stays bounded.
  static let capacity = 12

  var surname: String { Self.surname(of: name) }

  static func surname(of name: String) -> String {
    name.split(separator: " ").last.map { $0.lowercased() } ?? name.lowercased()
  }
}
