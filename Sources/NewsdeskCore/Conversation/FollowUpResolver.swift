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

  /// Prepositions that may stand before a bare wh-phrase: "for how much?", "by how much?",
  /// "since when?", "with what?", "to whom?".
  static let whPrepositions: Set<String> = [
    "in", "for", "by", "since", "from", "to", "at", "until", "till", "with", "on", "of", "about",
    "after", "before",
  ]

  /// "When?", "Why?", "How many?", "When exactly?", "What year?", "For how much?"
  func isBare(_ core: [String]) -> Bool {
    guard let first = core.first,
      Self.whWords.contains(first) || Self.whPrepositions.contains(first)
    else {
      return false
    }
    let rest = Self.whWords.contains(first) ? core : Array(core.dropFirst())
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
