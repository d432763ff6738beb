/// What earlier turns mention, by kind: the people, organisations, groups, places and times a
/// follow-up's "he", "it", "they", "there" and "then" may point back to. Read from the
/// question as newsdesk spelled it out, the answer, and the sentence the answer came from.
extension FollowUpResolver {
  /// What a referring word may stand for. Names are people, organisations or places; an
  /// answer that names something else is a thing; plural noun phrases are what "they" means
  /// as often as an organisation is.
  enum Referent: String, Sendable { case person, organization, thing, plural, place, time }

  /// One thing a turn mentions, with what kind of thing it is.
  struct Mention: Equatable {
    var text: String
    var referent: Referent
    /// A role the turn gives it ("chairman" for "Wembley's chairman").
    var role: String?
    /// For a person, "he" or "she" when the turn shows which.
    var gender: Gender? = nil
  }

  public enum Gender: Sendable, Equatable { case male, female }

  /// Everything a turn mentions that a referring word may stand for, the likeliest first
  /// within each kind.
  ///
  /// People follow centering: the answer when the question asked for the subject or for a
  /// person it did not name ("who is Ecuador's president?"), else the person the question
  /// named ("who did Rubio meet?" → Rubio), then a role the question described ("Wembley's
  /// chairman"), then the one who spoke, then the people the answer's sentence names.
  /// Answer types whose capitalised answer is no name "he" or "it" may stand for.
  static let untypedAnswers: Set<AnswerType> = [.yesNo, .date, .time, .duration]

  /// Answer types whose answer is a clause (words said, a reason, a manner), never a group.
  static let statementAnswers: Set<AnswerType> = [.quote, .reason, .manner, .description]

  /// An answer short enough and plain enough to be a noun phrase: no quotation marks, a few
  /// words ("Rail unions", "the two teenage girls"), not a sentence.
  static func isNounPhraseAnswer(_ answer: String) -> Bool {
    guard !answer.contains(where: { "\"“”".contains($0) }) else { return false }
    return SentenceWords(answer).words.count <= maximumGroupWords
  }

  /// The longest answer read as a group "they" may stand for: news copy names a group in a
  /// few words ("the world's fastest passenger lifts" is six).
  static let maximumGroupWords = 6

  func mentions(in turn: ConversationMemory.Turn) -> [Mention] {
    let words = SentenceWords(turn.question)
    let names = confirmed(
      extractor.recognized(words).names.filter { $0.lowerBound > 0 }.map { span in
        Mention(
          text: words.text(from: span.lowerBound, through: span.upperBound),
          referent: isPlaceOfAct(span, in: words, people: turn.storyPeople)
            ? .place : Self.kind(ofNameAt: span, in: words))
      }.filter { !Self.isTimeOrFigure($0.text) }, turn: turn)
    let type = turn.analysis.answerType
    var result: [Mention] = []
    if turn.analysis.identityName != nil,
      names.contains(where: { $0.referent == .person })
    {
      // "Who is Cabello?" → "Venezuela's Interior Minister": the answer describes the person
      // the question named, who is the one "he" means next, not another holder of the title.
      result += names.map { mention in
        var mention = mention
        if mention.referent == .person { mention.role = turn.answer }
        return mention
      }
    } else if let answer = turn.answer, let evidence = turn.evidence,
      let named = nameAfterTitle(answer, in: evidence)
        ?? (isTitle(answer)
          ? confirmed(evidenceNames(evidence, answer: answer, people: turn.storyPeople), turn: turn)
            .first(where: { $0.referent == .person })
            ?? personIntroducedAfter(turn).map { Mention(text: $0.name, referent: .person) }
          : nil)
    {
      // "Who criticised Defra?" → "Tory MP": the person is the one the sentence names
      // beside that title ("Tory MP Edward Leigh").
      result.append(Mention(text: named.text, referent: .person, role: answer))
      result += names
    } else if let answer = turn.answer, !Self.untypedAnswers.contains(type),
      Self.looksLikeName(answer), !Self.isTimeOrFigure(answer)
    {
      // A verdict ("Yes", "No") or a weekday ("Thursday") is capitalised like a name but is
      // nothing "it" can mean; the weekday is what "then" means (below).
      var kind = Self.kind(of: answer)
      if kind == .person, ![.person, .description, .other].contains(type) { kind = .thing }
      if kind == .thing, type == .organization { kind = .organization }
      let role = turn.role ?? roleDescriptions(words).first?.role
      // "Who runs the port?" → "Harwick Docks": a name the story never marks as a
      // person's is the firm "it" stands for.
      let answerMention =
        confirmed(
          [Mention(text: answer, referent: kind, role: kind == .person ? role : nil)],
          turn: turn
        ).first ?? Mention(text: answer, referent: kind)
      let questionNamesPeople = names.contains { $0.referent == .person }
      if answerMention.referent != .person || asksForSubject(turn, words)
        || !questionNamesPeople
      {
        result.append(answerMention)
        result += names
      } else {
        result += names
        result.append(answerMention)
      }
    } else {
      result += names
    }
    result += roleDescriptions(words)
    if let speaker = turn.speaker, Self.looksLikeName(speaker) {
      result.append(Mention(text: speaker, referent: .person))
    }
    result += pluralPhrases(words)
    // "Who welcomed the funding?" → "Rail unions": "they" next. Only a noun phrase: what
    // someone said ("… value for shareholders") or a reason ends on a plural noun as often,
    // and is nothing "they" can stand for.
    if let answer = turn.answer, !Self.looksLikeName(answer),
      [.who, .what, .which].contains(turn.analysis.form),
      !Self.statementAnswers.contains(turn.analysis.answerType), turn.speaker == nil,
      Self.isNounPhraseAnswer(answer),
      let last = SentenceWords(answer).words.last,
      isPluralNoun(
        SentenceWords.Word(
          lower: last.lower, surface: last.lower, utf8Range: last.utf8Range,
          isCapitalized: false, isNumber: false))
    {
      result.insert(Mention(text: answer, referent: .plural), at: 0)
    }
    if let answer = turn.answer, [.place].contains(type) {
      result.append(Mention(text: answer, referent: .place))
    }
    if let answer = turn.answer, [.date, .time].contains(type) {
      result.append(Mention(text: answer, referent: .time))
    }
    if let evidence = turn.evidence {
      result += confirmed(
        evidenceNames(evidence, answer: turn.answer, people: turn.storyPeople), turn: turn)
    }
    return result.map { mention in
      var mention = mention
      if mention.referent == .person { mention.gender = gender(of: mention, turn: turn) }
      return mention
    }
  }

