/// Reads a question's form and expected answer type from its words.
///
/// Surface rules only: the wh-word (possibly after a preposition, "in which city"), then the
/// head noun after "what"/"which" refines the type through small word lists.
public struct QuestionAnalyzer: Sendable {
  /// Longer questions are cut: nobody asks in more words, and the cost grows with length.
  public var maximumWords = 1000

  /// WordNet and the closed word classes the question is read with.
  public let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Words a question may open with before its wh-word: a preposition ("in which city") or
  /// a conjunction that links it to the one before ("and when", "so what").
  static let wordsBeforeWh = Lexicon.prepositions.union(["and", "so", "then", "but"])
  static let placeNouns: Set<String> = [
    "city", "country", "nation", "place", "region", "state", "capital", "town", "province",
    "continent", "port", "island", "location", "area", "village", "county", "territory", "sea",
    "river", "ocean", "district", "neighborhood", "neighbourhood",
  ]
  static let dateNouns: Set<String> = ["year", "day", "date", "month", "decade", "century", "week"]
  /// Nouns that ask for a measurement: "what angle", "at what speed".
  static let measureNouns: Set<String> = [
    "angle", "degree", "degrees", "temperature", "speed", "distance", "length", "height", "width",
    "depth", "weight", "mass", "size", "area", "volume", "pressure", "gauge", "altitude",
    "elevation", "population", "capacity", "rate", "velocity", "frequency", "voltage", "power",
    "age", "diameter", "radius",
  ]
  /// Nouns that ask for an amount of money: "what is the price of oil?", "what was the
  /// value of the deal?".
  static let amountNouns: Set<String> = [
    "price", "cost", "value", "worth", "fee", "salary", "wage", "revenue", "turnover", "profit",
    "budget", "debt", "deficit", "surplus", "valuation",
  ]
  static let roleNouns: Set<String> = [
    "role", "title", "position", "job", "post", "office", "rank", "profession", "occupation",
    "career",
  ]
  static let moneyVerbs: Set<String> = [
    "cost", "costs", "pay", "paid", "spend", "spent", "worth", "money", "dollars", "price",
    "earn", "earned", "debt", "owe", "owed", "budget", "raise", "raised", "fund", "funding",
    "buy", "buys", "bought", "sell", "sells", "sold", "purchase", "purchased", "acquire",
    "acquired", "profit", "profits", "revenue", "revenues", "invest", "invested", "bid",
  ]

  public func analyze(_ question: String) -> QuestionAnalysis {
    var notice: String?
    var text = question
    if let cut = QuestionLimits.cut(text) {
      text = cut
      notice = "Your question was cut to its first \(QuestionLimits.maximumCharacters) characters."
    }
    text = text.trimmingWhitespace()
    let allWords = WordTokenizer.tokens(in: text)
    if allWords.count > maximumWords {
      let cut = allWords[maximumWords - 1].utf8Range.upperBound
      text = String(decoding: text.utf8.prefix(cut), as: UTF8.self)
      notice = "Your question was cut to its first \(maximumWords) words."
    }
    let words = WordTokenizer.words(in: text)
    var (form, type, head) = classify(words)
    if form == .statement, words.first.map({ Lexicon.finiteAuxiliaries.contains($0) }) == true {
      form = .yesNo
      type = .yesNo
    }
    var analyzer = TermAnalyzer(lexicon: lexicon)
    let focus = words.filter {
      !StopWords.contains($0) && !Lexicon.indefinitePlaceholders.contains($0)
    }
    let placeholderTerms = Set(Lexicon.indefinitePlaceholders.compactMap { analyzer.term(for: $0) })
    var analysis = QuestionAnalysis(
      text: text, form: form, answerType: type, headNoun: head, focusWords: focus,
      terms: analyzer.terms(in: text).filter {
        !placeholderTerms.contains($0)
          && (!Self.isEventQuestion(words) || !Self.eventVerbTerms.contains($0))
      },
      notice: notice)
    (analysis.verb, analysis.asksForSubject) = verbAndRole(words, head: head)
    analysis.time = TimeConstraint(questionWords: words)
    analysis.asksForList = asksForList(words, form: form, head: head)
    if let verb = reportingVerb(words, form: form) {
      analysis.answerType = .quote
      analysis.verb = verb
    }
    analysis.aliases = aliases(of: focus, terms: Set(analysis.terms), analyzer: &analyzer)
    analysis.expansions = expansions(
      of: focus, terms: Set(analysis.terms), aliases: analysis.aliases, analyzer: &analyzer)
    analysis.paraphrases = paraphrases(
      of: focus, known: Set(analysis.terms).union(analysis.expansions.keys), analyzer: &analyzer)
    let timeWords = analysis.time?.words ?? []
    analysis.nameTerms = WordTokenizer.tokens(in: text).dropFirst().compactMap { token in
      // "on September 3" names a day, not someone the articles must mention.
      guard !timeWords.contains(token.lowercased) else { return nil }
      let first = text.utf8[
        text.utf8.index(text.utf8.startIndex, offsetBy: token.utf8Range.lowerBound)]
      guard first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") else { return nil }
      return analyzer.term(for: token.lowercased)
    }
    analysis.relatives = relatives(
      of: focus, terms: Set(analysis.terms), names: Set(analysis.nameTerms),
      analyzer: &analyzer)
    analysis.askedName = AskedName(question: text, answerType: analysis.answerType)
    return analysis
  }

