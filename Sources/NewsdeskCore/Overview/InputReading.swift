import Foundation

/// What a line typed at the prompt is, before anything is answered: a command spelled
/// without its colon (as psql takes `help` and `quit`), a request for an overview, a
/// question, or a search (names and keywords typed as into a search box).
///
/// A search is the line that has no question form at all. A question answered by force
/// from such a line reads as nonsense ("help" → "offset"); the matching sentences do not.
public enum InputReading: Sendable, Equatable {
  /// A shell command typed bare: `help`, `quit`, `exit`, `?`. Holds the command with its colon.
  case command(String)
  /// "What can I ask?": questions the loaded articles can answer.
  case examples
  /// "What is this article about?", "summarise": the overview of an article.
  case about
  /// "List the companies mentioned", "who is mentioned?": an entity list.
  case entities(EntityKind)
  case question
  case search

  /// Bare words that are commands only when they are the whole line.
  static let bareCommands: [String: String] = [
    "help": ":help", "?": ":help", "quit": ":quit", "exit": ":quit", "q": ":quit",
    "\\q": ":quit", "\\?": ":help",
  ]

  /// Words that open a question: wh-words, auxiliaries that open a yes/no question, and
  /// the conjunctions that open a follow-up ("and Reimberg", "so when").
  static let questionOpeners: Set<String> = [
    "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "is", "are", "was",
    "were", "do", "does", "did", "has", "have", "had", "can", "could", "will", "would", "should",
    "shall", "may", "might", "must", "and", "or", "but", "so", "then", "else", "anything",
    "anyone",
  ]

  /// Imperatives that make a request a question ("name the minister", "tell me who …").
  static let requestVerbs: Set<String> = [
    "name", "tell", "give", "list", "show", "find", "describe", "explain", "identify", "say",
  ]

  static let summaryWords: Set<String> = [
    "summarise", "summarize", "summary", "overview", "gist", "tldr", "tl;dr",
  ]

  static let entityNouns: [String: EntityKind] = [
    "people": .people, "persons": .people, "person": .people, "names": .people,
    "places": .places, "place": .places, "countries": .places, "cities": .places,
    "locations": .places, "companies": .organizations, "company": .organizations,
    "organisations": .organizations, "organizations": .organizations, "firms": .organizations,
    "orgs": .organizations, "groups": .organizations,
  ]

  public init(_ line: String) {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let lowered = trimmed.lowercased()
    if let command = Self.bareCommands[lowered] {
      self = .command(command)
      return
    }
    let words = WordTokenizer.words(in: lowered)
    // No words ("?!?") or words of a script whose questions newsdesk cannot tell from
    // keywords: read as a question, which says what it can.
    guard let first = words.first, words.allSatisfy(Self.isLatin) else {
      self = .question
      return
    }
    if Self.asksWhatCanBeAsked(words) {
      self = .examples
    } else if Self.asksForSummary(words) {
      self = .about
    } else if let kind = Self.asksForEntities(words) {
      self = .entities(kind)
    } else if trimmed.contains(where: { Self.questionMarks.contains($0) })
      || Self.questionOpeners.contains(first)
      || Self.requestVerbs.contains(first)
    {
      self = .question
    } else {
      self = .search
    }
  }

  /// "?", Arabic "؟", Greek ";", full-width "？".
  static let questionMarks: Set<Character> = ["?", "\u{061F}", "\u{037E}", "\u{FF1F}"]

  /// Latin letters and digits (accents too): the script the question forms are known in.
  static func isLatin(_ word: String) -> Bool {
    word.unicodeScalars.allSatisfy { $0.value < 0x0250 || (0x1E00...0x1EFF).contains($0.value) }
  }

  /// "what can I ask?", "what should I ask", "what questions can I ask?", "examples".
  static func asksWhatCanBeAsked(_ words: [String]) -> Bool {
    if words == ["examples"] || words == ["example", "questions"] { return true }
    guard words.first == "what", words.contains("ask") else { return false }
    return words.contains("i") || words.contains("we") || words.contains("you")
  }

  /// "what is this article about?", "what are the articles about", "summarise".
  static func asksForSummary(_ words: [String]) -> Bool {
    if let first = words.first, summaryWords.contains(first), words.count <= 4 { return true }
    guard words.first == "what", words.last == "about", words.count <= 6 else { return false }
    if words == ["what", "is", "this", "about"] || words == ["what", "is", "it", "about"] {
      return true
    }
    return words.contains { ["article", "articles", "story", "stories"].contains($0) }
  }

  /// "list the companies mentioned", "which people are mentioned?", "show places".
  static func asksForEntities(_ words: [String]) -> EntityKind? {
    guard let first = words.first, ["list", "show", "which", "what", "name"].contains(first),
      words.count <= 6
    else { return nil }
    let kinds = words.compactMap { entityNouns[$0] }
    guard let kind = kinds.first else { return nil }
    let mentions = words.contains { $0.hasPrefix("mention") || $0 == "named" || $0 == "all" }
    return first == "list" || first == "show" || mentions ? kind : nil
  }
}

/// The kinds of name `:people`, `:places` and `:orgs` list.
public enum EntityKind: String, Sendable, CaseIterable {
  case people, places, organizations
}