  /// "Who was arrested in Leeds?": a name after a preposition of place that follows a verb
  /// or an auxiliary is where the act happened, not a person "he" may mean, when the story
  /// marks no person by that name. A place the gazetteer lacks is typed by this cue; "a
  /// stake in Wembley" (a noun before "in") is left to the other cues.
  func isPlaceOfAct(_ span: ClosedRange<Int>, in words: SentenceWords, people: [StoryPerson])
    -> Bool
  {
    let list = words.words
    let preposition = span.lowerBound - 1
    guard preposition >= 1, Self.placePrepositions.contains(list[preposition].lower),
      !people.contains(where: {
        $0.surname
          == StoryPerson.surname(of: words.text(from: span.lowerBound, through: span.upperBound))
      })
    else { return false }
    let before = list[preposition - 1].lower
    if Lexicon.finiteAuxiliaries.contains(before) { return true }
    return lexicon.partsOfSpeech(before).first == .verb || isInflectedVerb(before)
  }

  /// "On" is left out: after a verb it names a topic ("commented on Smith") as often as a place.
  static let placePrepositions = Lexicon.placePrepositions.subtracting(["on"])

  /// The mentions with a name guessed to be a person's made an organisation's when the
  /// story's article knows its people and this is none of them: "Lyle Bakeries" in "the
  /// bakery chain Lyle Bakeries" is never "she".
  func confirmed(_ mentions: [Mention], turn: ConversationMemory.Turn) -> [Mention] {
    guard !turn.storyPeople.isEmpty else { return mentions }
    return mentions.map { mention in
      guard mention.referent == .person, mention.text.contains(" ") else { return mention }
      let surname = StoryPerson.surname(of: mention.text)
      guard !turn.storyPeople.contains(where: { $0.surname == surname }) else { return mention }
      var mention = mention
      mention.referent = .organization
      return mention
    }
  }