  /// The terms of other names for the places the question names, each mapped to the
  /// question's term: "United States" also finds "US", and the other way round.
  func aliases(of focus: [String], terms: Set<String>, analyzer: inout TermAnalyzer)
    -> [String: String]
  {
    var result: [String: String] = [:]
    let lowered = " " + focus.joined(separator: " ") + " "
    for group in PlaceGazetteer.aliases {
      guard let asked = group.first(where: { lowered.contains(" \($0) ") }),
        let original = analyzer.terms(in: asked).last
      else { continue }
      for alias in group where alias != asked {
        for term in analyzer.terms(in: alias) where !terms.contains(term) && result[term] == nil {
          result[term] = original
        }
      }
    }
    return result
  }

  /// The question's place aliases, then derivations and first-sense synonyms of its content
  /// words, as index terms: "departs" also finds "departure", "killed" also finds "slain".
  func expansions(
    of focus: [String], terms: Set<String>, aliases: [String: String],
    analyzer: inout TermAnalyzer
  ) -> [String: String] {
    var result = aliases
    guard let wordNet = lexicon.wordNet else { return result }
    for word in focus.prefix(20) {
      guard let original = analyzer.term(for: word) else { continue }
      var related = wordNet.derivations(word)
      // Verb synonyms travel well ("killed" / "slain"); noun synonyms drift ("middle" / "eye").
      // Light verbs ("say", "make") have synonyms too broad to help ("state").
      if !Lexicon.commonVerbs.contains(word) {
        related.formUnion(wordNet.synonyms(word, pos: .verb, senses: 1))
      }
      for lemma in related.sorted().prefix(12) where !lemma.contains("_") && !lemma.contains("-") {
        guard let term = analyzer.term(for: lemma), term != original, !terms.contains(term),
          result[term] == nil
        else { continue }
        result[term] = original
      }
    }
    return result
  }

