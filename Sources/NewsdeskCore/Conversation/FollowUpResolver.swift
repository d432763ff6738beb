import Foundation

/// Spells out follow-up questions against the conversation: ellipsis ("When?", "And
/// Reimberg?", "What about China?"), pronouns ("what did he say?") and "what else?".
///
/// Rules over the surface of the question, no parser: a follow-up is short and its shapes
/// are few. Each rewrite yields a full question that `:why` shows and retrieval searches.
public struct FollowUpResolver: Sendable {
  /// WordNet and the closed word classes the follow-up is read with.
  public let lexicon: Lexicon
  let extractor: ShortAnswerExtractor

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    self.extractor = ShortAnswerExtractor(lexicon: lexicon)
  }

  static let fillers: Set<String> = ["and", "so", "but", "ok", "okay", "well", "also", "then"]
  /// Words that may follow a bare wh-word and still leave it bare ("when exactly?").
  static let bareTails: Set<String> = [
    "exactly", "many", "much", "long", "year", "time", "day", "so", "then", "precisely", "far",
    "big", "fast", "often", "old", "large", "high", "soon", "late", "early", "month", "date",
  ]
  /// The auxiliaries before a follow-up's subject other than "do", which is read apart
  /// (its verb comes after the subject: "did he …").
  static let auxiliaries = Lexicon.finiteAuxiliaries.subtracting(Lexicon.doForms)
  /// Prepositions that may stand before a bare wh-phrase ("for how much?", "since when?",
  /// "till when?"). "till" is no preposition to the Lexicon, where it would cut names
  /// ("Emmett Till"); before a wh-word it can only be one.
  static let whPrepositions = Lexicon.prepositions.union(["till"])
  /// Answers two things swapped for each other may share ("where is Rubio?", "and Noboa?").
  static let sharedAnswerTypes: Set<AnswerType> = [.place, .date, .time, .yesNo]
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
    let needsContext = FollowUp(
      kind: .needsContext, question: typed, message: FollowUp.askForContext)

    if isMore(core) {
      guard let last = memory.last else { return needsContext }
      return FollowUp(kind: .more, question: last.question)
    }
    if isAttribution(core) {
      guard let last = memory.last else { return needsContext }
      return attribution(last)
    }
    // "Who from?", "where to?": the preposition a reporter leaves at the end is read where
    // the rewrite puts it, before the wh-word ("from whom", "to where").
    let fronted = Self.frontingStrandedPreposition(core)
    if isBare(fronted) {
      guard let base = memory.ellipsisBase else { return needsContext }
      let wh = fronted.filter { !["exactly", "precisely", "so", "then"].contains($0) }
      if quantityFitsNothing(wh, base: base) { return unclearQuantity(typed, base: base) }
      if timeFitsNothing(wh, base: base) { return unclearTime(typed, base: base) }
      if let stated = statedFigure(wh, base: base) {
        return FollowUp(kind: .rewritten, question: stated, shape: .ellipsis)
      }
      return excludingLastAnswer(
        FollowUp(
          kind: .rewritten, question: elaborate(base, asking: wh.joined(separator: " ")),
          shape: .ellipsis), memory: memory)
    }
    if let (phrase, noun) = whPhraseWithNoun(core) {
      if let base = memory.ellipsisBase,
        SentenceWords(base.question).words.contains(where: {
          singular($0.lower) == singular(noun)
        })
      {
        return excludingLastAnswer(
          FollowUp(
            kind: .rewritten, question: elaborate(base, askingPhrase: phrase, noun: noun),
            shape: .ellipsis), memory: memory)
      }
    }
    if let entity = swappedEntity(words, core: core, start: start) {
      guard let target = swapTarget(entity, memory: memory) else { return needsContext }
      let base = Self.droppingLeadingFillers(target)
      if let swapped = roleSwap(entity, into: base, memory: memory) ?? swap(entity, into: base) {
        var followUp = FollowUp(
          kind: .rewritten, question: swapped, shape: .swap,
          readings: [FollowUp.Reading(typed: Self.stripped(typed), readAs: swapped)])
        followUp.topic = entity
        // The turn swapped from: the last, or the earlier one that named the firm.
        if let last = memory.turns.last(where: { $0.question == target }),
          Self.swapKind(entity) == .ordinal
            || !Self.sharedAnswerTypes.contains(last.analysis.answerType)
        {
          // "And third?" is not who came second; "and what about Oxford?" is not the
          // number of books Harvard gives. A place or a time may be the same for both.
          followUp.excluding = last.given
        }
        return followUp
      }
      return FollowUp(kind: .standalone, question: typed)
    }
    return resolvePronouns(words, typed: typed, memory: memory)
  }

  /// "Who said so?": who said what the last answer says; after a quote, who said it.
  func attribution(_ last: ConversationMemory.Turn) -> FollowUp {
    if last.analysis.answerType == .quote, let said = last.answer {
      let words = said.trimmingCharacters(in: CharacterSet(charactersIn: "“”\" "))
      return FollowUp(kind: .rewritten, question: "Who said \(words)?", shape: .attribution)
    }
    // "What did the families' solicitor call the ruling?" + "who said that?": the one who
    // said it is the question's own subject, so the question is who that is.
    if let subject = describedSpeaker(last) {
      return FollowUp(kind: .rewritten, question: "Who is \(subject)?", shape: .attribution)
    }
    // "Why was the deal agreed?" → "the owners wanted to retire": who said that reason,
    // not "who said was the deal agreed".
    if Self.adjunctForms.contains(last.analysis.form), let answer = last.answer {
      return FollowUp(
        kind: .rewritten, question: statedAdjunct(last, answer: answer), shape: .attribution)
    }
    var question = elaborate(last, asking: "who said")
    for form in Lexicon.doForms where question.hasPrefix("Who said \(form) ") {
      question = "Who said " + question.dropFirst("Who said \(form) ".count)
    }
    return FollowUp(kind: .rewritten, question: question, shape: .attribution)
  }

  /// "Who said …?" for a question answered with a reason, manner, time or place: the reason
  /// or manner alone ("Who said the owners wanted to retire?"), a time or place with the
  /// statement it belongs to ("Who said the strike began on 21 September?" reads "who said
  /// the strike begin on 21 September", which finds the same sentence).
  func statedAdjunct(_ turn: ConversationMemory.Turn, answer: String) -> String {
    let list = SentenceWords(Self.droppingLeadingFillers(turn.question))
    let words = list.words
    guard [.date, .time, .place].contains(turn.analysis.answerType),
      let wh = words.firstIndex(where: { Lexicon.whWords.contains($0.lower) }),
      wh + 2 < words.count, Lexicon.finiteAuxiliaries.contains(words[wh + 1].lower)
    else { return Self.asQuestion("who said " + answer) }
    let statement = Self.stripped(list.text(from: wh + 2, through: words.count - 1))
    let preposition =
      turn.analysis.answerType == .place ? "in" : Self.timePreposition(answer)
    return Self.asQuestion("who said \(statement) \(preposition) \(answer)")
  }

  // MARK: - Shapes of follow-ups

  /// "who from?" → "from whom", "where to?" → "to where", "what with?" → "with what": a
  /// bare wh-word and the preposition that governs it, in the order `isBare` reads. "What
  /// for?" is the idiom for "why?" (read as "for what", it answered "Transport" from "paid
  /// for by a grant from the Department for Transport"). Other follow-ups are returned as
  /// they are.
  static func frontingStrandedPreposition(_ core: [String]) -> [String] {
    if core == ["what", "for"] { return ["why"] }
    guard core.count == 2, ["who", "whom", "what", "where", "which"].contains(core[0]),
      whPrepositions.contains(core[1]), !bareTails.contains(core[1])
    else { return core }
    return [core[1], core[0] == "who" ? "whom" : core[0]]
  }

  func isMore(_ core: [String]) -> Bool {
    if core.count == 2, core[1] == "else",
      Lexicon.whWords.contains(core[0]) || core[0] == "anything" || core[0] == "anyone"
    {
      return true
    }
    return Self.moreRequests.contains(core)
  }

  /// The subject of "what did SUBJECT say/call/tell …?" when it is a description rather
  /// than a name ("the Iraqi families' solicitor").
  func describedSpeaker(_ turn: ConversationMemory.Turn) -> String? {
    let words = SentenceWords(Self.droppingLeadingFillers(turn.question))
    let list = words.words
    guard list.count > 3, ["what", "how"].contains(list[0].lower),
      Lexicon.doForms.contains(list[1].lower),
      let verb = list.indices.dropFirst(3).first(where: {
        Self.describingVerbs.contains(list[$0].lower)
      })
    else { return nil }
    let subject = words.text(from: 2, through: verb - 1)
    guard !Self.looksLikeName(subject),
      list[2..<verb].contains(where: { isRoleNoun($0.lower) })
    else { return nil }
    return subject
  }

  static let describingVerbs: Set<String> = ["say", "call", "describe", "tell", "claim", "term"]

  static let moreRequests: Set<[String]> = [
    ["what", "more"], ["else"], ["more"], ["any", "more"], ["anything", "more"], ["any", "others"],
    ["who", "else", "did"], ["what", "other"], ["others"], ["tell", "me", "more"], ["go", "on"],
    ["and", "else"], ["anything", "else"], ["what", "else", "is", "there"],
  ]

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

  /// "When?", "Why?", "How many?", "When exactly?", "What year?", "For how much?"
  func isBare(_ core: [String]) -> Bool {
    guard let first = core.first,
      Lexicon.whWords.contains(first) || Self.whPrepositions.contains(first)
    else {
      return false
    }
    let rest = Lexicon.whWords.contains(first) ? core : Array(core.dropFirst())
    guard let wh = rest.first, Lexicon.whWords.contains(wh), rest.count <= 3 else { return false }
    return rest.dropFirst().allSatisfy { Self.bareTails.contains($0) }
  }

  /// "How big a stake?", "What stake?", "How many shares?": a wh-phrase and one noun, the
  /// phrase ending on that noun.
  func whPhraseWithNoun(_ core: [String]) -> (phrase: [String], noun: String)? {
    guard let first = core.first, ["how", "what", "which"].contains(first), core.count <= 4,
      let noun = core.last, !Lexicon.whWords.contains(noun), !Self.bareTails.contains(noun),
      !Lexicon.isFunctionWord(noun), lexicon.partsOfSpeech(noun).contains(.noun)
    else { return nil }
    let middle = core.dropFirst().dropLast()
    if first == "how" {
      guard let adjective = middle.first, Self.bareTails.contains(adjective) || adjective == "much"
      else { return nil }
      guard middle.dropFirst().allSatisfy({ ["a", "an"].contains($0) }) else { return nil }
    } else {
      guard middle.isEmpty else { return nil }
    }
    return (core, noun)
  }

  /// "And Reimberg?", "What about China?", "How about the gang?": the entity asked about
  /// instead, as written.
  func swappedEntity(_ words: SentenceWords, core: [String], start: Int) -> String? {
    var first: Int
    if core.count >= 3, ["what", "how"].contains(core[0]), core[1] == "about" {
      first = start + 2
    } else if core.count >= 3, core[0] == "same", core[1] == "for" {
      first = start + 2
    } else if core.count >= 4, core[0] == "the", core[1] == "same", core[2] == "for" {
      first = start + 3
    } else if start > 0, words.words[0].lower == "and", core.count <= 4,
      !core.contains(where: { Lexicon.whWords.contains($0) || Self.auxiliaries.contains($0) }),
      !core.contains(where: { Lexicon.doForms.contains($0) })
    {
      first = start
    } else {
      return nil
    }
    // "and in Japan?", "and for 2004?": the preposition comes back with the swap.
    if first + 1 < words.words.count, Self.swapPrepositions.contains(words.words[first].lower) {
      first += 1
    }
    while first < words.words.count, Lexicon.articles.contains(words.words[first].lower),
      first + 1 < words.words.count, words.words[first + 1].isCapitalized
    {
      first += 1
    }
    guard first < words.words.count else { return nil }
    return Self.stripped(words.text(from: first, through: words.words.count - 1))
  }

  static let swapPrepositions: Set<String> = ["in", "for", "at", "on", "during"]

  static func stripped(_ text: String) -> String {
    var result = text.trimmingWhitespace()
    while let last = result.last, "?.!".contains(last) { result.removeLast() }
    return result.trimmingWhitespace()
  }

  static func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // Keep a name's capital ("Rubio met …"); a function word loses it ("Did" → "did").
    let firstWord = text.prefix { $0.isLetter }.lowercased()
    guard Lexicon.isFunctionWord(firstWord) || auxiliaries.contains(firstWord) else {
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
