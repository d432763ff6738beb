/// Pronouns in a follow-up ("what did he say?", "what happened there?") stand for names of
/// earlier turns.
extension FollowUpResolver {
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
}