  /// "Mrs Walsh", "the chairwoman", or the answer's sentence naming one person and calling
  /// them "she": which of "he" and "she" may stand for a person.
  func gender(of mention: Mention, turn: ConversationMemory.Turn) -> Gender? {
    // "Ms Osei" anywhere in the story settles it for "union leader Grace Osei".
    let surname = StoryPerson.surname(of: mention.text)
    if let known = turn.storyPeople.first(where: { $0.surname == surname }),
      let gender = known.gender
    {
      return gender
    }
    let words = (mention.text + " " + (mention.role ?? "")).lowercased()
      .split(whereSeparator: { !$0.isLetter }).map(String.init)
    if words.contains(where: { Self.femaleWords.contains($0) }) { return .female }
    if words.contains(where: { Self.maleWords.contains($0) }) { return .male }
    guard let evidence = turn.evidence, evidence.contains(mention.text) else { return nil }
    let sentence = SentenceWords(evidence)
    let people = extractor.recognized(sentence).names.filter {
      Self.kind(ofNameAt: $0, in: sentence, isQuestion: false) == .person
    }
    guard people.count == 1 else { return nil }
    return Self.pronounGender(of: sentence)
  }

  /// The gender of the personal pronouns a sentence uses, when they are all of one.
  static func pronounGender(of sentence: SentenceWords) -> Gender? {
    let lower = Set(sentence.words.map(\.lower))
    let female = !lower.isDisjoint(with: ["she", "her", "hers", "herself"])
    let male = !lower.isDisjoint(with: ["he", "him", "his", "himself"])
    guard female != male else { return nil }
    return female ? .female : .male
  }

  static let femaleWords: Set<String> = [
    "mrs", "ms", "miss", "lady", "dame", "madam", "chairwoman", "spokeswoman", "businesswoman",
    "congresswoman", "queen", "princess", "duchess", "baroness", "actress", "mother", "wife",
  ]
  static let maleWords: Set<String> = [
    "mr", "sir", "lord", "chairman", "spokesman", "businessman", "congressman", "king",
    "prince", "duke", "baron", "actor", "father", "husband",
  ]

  /// Whether the wh-word was the subject of the question's verb ("who replaced Doyle?"),
  /// by the analysis or by the word after it being no auxiliary ("who did …", "who is …").
  func asksForSubject(_ turn: ConversationMemory.Turn, _ words: SentenceWords) -> Bool {
    if turn.analysis.asksForSubject { return true }
    guard let wh = words.words.firstIndex(where: { Lexicon.whWords.contains($0.lower) }),
      wh + 1 < words.words.count
    else { return false }
    let next = words.words[wh + 1].lower
    return !Lexicon.finiteAuxiliaries.contains(next)
      && !(lexicon.wordNet?.lemmas(next, pos: .verb).isEmpty ?? true)
  }

  /// The people and organisations the answer's sentence names, those next to the answer
  /// first: "Tory MP Edward Leigh" makes "Edward Leigh" the one "he" means when the short
  /// answer was "Tory MP".
  func evidenceNames(_ sentence: String, answer: String?, people: [StoryPerson] = [])
    -> [Mention]
  {
    let words = SentenceWords(sentence)
    let spans = extractor.recognized(words).names
    var answerRange: ClosedRange<Int>?
    if let answer {
      let answerWords = SentenceWords(answer).words.map(\.lower)
      if let first = answerWords.first,
        let start = words.words.firstIndex(where: { $0.lower == first })
      {
        answerRange = start...min(start + answerWords.count - 1, words.words.count - 1)
      }
    }
    // Only the names beside the answer and the sentence's first name, its usual subject:
    // a sentence names many people, and a wrong answer's sentence should not bring them all.
    var chosen: [ClosedRange<Int>] = []
    if let answerRange {
      chosen += spans.filter {
        $0.lowerBound > answerRange.upperBound && $0.lowerBound <= answerRange.upperBound + 2
          || $0.upperBound < answerRange.lowerBound && $0.upperBound >= answerRange.lowerBound - 2
      }
    }
    if let first = spans.first, !chosen.contains(first) { chosen.append(first) }
    return chosen.compactMap { span in
      let text = words.text(from: span.lowerBound, through: span.upperBound)
      // "The 73-year-old former chairman": a figure is no one "he" can be.
      guard text.first?.isLetter ?? false, !Self.isTimeOrFigure(text) else { return nil }
      // "Fans' group City Voice …": a plural noun capitalised only because it opens the
      // sentence is a common noun, no one's name.
      if span.lowerBound == 0, span.count == 1,
        isPluralNoun(
          SentenceWords.Word(
            lower: words.words[0].lower, surface: words.words[0].lower,
            utf8Range: words.words[0].utf8Range, isCapitalized: false, isNumber: false))
      {
        return nil
      }
      let kind = Self.kind(ofNameAt: span, in: words, isQuestion: false)
      guard kind == .person || kind == .organization,
        !isPlaceOfAct(span, in: words, people: people)
      else { return nil }
      if let answer, text == answer { return nil }
      return Mention(text: text, referent: kind)
    }
  }

