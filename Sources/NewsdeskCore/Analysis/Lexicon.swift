/// The lexicon the rules read: what they ask of WordNet, with answers that stay sensible when
/// WordNet is not installed (every question then falls back to the surface rules), and the
/// named word lists they share (closed classes are in `WordClasses`).
enum Lexicon {
  /// The parts of speech a lower-cased word can have, most common first; empty when unknown.
  static func partsOfSpeech(_ word: String) -> [WordNetPOS] {
    WordNet.shared?.partsOfSpeech(word) ?? []
  }

  /// A word WordNet knows only as something other than a noun: a verb, adjective or adverb
  /// that cannot head a noun phrase.
  static func cannotBeNoun(_ word: String) -> Bool {
    let parts = partsOfSpeech(word)
    return !parts.isEmpty && !parts.contains(.noun)
  }

  /// A word that is mostly a verb or adverb: it ends a noun phrase.
  static func isVerbOrAdverb(_ word: String) -> Bool {
    let parts = partsOfSpeech(word)
    return !parts.isEmpty && !parts.contains(.noun) && !parts.contains(.adjective)
  }

  /// A capitalised sentence opener that is an ordinary word, not a name: WordNet's most
  /// common reading of it is not a noun ("Recent", "Today", "Conversely").
  static func isOrdinaryOpener(_ word: String) -> Bool {
    guard let first = partsOfSpeech(word).first else { return false }
    return first != .noun
  }
}

/// The named word lists the answering rules share, each kept once here.
extension Lexicon {
  /// Words of a person's title: a name after them is a person's ("President Daniel Noboa").
  static let titles: Set<String> = [
    "president", "minister", "secretary", "senator", "sen", "gen", "general", "mr", "mrs", "ms",
    "dr", "prime", "interior", "foreign", "state", "chief", "leader", "governor", "mayor", "king",
    "queen", "pope", "judge", "ambassador", "rep", "gov", "lt", "col", "sgt", "capt", "prof",
  ]
  /// Month names and their abbreviations.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
  /// Weekday names, Sunday first (as `CalendarDate.weekday` counts them).
  static let weekdayNames = [
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  ]
  static let weekdays = Set(weekdayNames)
  /// The copula's forms a question and a sentence use to say what something is.
  static let copulas: Set<String> = ["is", "was", "are", "were"]
  /// Pronouns that open a relative clause describing the noun before them.
  static let relativePronouns: Set<String> = ["who", "whose", "which", "whom"]
  /// Subordinators of a reason, condition or concession ("as they were not costly enough").
  static let reasonMarkers: Set<String> = [
    "because", "as", "since", "although", "though", "unless", "if", "so",
  ]
}