  /// Finds the main verb after the wh-phrase and whether the wh-phrase is its subject.
  /// "who selected X" → (selected, subject); "who did K make" → (make, object);
  /// "who was drawn to X" → (drawn, subject of a passive).
  func verbAndRole(_ words: [String], head: String?) -> (String?, Bool) {
    guard let whPosition = words.firstIndex(where: { Lexicon.nominalWhWords.contains($0) }) else {
      return (nil, false)
    }
    var position = whPosition + 1
    if let head, position < words.count, words[position] == head { position += 1 }
    // Skip the rest of a noun phrase after the head ("what armed group stopped").
    while position < words.count, !Lexicon.finiteAuxiliaries.contains(words[position]),
      !looksLikeVerb(words[position]), position - whPosition <= 3, head != nil
    {
      position += 1
    }
    guard position < words.count else { return (nil, false) }
    let next = words[position]
    if ["did", "does", "do"].contains(next) {
      // Object question: the verb follows the subject ("who did Kublai make …").
      return (verbAfterSubject(words, from: position + 1), false)
    }
    if Lexicon.finiteAuxiliaries.contains(next) {
      // "was drawn": a passive whose subject is asked for; "is X" is copular.
      if position + 1 < words.count, looksLikeVerb(words[position + 1]) {
        return (words[position + 1], true)
      }
      // "what is Tren de Aragua (not) known for?": a participle after the subject, whose
      // object the question asks for.
      if words.last.map({ Lexicon.prepositions.contains($0) }) == true,
        let participle = words.dropFirst(position + 2).dropLast().first(where: {
          $0.hasSuffix("ed") || $0.hasSuffix("en") || $0.hasSuffix("wn")
        }), looksLikeVerb(participle) || lexicon.partsOfSpeech(participle).contains(.verb)
      {
        return (participle, false)
      }
      return (nil, false)
    }
    return (next, true)
  }

  /// "What did Rubio say (about …)?", "what has he warned?": a question for what someone
  /// said; the reporting verb as written.
  func reportingVerb(_ words: [String], form: QuestionForm) -> String? {
    guard form == .what, words.count >= 4, words[0] == "what",
      ["did", "does", "do", "has", "have", "had", "will", "would"].contains(words[1])
    else { return nil }
    guard
      let index = words.indices.dropFirst(3).first(where: {
        Self.reportingLemmas.contains(words[$0])
      })
    else { return nil }
    // "What did Houghton say is necessary?", "what does legend say he used?": the question
    // asks about a thing inside what was said, not for the statement.
    // The topic after "about" is only named ("say about the United States").
    let rest = words[(index + 1)...].prefix { $0 != "about" }
    if rest.contains(where: { Lexicon.finiteAuxiliaries.contains($0) || $0.hasSuffix("ed") }) {
      return nil
    }
    if asksForObjectOfInfinitive(Array(rest)) { return nil }
    return words[index]
  }

  /// "What did the committee urge the government to set up?": the wh-word is the object of
  /// the verb after "to" (a task force), not what was said. "What did she say to reporters?"
  /// has a preposition, and "what did he promise to do?" asks for the act, which is what he
  /// said.
  func asksForObjectOfInfinitive(_ rest: [String]) -> Bool {
    guard let to = rest.firstIndex(of: "to"), to + 1 < rest.count else { return false }
    let verb = rest[to + 1]
    guard verb != "do", !Lexicon.isFunctionWord(verb), let wordNet = lexicon.wordNet else {
      return false
    }
    return wordNet.lemmas(verb, pos: .verb).contains(verb)
  }

  /// "What happened in 2009?": the event is what is asked for, and the sentence that tells
  /// it rarely says "happened", so the verb is not searched for.
  static let eventVerbTerms: Set<String> = ["happen", "occur", "take", "place"]

  static func isEventQuestion(_ words: [String]) -> Bool {
    guard let first = words.first, questionWords.contains(first) else { return false }
    return words.contains {
      ["happen", "happened", "happens", "occur", "occurred", "occurs"].contains($0)
    }
      || zip(words, words.dropFirst()).contains {
        ["take", "took", "takes", "taken"].contains($0.0) && $0.1 == "place"
      }
  }

  /// Verbs that report speech, in the forms a question uses after "did" or "has".
  static let reportingLemmas: Set<String> = SpeechVerbs.questionForms

  /// The verb after "did"/"does" and its subject: a word of verb form, or one WordNet knows
  /// as a verb in its bare form ("what did colonial authorities reduce", "what did Watt
  /// add"). The subject's first content word is skipped: "the crew" is not the verb "crew".
  func verbAfterSubject(_ words: [String], from start: Int) -> String? {
    var skippedSubject = false
    for word in words[start...] {
      if Lexicon.determiners.contains(word) { continue }
      if looksLikeVerb(word) { return word }
      guard skippedSubject else {
        skippedSubject = true
        continue
      }
      if Lexicon.isFunctionWord(word) { continue }
      if let wordNet = lexicon.wordNet, wordNet.lemmas(word, pos: .verb).contains(word) {
        return word
      }
    }
    return nil
  }