  /// "Labour MP Gareth Blyth" in the sentence, "Labour MP" the answer: the name after it.
  func nameAfterTitle(_ answer: String, in sentence: String) -> Mention? {
    let words = SentenceWords(sentence)
    let answerWords = SentenceWords(answer).words.map(\.lower)
    guard !answerWords.isEmpty else { return nil }
    for span in extractor.recognized(words).names where span.count > answerWords.count + 1 {
      let head = span.prefix(answerWords.count).map { words.words[$0].lower }
      guard head == answerWords else { continue }
      let rest = words.text(from: span.lowerBound + answerWords.count, through: span.upperBound)
      guard Self.kind(of: rest) == .person else { continue }
      return Mention(text: rest, referent: .person)
    }
    return nil
  }

  /// "Wembley's chairman", "the LSE's chief executive", "Courtney Love's lawyer": a person
  /// the question describes by role rather than names.
  func roleDescriptions(_ words: SentenceWords) -> [Mention] {
    let list = words.words
    var result: [Mention] = []
    var index = 0
    while index < list.count {
      defer { index += 1 }
      guard index >= 2, words.isPossessiveClitic(index - 1),
        isRoleNoun(list[index].lower)
      else { continue }
      var end = index
      while end + 1 < list.count, isRoleNoun(list[end + 1].lower) { end += 1 }
      var start = index - 2
      while start > 0, list[start - 1].isCapitalized || list[start - 1].lower == "the" {
        start -= 1
        if list[start].lower == "the" { break }
      }
      guard start > 0 || list[start].isCapitalized else { continue }
      let text = words.text(from: start, through: end)
      result.append(
        Mention(
          text: text, referent: .person,
          role: words.text(from: index, through: end).lowercased()))
      index = end
    }
    return result
  }

  /// Plural noun phrases ("ministers", "the world's fastest lifts"): what "they" may mean.
  func pluralPhrases(_ words: SentenceWords) -> [Mention] {
    let list = words.words
    var result: [Mention] = []
    for (index, word) in list.enumerated() where index > 0 && isPluralNoun(word) {
      var start = index
      while start > 0 {
        let previous = list[start - 1]
        if ["the", "its", "their", "these", "those"].contains(previous.lower) {
          start -= 1
          break
        }
        let clitic = words.isPossessiveClitic(start - 1)
        guard clitic || isModifier(previous), !Lexicon.quantifiers.contains(previous.lower)
        else { break }
        start -= 1
      }
      result.append(Mention(text: words.text(from: start, through: index), referent: .plural))
    }
    return result
  }

  func isPluralNoun(_ word: SentenceWords.Word) -> Bool {
    let lower = word.lower
    if ["people", "police", "men", "women", "children", "staff"].contains(lower) { return true }
    guard !word.isCapitalized, lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"),
      !Lexicon.isFunctionWord(lower), !Self.timeUnits.contains(lower),
      let wordNet = lexicon.wordNet
    else { return false }
    // "bridges" is also a surname WordNet lists as itself: any other base form will do.
    return wordNet.lemmas(lower, pos: .noun).contains { $0 != lower }
  }

  /// A word that may stand inside a noun phrase before its head: an adjective or noun,
  /// not a verb, a wh-word or a function word.
  func isModifier(_ word: SentenceWords.Word) -> Bool {
    let lower = word.lower
    guard !Lexicon.isFunctionWord(lower), !Lexicon.whWords.contains(lower),
      !Lexicon.finiteAuxiliaries.contains(lower)
    else { return false }
    let parts = lexicon.partsOfSpeech(lower)
    return parts.first == .adjective || parts.first == .noun || word.isNumber
      || lower.hasSuffix("est")
  }

  static let timeUnits: Set<String> = [
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times",
  ]

  /// Nouns for a person's role: "chairman", "chief executive", "lawyer", "minister". The
  /// lexicon's roles first, however short ("MP"); then what WordNet files as a person.
  func isRoleNoun(_ word: String) -> Bool {
    if Lexicon.personRoles.contains(word) { return true }
    guard !Lexicon.isFunctionWord(word), word.count > 2 else { return false }
    return lexicon.wordNet?.nounClass(word) == "person"
  }

}
