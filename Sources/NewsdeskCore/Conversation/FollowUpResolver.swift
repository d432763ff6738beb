import Foundation

/// Spells out follow-up questions against the conversation: ellipsis ("When?", "And
/// Reimberg?", "What about China?"), pronouns ("what did he say?") and "what else?".
///
/// Rules over the surface of the question, no parser: a follow-up is short and its shapes
/// are few. Each rewrite yields a full question that `:why` shows and retrieval searches.
public struct FollowUpResolver: Sendable {
  public init() {}

  let extractor = ShortAnswerExtractor()

  static let fillers: Set<String> = ["and", "so", "but", "ok", "okay", "well", "also", "then"]
  static let whWords: Set<String> = [
    "who", "whom", "whose", "what", "which", "when", "where", "why", "how",
  ]
  /// Words that may follow a bare wh-word and still leave it bare ("when exactly?").
  static let bareTails: Set<String> = [
    "exactly", "many", "much", "long", "year", "time", "day", "so", "then", "precisely",
  ]
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should",
    "may", "might", "must", "shall",
  ]
  static let doForms: Set<String> = ["do", "does", "did"]
  /// Questions whose answer is a circumstance (a time, a place, a reason): a follow-up drops
  /// that answer rather than filling it in.
  static let adjunctForms: Set<QuestionForm> = [.when, .where, .why, .how, .howLong]

  public func resolve(_ typed: String, memory: ConversationMemory) -> FollowUp {
    let words = SentenceWords(typed)
    let lower = words.words.map(\.lower)
    var start = 0
    while start < lower.count - 1, Self.fillers.contains(lower[start]) { start += 1 }
    let core = Array(lower[start...])
    guard !core.isEmpty else { return FollowUp(kind: .standalone, question: typed) }

    if isMore(core) {
      guard let last = memory.last else {
        return FollowUp(kind: .needsContext, question: typed, message: FollowUp.askForContext)
      }
      return FollowUp(kind: .more, question: last.question)
    }
    if isAttribution(core) {
      guard let last = memory.last else {
        return FollowUp(kind: .needsContext, question: typed, message: FollowUp.askForContext)
      }
      // "Who said so?": who said what the last answer says; after a quote, who said it.
      if last.analysis.answerType == .quote, let said = last.answer {
        let words = said.trimmingCharacters(in: CharacterSet(charactersIn: "“”\" "))
        return FollowUp(kind: .rewritten, question: "Who said \(words)?")
      }
      var question = elaborate(last, asking: "who said")
      for form in Self.doForms where question.hasPrefix("Who said \(form) ") {
        question = "Who said " + question.dropFirst("Who said \(form) ".count)
      }
      return FollowUp(kind: .rewritten, question: question)
    }
    if isBare(core) {
      guard let last = memory.last else {
        return FollowUp(kind: .needsContext, question: typed, message: FollowUp.askForContext)
      }
      let wh = core.filter { !["exactly", "precisely", "so", "then"].contains($0) }
      return FollowUp(
        kind: .rewritten, question: elaborate(last, asking: wh.joined(separator: " ")))
    }
    if let entity = swappedEntity(words, core: core, start: start) {
      guard let last = memory.last else {
        return FollowUp(kind: .needsContext, question: typed, message: FollowUp.askForContext)
      }
      if let swapped = swap(entity, into: last.question) {
        return FollowUp(kind: .rewritten, question: swapped)
      }
      return FollowUp(kind: .standalone, question: typed)
    }
    return resolvePronouns(words, typed: typed, memory: memory)
  }

  // MARK: - Shapes of follow-ups

  func isMore(_ core: [String]) -> Bool {
    if core.count == 2, core[1] == "else",
      Self.whWords.contains(core[0]) || core[0] == "anything" || core[0] == "anyone"
    {
      return true
    }
    return core == ["what", "more"] || core == ["else"] || core == ["any", "others"]
      || core == ["who", "else", "did"] || core == ["what", "other"]
  }

  /// "Who said so?", "who said that?", "says who?", "according to whom?"
  func isAttribution(_ core: [String]) -> Bool {
    if core.count == 3, core[0] == "who", ["said", "says"].contains(core[1]),
      ["so", "that", "this", "it"].contains(core[2])
    {
      return true
    }
    return core == ["says", "who"] || core == ["according", "to", "whom"]
      || core == ["according", "to", "who"] || core == ["who", "said"]
  }

  /// "When?", "Why?", "How many?", "When exactly?", "What year?"
  func isBare(_ core: [String]) -> Bool {
    guard let first = core.first, Self.whWords.contains(first) || first == "in" else {
      return false
    }
    let rest = first == "in" ? Array(core.dropFirst()) : core
    guard let wh = rest.first, Self.whWords.contains(wh), rest.count <= 3 else { return false }
    return rest.dropFirst().allSatisfy { Self.bareTails.contains($0) }
  }

  /// "And Reimberg?", "What about China?", "How about the gang?": the entity asked about
  /// instead, as written.
  func swappedEntity(_ words: SentenceWords, core: [String], start: Int) -> String? {
    var first: Int
    if core.count >= 3, ["what", "how"].contains(core[0]), core[1] == "about" {
      first = start + 2
    } else if start > 0, words.words[0].lower == "and", core.count <= 4,
      !core.contains(where: { Self.whWords.contains($0) || Self.auxiliaries.contains($0) }),
      !core.contains(where: { Self.doForms.contains($0) })
    {
      first = start
    } else {
      return nil
    }
    while first < words.words.count, ["the", "a", "an"].contains(words.words[first].lower),
      first + 1 < words.words.count, words.words[first + 1].isCapitalized
    {
      first += 1
    }
    guard first < words.words.count else { return nil }
    return words.text(from: first, through: words.words.count - 1)
  }

  // MARK: - Ellipsis

  /// The last question asked again with a new wh-phrase, its answer filled in where the old
  /// wh-phrase stood: "who did Rubio meet?" + "Daniel Noboa" + "when" →
  /// "When did Rubio meet Daniel Noboa?".
  func elaborate(_ turn: ConversationMemory.Turn, asking wh: String) -> String {
    let words = SentenceWords(turn.question)
    let list = words.words
    guard let whIndex = list.firstIndex(where: { Self.whWords.contains($0.lower) }) else {
      // A yes/no question: "Did Rubio meet Noboa?" → "When did Rubio meet Noboa?"
      return Self.asQuestion(wh + " " + Self.lowercasingFirst(Self.stripped(turn.question)))
    }
    let leadingPreposition =
      whIndex > 0 ? words.text(from: 0, through: whIndex - 1).lowercased() : nil
    var end = whIndex
    var unitNoun: String?
    let form = turn.analysis.form
    if form == .howMany || form == .howMuch {
      end = min(whIndex + 1, list.count - 1)
      if let head = turn.analysis.headNoun, end + 1 < list.count, list[end + 1].lower == head,
        !Self.doForms.contains(head), !Self.auxiliaries.contains(head)
      {
        end += 1
        unitNoun = list[end].surface
      }
    } else if form == .howLong
      || (form == .how && whIndex + 1 < list.count && turn.analysis.answerType == .quantity)
    {
      end = min(whIndex + 1, list.count - 1)
    } else if let head = turn.analysis.headNoun,
      let headIndex = list.indices.dropFirst(whIndex + 1).prefix(4).first(where: {
        list[$0].lower == head
      })
    {
      end = headIndex
    } else if list[whIndex].lower == "whose", whIndex + 1 < list.count {
      end = whIndex + 1
    }
    guard end + 1 < list.count else { return Self.asQuestion(wh + " " + (turn.answer ?? "")) }
    let remainder = Self.stripped(words.text(from: end + 1, through: list.count - 1))
    let remainderWords = Array(list[(end + 1)...])
    guard let answer = turn.answer, !Self.adjunctForms.contains(form) else {
      return Self.asQuestion(wh + " " + remainder)
    }
    var filled = answer
    if let unitNoun { filled += " " + unitNoun }
    let firstWord = remainderWords[0].lower
    if Self.doForms.contains(firstWord) {
      // The wh-phrase was an object: the answer goes at the end ("did Rubio meet NOBOA").
      let object = leadingPreposition.map { "\($0) \(filled)" } ?? filled
      return Self.asQuestion("\(wh) \(remainder) \(object)")
    }
    if Self.auxiliaries.contains(firstWord) {
      // "who is Ecuador's president" → "when is Daniel Noboa Ecuador's president".
      let rest = remainderWords.count > 1 ? words.text(from: end + 2, through: list.count - 1) : ""
      return Self.asQuestion("\(wh) \(remainderWords[0].surface) \(filled) \(Self.stripped(rest))")
    }
    // The wh-phrase was the subject of a verb: "who warned of X" → "when did Rubio warn of X".
    let verb = remainderWords[0].lower
    let lemma = WordNet.shared?.lemmas(verb, pos: .verb).first
    if let lemma, lemma != verb {
      let auxiliary = verb.hasSuffix("s") && !verb.hasSuffix("ss") ? "does" : "did"
      let rest =
        remainderWords.count > 1
        ? " " + Self.stripped(words.text(from: end + 2, through: list.count - 1)) : ""
      return Self.asQuestion("\(wh) \(auxiliary) \(filled) \(lemma)\(rest)")
    }
    return Self.asQuestion("\(wh) \(filled) \(remainder)")
  }

  // MARK: - Another entity

  /// The last question about `entity` instead of the name of the same kind it held.
  func swap(_ entity: String, into question: String) -> String? {
    let words = SentenceWords(question)
    let names = extractor.nameSpans(words).filter { $0.lowerBound > 0 }
    let entityIsPlace = PlaceGazetteer.isPlace(entity)
    let sameKind = names.first { span in
      PlaceGazetteer.isPlace(words.text(from: span.lowerBound, through: span.upperBound))
        == entityIsPlace
    }
    // "what did Rubio say about the gangs?" + "What about China?": with no name of China's
    // kind to replace, the topic after "about" is what changes.
    if sameKind == nil, let about = words.words.lastIndex(where: { $0.lower == "about" }),
      about + 1 < words.words.count
    {
      let bytes = Array(question.utf8)
      let start = words.words[about + 1].utf8Range.lowerBound
      let end = words.words[words.words.count - 1].utf8Range.upperBound
      return String(decoding: bytes[..<start], as: UTF8.self) + entity
        + String(decoding: bytes[end...], as: UTF8.self)
    }
    guard !names.isEmpty else { return nil }
    let span = sameKind ?? names[0]
    let bytes = Array(question.utf8)
    let range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
    var replacement = entity
    // "And Venezuela's?" after "who is Ecuador's interior minister?": the possessive is
    // already in the question.
    for mark in ["'s", "’s"] where replacement.hasSuffix(mark) {
      let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
      if after.hasPrefix("'s") || after.hasPrefix("’s") {
        replacement = String(replacement.dropLast(mark.count))
      }
    }
    var before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
    // "the United States" → "Ecuador", not "the Ecuador".
    if before.lowercased().hasSuffix("the "), !replacement.lowercased().hasPrefix("the "),
      !replacement.contains(" ")
    {
      before.removeLast(4)
    }
    return before + replacement + String(decoding: bytes[range.upperBound...], as: UTF8.self)
  }

  // MARK: - Pronouns

  enum Referent { case person, thing, group, place, time }

  static let pronouns: [String: (Referent, possessive: Bool)] = [
    "he": (.person, false), "him": (.person, false), "his": (.person, true),
    "she": (.person, false), "her": (.person, false), "hers": (.person, true),
    "it": (.thing, false), "its": (.thing, true),
    "they": (.group, false), "them": (.group, false), "their": (.group, true),
    "there": (.place, false), "then": (.time, false),
  ]

  func resolvePronouns(_ words: SentenceWords, typed: String, memory: ConversationMemory)
    -> FollowUp
  {
    let list = words.words
    var replacements: [(Range<Int>, String)] = []
    var unresolvedPerson: String?
    for (index, word) in list.enumerated() {
      guard let (referent, possessive) = Self.pronouns[word.lower] else { continue }
      // "there" and "then" point back only at the end of a question ("what happened
      // there?"); elsewhere they are "is there", "and then".
      if referent == .place || referent == .time {
        guard index == list.count - 1, index > 0,
          !Self.auxiliaries.contains(list[index - 1].lower), list[index - 1].lower != "and"
        else { continue }
      }
      // "it" is often no one ("is it true"), so only a clear antecedent replaces it.
      guard let name = referentName(referent, memory: memory) else {
        if referent == .person { unresolvedPerson = unresolvedPerson ?? word.surface }
        continue
      }
      var replacement = name
      if referent == .place {
        replacement = "in " + name
      } else if referent == .time {
        replacement = Self.timePreposition(name) + " " + name
      } else if possessive || (word.lower == "her" && isPossessiveHer(index, words)) {
        replacement = name + "'s"
      }
      replacements.append((word.utf8Range, replacement))
    }
    if replacements.isEmpty, let pronoun = unresolvedPerson, memory.isEmpty,
      !hasName(words)
    {
      return FollowUp(
        kind: .needsContext, question: typed,
        message:
          "What are you asking about? Nothing was asked before for '\(pronoun)' to refer to; name who you mean."
      )
    }
    guard !replacements.isEmpty else { return FollowUp(kind: .standalone, question: typed) }
    var bytes = Array(typed.utf8)
    for (range, text) in replacements.reversed() {
      bytes.replaceSubrange(range, with: Array(text.utf8))
    }
    return FollowUp(kind: .rewritten, question: String(decoding: bytes, as: UTF8.self))
  }

  /// The name a pronoun of this kind most likely points to, newest turn first.
  ///
  /// A person pronoun follows the subject of the last exchange (centering): the answer when
  /// the question asked for its subject or for a person it did not name ("who is Ecuador's
  /// president?"), else the person the question named ("who did Rubio meet?" → Rubio).
  func referentName(_ referent: Referent, memory: ConversationMemory) -> String? {
    for turn in memory.turns.reversed() {
      let words = SentenceWords(turn.question)
      let names = extractor.nameSpans(words).filter { $0.lowerBound > 0 }.map {
        words.text(from: $0.lowerBound, through: $0.upperBound)
      }
      let type = turn.analysis.answerType
      switch referent {
      case .person:
        let people = names.filter { Self.kind(of: $0) == .person }
        if let answer = turn.answer, type == .person || type == .description,
          turn.analysis.asksForSubject || people.isEmpty, Self.kind(of: answer) == .person,
          Self.looksLikeName(answer)
        {
          return answer
        }
        if let person = people.first { return person }
      case .thing, .group:
        if let answer = turn.answer, [.organization, .other, .description].contains(type),
          Self.looksLikeName(answer), Self.kind(of: answer) != .place || referent == .thing
        {
          return answer
        }
        if let organization = names.first(where: { Self.kind(of: $0) == .group }) {
          return organization
        }
        if referent == .thing, let place = names.first(where: { Self.kind(of: $0) == .place }) {
          return place
        }
      case .place:
        if let answer = turn.answer, type == .place { return answer }
        if let place = names.first(where: { Self.kind(of: $0) == .place }) { return place }
      case .time:
        if let answer = turn.answer, [.date, .time].contains(type) { return answer }
      }
    }
    return nil
  }

  static func kind(of name: String) -> Referent {
    if PlaceGazetteer.isPlace(name) || PlaceGazetteer.country(forDemonym: name) != nil {
      return .place
    }
    if OrganizationCues.looksLikeOrganization(name) { return .group }
    return .person
  }

  /// A name, not a phrase: capitalised words (connectors aside).
  static func looksLikeName(_ text: String) -> Bool {
    let words = SentenceWords(text).words
    guard let first = words.first, first.isCapitalized else { return false }
    return words.allSatisfy {
      $0.isCapitalized || ShortAnswerExtractor.nameConnectors.contains($0.lower)
    }
  }

  /// "her government" (possessive) against "did Rubio meet her" (object).
  func isPossessiveHer(_ index: Int, _ words: SentenceWords) -> Bool {
    guard index + 1 < words.words.count else { return false }
    return !WordClasses.isFunctionWord(words.words[index + 1].lower)
  }

  func hasName(_ words: SentenceWords) -> Bool {
    extractor.nameSpans(words).contains { $0.lowerBound > 0 }
  }

  static func timePreposition(_ date: String) -> String {
    let words = WordTokenizer.words(in: date)
    let hasDay = words.contains { word in
      ShortAnswerExtractor.weekdays.contains(word)
        || (Int(word).map { (1...31).contains($0) } ?? false)
    }
    return hasDay ? "on" : "in"
  }

  // MARK: - Text

  static func stripped(_ text: String) -> String {
    var result = text.trimmingWhitespace()
    while let last = result.last, "?.!".contains(last) { result.removeLast() }
    return result.trimmingWhitespace()
  }

  static func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // Keep a name's capital ("Rubio met …"); a function word loses it ("Did" → "did").
    let firstWord = text.prefix { $0.isLetter }.lowercased()
    guard WordClasses.isFunctionWord(firstWord) || auxiliaries.contains(firstWord) else {
      return text
    }
    return first.lowercased() + text.dropFirst()
  }

  static func asQuestion(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    guard let first = words.first else { return words }
    return first.uppercased() + words.dropFirst() + "?"
  }
}