  func looksLikeVerb(_ word: String) -> Bool {
    if word.hasSuffix("ed") || Lexicon.commonVerbs.contains(word) { return true }
    // "taken", "given", "known": a participle in -en, when the lexicon knows the verb;
    // "Tren" (de Aragua) or "women" are no verbs.
    guard word.hasSuffix("en") else { return false }
    let parts = lexicon.partsOfSpeech(word)
    return parts.isEmpty ? word.count > 5 : parts.contains(.verb)
  }

  /// "arrested", "taken", "sold": a verb's past participle (WordNet gives it a lemma other
  /// than itself) that is no adjective first ("married", "tired" describe), so "who was
  /// arrested?" asks who the act was done to. A name in "-ed" ("Reed", "Alfred") is no verb.
  func isPassiveParticiple(_ word: String) -> Bool {
    guard word.count > 3, word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("t"),
      lexicon.partsOfSpeech(word).first == .verb,
      let lemmas = lexicon.wordNet?.lemmas(word, pos: .verb)
    else { return false }
    return lemmas.contains { $0 != word }
  }

  /// The wh-words and the imperatives that ask as they do ("name the …", "list the …").
  static let questionWords = Lexicon.whWords.union(["name", "list", "identify"])
  /// The wh-words read as asking from inside a statement ("… moves over which mantle?"); an
  /// inner "why" introduces a clause ("explained why …") more often than it asks.
  static let innerWhWords = Lexicon.whWords.subtracting(["why"])

  /// The form, expected type and head noun of a question's words.
  func classify(_ words: [String]) -> (QuestionForm, AnswerType, String?) {
    // Skip leading prepositions and conjunctions: "in which city", "and when".
    var position = 0
    while position < words.count - 1, Self.wordsBeforeWh.contains(words[position]) { position += 1 }
    guard position < words.count else { return (.statement, .other, nil) }
    // "The lithosphere moves over which mantle?": a wh-word inside the sentence asks too.
    if !Self.questionWords.contains(words[position]),
      !Lexicon.finiteAuxiliaries.contains(words[position]),
      let inner = words.indices.dropFirst(position + 1).first(where: {
        Self.innerWhWords.contains(words[$0])
      })
    {
      position = inner
    }
    // "When the rocks are re-melted, what is formed?": a "when" not followed by an auxiliary
    // opens a clause, and the question is the wh-word after it.
    if words[position] == "when", position + 1 < words.count,
      !Lexicon.finiteAuxiliaries.contains(words[position + 1]),
      let inner = words.indices.dropFirst(position + 2).first(where: {
        Lexicon.whWords.subtracting(["when", "why", "whose"]).contains(words[$0])
      })
    {
      position = inner
    }
    let word = words[position]
    let next = position + 1 < words.count ? words[position + 1] : nil
    let afterNext = position + 2 < words.count ? words[position + 2] : nil
    switch word {
    case "who":
      // "who is Noboa?" asks what he is; "who is Ecuador's president?" asks for a person,
      // and so does "who is buying the brewery?", an act in progress.
      // "Who was arrested in Leeds?" is a passive: someone the act was done to, not what
      // someone is.
      let actInProgress = afterNext.map {
        ($0.hasSuffix("ing") && lexicon.partsOfSpeech($0).contains(.verb))
          || isPassiveParticiple($0)
      }
      if let next, Lexicon.copulas.contains(next), words.count <= position + 5,
        actInProgress != true,
        !words.contains(where: { ["said", "says", "told"].contains($0) }),
        !words[(position + 2)...].contains(where: {
          Lexicon.personNouns.contains($0) || Self.roleNouns.contains($0)
            || ["the", "a", "an", "s"].contains($0)
        })
      {
        return (.who, .description, nil)
      }
      return (.who, .person, nil)
    case "whom": return (.whom, .person, nil)
    case "whose": return (.whose, .person, nil)
    case "when": return (.when, .date, nil)
    case "where": return (.where, .place, nil)
    case "why": return (.why, .reason, nil)
    case "how":
      switch next {
      case "many": return (.howMany, .number, afterNext)
      case "much":
        // "For how much …?" asks for a price, as does "how much did X pay / buy …".
        let isMoney =
          words.contains { Self.moneyVerbs.contains($0) }
          || (position > 0 && words[position - 1] == "for")
        // "How much percentage of the land …?" asks for a percentage.
        if ["percentage", "percent"].contains(afterNext ?? "") { return (.howMuch, .percent, nil) }
        // "How much did …": an auxiliary is no head noun.
        let head = afterNext.flatMap {
          Lexicon.finiteAuxiliaries.contains($0) || ["do", "does", "did"].contains($0) ? nil : $0
        }
        return (.howMuch, isMoney ? .money : .quantity, head)
      case "long": return (.howLong, .duration, nil)
      case "old", "far", "big", "large", "tall", "high", "often", "fast", "deep", "wide", "heavy",
        "hot", "cold", "small", "thick", "low":
        return (.how, .quantity, nil)
      default: return (.how, .manner, nil)
      }
    case "what", "which":
      let form: QuestionForm = word == "what" ? .what : .which
      guard var head = next else { return (form, .other, nil) }
      if Lexicon.finiteAuxiliaries.contains(head) {
        // "what is the least number of …", "what was the name of …": the noun after the
        // copula names the kind of answer.
        if Lexicon.copulas.contains(head),
          let noun = copularHeadNoun(words, after: position + 2)
        {
          return (form, type(ofHeadNoun: noun, in: words), noun)
        }
        // "what is X" asks for a description; "what did X do" for anything.
        if Lexicon.copulas.contains(head), words.count <= position + 5 {
          return (form, .description, nil)
        }
        return (form, .other, nil)
      }
      var start = position + 1
      if head == "kind" || head == "type" || head == "sort", afterNext == "of",
        position + 3 < words.count
      {
        start = position + 3
      }
      head = nounPhraseHead(words, from: start)
      // "What kind of singer is Ice T?" asks for a kind, not for someone.
      return (
        form, type(ofHeadNoun: head, in: words, readingPeopleNouns: start == position + 1), head
      )
    case "name", "list", "identify":
      guard let next else { return (.name, .other, nil) }
      let head = next == "the" || next == "a" ? afterNext : next
      return (.name, head.map { type(ofHeadNoun: $0, in: words) } ?? .other, head)
    default:
      return (.statement, .other, nil)
    }
  }

  /// The last word of the noun phrase starting at `start`: "what Apollo mission was …" asks
  /// for a mission, "what space station supported …" for a station. The phrase takes at most
  /// three words and goes on only into a noun (or a word WordNet does not know, a name), or
  /// into a word that is a noun only in its rarer reading when it closes the phrase and names
  /// a kind of answer ("which young general did …": "general" is first an adjective). A
  /// word ending in "s" ends it: before a noun it is a verb ("what causes rock extension"),
  /// as plural nouns rarely modify another; so does a participle ("which word meaning …"), and
  /// an "-s" word before "that" or a determiner is a verb ("which task force states that").
  func nounPhraseHead(_ words: [String], from start: Int) -> String {
    var end = start
    while end + 1 < words.count, end + 1 - start < 3 {
      let word = words[end]
      let next = words[end + 1]
      let nextParts = lexicon.partsOfSpeech(next)
      let goesOn =
        !Lexicon.isFunctionWord(word) && !Lexicon.isFunctionWord(next)
        && !looksLikeVerb(next) && !next.hasSuffix("ing") && next.count > 1
        && (nextParts.isEmpty || nextParts.first == .noun
          || (nextParts.contains(.noun) && closesNounPhrase(words, at: end + 2)
            && type(ofHeadNoun: next, in: words) != .other))
        && !looksLikeVerb(word)
        && !(word.hasSuffix("s") && !word.hasSuffix("ss"))
        && !(next.hasSuffix("s") && end + 2 < words.count
          && (Lexicon.determiners.contains(words[end + 2]) || words[end + 2] == "that"))
      guard goesOn else { break }
      end += 1
    }
    return words[end]
  }

  /// Whether the word at `position` ends the wh-phrase before it: the question's end or an
  /// auxiliary. Not a preposition: before one the word may be the verb ("what fault tore in
  /// two places?").
  private func closesNounPhrase(_ words: [String], at position: Int) -> Bool {
    position >= words.count || Lexicon.finiteAuxiliaries.contains(words[position])
  }

  /// In "what is the [adjectives] NOUN of …", the noun; nil unless "the"/"a" or an owner's
  /// possessive ("what were Velmora's profits last year?") follows the copula and an "of",
  /// a time phrase, a verb or the question's end closes the noun phrase.
  func copularHeadNoun(_ words: [String], after position: Int) -> String? {
    guard position < words.count else { return nil }
    let start: Int
    if Lexicon.articles.contains(words[position]) {
      start = position + 1
    } else if position + 2 < words.count, words[position + 1] == "s",
      !Lexicon.isFunctionWord(words[position])
    {
      start = position + 2
    } else {
      return nil
    }
    var index = start
    var candidate: String?
    while index < words.count, index <= start + 3 {
      let word = words[index]
      if Self.nounPhraseClosers.contains(word) { break }
      candidate = word
      index += 1
    }
    guard let candidate, index < words.count || index <= start + 3 else { return nil }
    let type = type(ofHeadNoun: candidate, in: words)
    // After an owner, only a figure's noun ("Velmora's profits", "Peru's population"): "what
    // was Beyoncé's first acting job?" asks for a film, not a role.
    if start > position + 1 {
      return [.money, .quantity, .percent, .number].contains(type) ? candidate : nil
    }
    guard Self.kindNouns.contains(candidate) || type != .other else { return nil }
    return candidate
  }

  /// Words that close the noun phrase after "what is the …": a preposition or relative
  /// ("the price of oil", "the fee for"), or a time phrase ("the profits last year").
  static let nounPhraseClosers: Set<String> = [
    "of", "for", "that", "in", "last", "this", "next", "on", "during", "since", "at",
  ]

  /// Nouns that only say an answer is wanted, not what kind: "the name of", "the term for".
  static let kindNouns: Set<String> = ["name", "term", "title", "word", "phrase", "nickname"]

  func type(ofHeadNoun word: String, in words: [String], readingPeopleNouns: Bool = true)
    -> AnswerType
  {
    // "which countries" is "which country": the lists hold singular nouns. WordNet lists some
    // plurals as lemmas of their own ("profits", "earnings" beside "profit"), first: the
    // first lemma that has a kind decides, so "what were the profits?" asks for money.
    let lemmas = lexicon.wordNet?.lemmas(word, pos: .noun) ?? []
    for head in lemmas + [word] {
      let type = type(ofLemma: head, readingPeopleNouns: readingPeopleNouns)
      if type != .other { return type }
    }
    return .other
  }

  /// The kind of answer a singular noun asks for, `.other` when it names none.
  private func type(ofLemma head: String, readingPeopleNouns: Bool) -> AnswerType {
    if head == "time" || head == "hour" { return .time }
    if ["percentage", "percent", "proportion", "share", "portion", "fraction"].contains(head) {
      return .percent
    }
    if Self.dateNouns.contains(head) { return .date }
    if Self.placeNouns.contains(head) { return .place }
    if Lexicon.organizationKindNouns.contains(head) { return .organization }
    if Lexicon.personNouns.contains(head) { return .person }
    if Self.roleNouns.contains(head) { return .role }
    if head == "number" || head == "amount" { return .number }
    if Self.measureNouns.contains(head) { return .quantity }
    if Self.amountNouns.contains(head) { return .money }
    // "Which descendant", "what actress": a noun whose usual senses are people asks for a
    // person, as the listed roles do; only a common noun that is first of all a noun
    // ("national", a citizen, is first an adjective; "Carnot" is a man's name).
    if readingPeopleNouns, let wordNet = lexicon.wordNet,
      lexicon.partsOfSpeech(head).first == .noun,
      wordNet.isFamiliar(head), wordNet.nounClass(head) == "person"
    {
      return .person
    }
    return .other
  }
}
