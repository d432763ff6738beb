import Foundation

/// Morphy: WordNet's way of reducing an inflected form to the base forms it lists
/// (`man 7 morphy`), and the parts of speech a word form can have.
extension WordNet {
  /// Base forms of `word` in `pos` that WordNet lists, most likely first: exception-list
  /// bases ("met" → meet, "better" → good, well), then the form itself when it is a lemma,
  /// then forms from the detachment rules ("countries" → country). Collocations may use
  /// spaces or underscores and come back with underscores ("attorneys general" →
  /// attorney_general). Empty when nothing matches.
  public func lemmas(_ word: String, pos: WordNetPOS) -> [String] {
    // Every stage asks this of the same words again and again (the tagger, the question's
    // paraphrases, the opposite-word veto), the answer never changes, and working it out
    // takes a dozen binary searches of the mapped files.
    files.lemmasMemo[pos].value(for: word) { lookUpLemmas(word, pos: pos) }
  }

  private func lookUpLemmas(_ word: String, pos: WordNetPOS) -> [String] {
    guard let form = Self.normalizedForm(word) else { return [] }
    for variant in Self.spellingVariants(of: form) {
      let found = baseForms(of: variant, pos: pos)
      if !found.isEmpty { return found }
    }
    return []
  }

  /// Irregular verb forms and their base ("met" → meet, "blew" → blow), from verb.exc: few
  /// enough (about 2,400) to hold in a dictionary for the indexer's hot path.
  public var irregularVerbs: [String: String] { files.allExceptions(.verb) }

  /// Irregular noun plurals and their singular ("children" → child, "feet" → foot), from
  /// noun.exc, for the indexer as `irregularVerbs` is: only plurals that do not end in "s"
  /// (the stemmer joins those, and "lives" is a verb as often as the plural of "life"),
  /// that are not nouns in their own right ("data", "stamina" keep their sense), and whose
  /// singular is a common word, tagged at least `commonTagCount` times in the concordances
  /// (about fifty: "criteria", "phenomena", "geese"; not "bani" → ban or "lieder" → lied,
  /// which would join a name or a rare word to a common one).
  public var irregularNouns: [String: String] {
    files.allExceptions(.noun).filter { form, singular in
      !form.hasSuffix("s") && !form.contains("_") && !files.contains(form, .noun)
        && files.tagCounts(singular, .noun).values.reduce(0, +) >= Self.commonTagCount
    }
  }

  /// Concordance tags that make a noun common enough to join its irregular plural to.
  static let commonTagCount = 3

  /// The singular of a plural in "-men" ("women" → woman, "policemen" → policeman), which
  /// WordNet forms by rule rather than listing; nil when the singular is no noun it knows.
  public func singularOfMen(_ word: String) -> String? {
    // The suffix first: this runs for every new word the indexer meets.
    guard word.hasSuffix("men"), word.utf8.count > 4, !files.contains(word, .noun) else {
      return nil
    }
    let singular = String(word.dropLast(3)) + "man"
    return files.contains(singular, .noun) ? singular : nil
  }

  /// The parts of speech `word` (in any inflection) can have, most common first.
  ///
  /// "Most common" sums the concordance tag counts (cntlist.rev) of every sense of the
  /// word's lemmas in that part of speech; ties fall back to the number of tagged senses and
  /// then of all senses. The counts belong to the lemma, not the inflection, so "better"
  /// ranks its adverb reading (the lemma "well") high.
  public func partsOfSpeech(_ word: String) -> [WordNetPOS] {
    // The extraction rules ask about the same words again and again; the answer never
    // changes, and working it out takes a dozen lookups.
    files.partsOfSpeechMemo.value(for: word) { rankedPartsOfSpeech(word) }
  }

  private func rankedPartsOfSpeech(_ word: String) -> [WordNetPOS] {
    var ranked: [(pos: WordNetPOS, score: [Int])] = []
    for pos in WordNetPOS.allCases {
      let lemmas = lemmas(word, pos: pos)
      guard !lemmas.isEmpty else { continue }
      var score = [0, 0, 0]
      for lemma in lemmas {
        score[0] += files.tagCounts(lemma, pos).values.reduce(0, +)
        if let entry = files.indexEntry(lemma, pos) {
          score[1] += entry.taggedSenseCount
          score[2] += entry.synsetOffsets.count
        }
      }
      ranked.append((pos, score))
    }
    // Ties keep the noun, verb, adjective, adverb order.
    let order = ranked.enumerated().sorted { first, second in
      let (a, b) = (first.element.score, second.element.score)
      return a != b ? a.lexicographicallyPrecedes(b, by: >) : first.offset < second.offset
    }
    return order.map(\.element.pos)
  }

  /// The synsets of the first `senses` senses of each lemma of `word` in `pos`, in sense order,
  /// paired with their 1-based sense numbers and the lemma they belong to.
  func senses(of word: String, pos: WordNetPOS, limit: Int = .max) -> [WordSense] {
    guard limit > 0 else { return [] }
    var result: [WordSense] = []
    for lemma in lemmas(word, pos: pos) {
      guard let entry = files.indexEntry(lemma, pos) else { continue }
      for (index, offset) in entry.synsetOffsets.prefix(limit).enumerated() {
        result.append(
          WordSense(lemma: lemma, number: index + 1, id: SynsetID(pos: pos, offset: offset)))
      }
    }
    return result
  }

  /// Lower case, trimmed, runs of spaces joined by "_" as in the index files; nil for input
  /// that cannot be a WordNet lemma (empty, control characters, longer than any lemma).
  static func normalizedForm(_ word: String) -> String? {
    let words = word.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" })
    var form = words.joined(separator: "_")
    // Typeset apostrophes ("president’s") are plain ones in WordNet.
    if form.contains("\u{2019}" as Character) {
      form = form.replacingOccurrences(of: "\u{2019}", with: "'")
    }
    guard !form.isEmpty, form.utf8.count <= 100, !form.utf8.contains(where: { $0 < 0x20 })
    else { return nil }
    return form
  }

  /// Spellings to try in turn when the form itself finds nothing: WordNet is inconsistent about
  /// hyphens ("e-mail" but "post_office"), abbreviations lose their periods, and a possessive
  /// ending is never part of a lemma.
  static func spellingVariants(of form: String) -> [String] {
    var variants = [form]
    if form.contains("-" as Character) {
      variants.append(form.replacingOccurrences(of: "-", with: "_"))
      variants.append(form.replacingOccurrences(of: "-", with: ""))
    }
    if form.contains("." as Character) {
      variants.append(form.replacingOccurrences(of: ".", with: ""))
    }
    if form.hasSuffix("'s") {
      variants.append(String(form.dropLast(2)))
    } else if form.hasSuffix("'") {
      variants.append(String(form.dropLast()))
    }
    var seen = Set<String>()
    return variants.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  private func baseForms(of form: String, pos: WordNetPOS) -> [String] {
    var result: [String] = []
    let exceptions = files.exceptionBases(form, pos)
    for base in exceptions where files.contains(base, pos) { result.append(base) }
    if files.contains(form, pos) { result.append(form) }
    // Like Morphy, a listed irregular form is not also run through the regular rules.
    if exceptions.isEmpty {
      let derived =
        form.contains("_" as Character)
        ? collocationForms(of: form, pos: pos) : detachedForms(of: form, pos: pos)
      result += derived.filter { files.contains($0, pos) }
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }

  /// Each word of a collocation reduced separately ("attorneys_general" → attorney_general,
  /// "asking_for_it" → ask_for_it); words with no base form in `pos` stay as written.
  private func collocationForms(of form: String, pos: WordNetPOS) -> [String] {
    let words = form.split(separator: "_").map(String.init)
    guard words.count <= 8 else { return [] }
    var combinations: [[String]] = [[]]
    for word in words {
      let reduced = wordForms(of: word, pos: pos).filter { $0 != word }
      let options = Array(reduced.prefix(2)) + [word]
      combinations = combinations.flatMap { prefix in options.map { prefix + [$0] } }
      // Keeps a pathological input from multiplying out; real collocations are short.
      if combinations.count > 64 { combinations = Array(combinations.prefix(64)) }
    }
    return combinations.map { $0.joined(separator: "_") }
  }

  private func wordForms(of word: String, pos: WordNetPOS) -> [String] {
    let exceptions = files.exceptionBases(word, pos)
    let candidates = exceptions.isEmpty ? detachedForms(of: word, pos: pos) : exceptions
    return candidates.filter { files.contains($0, pos) }
  }

  /// Morphy's rules of detachment, unfiltered: callers keep only forms WordNet lists.
  private func detachedForms(of word: String, pos: WordNetPOS) -> [String] {
    if pos == .noun {
      // "boxesful" → boxful: the rules apply to what precedes "ful".
      if word.hasSuffix("ful"), word.count > 3 {
        let stem = String(word.dropLast(3))
        return detachedForms(of: stem, pos: .noun).map { $0 + "ful" }
      }
      // Short words and "-ss" words are not plurals ("as", "boss" is not "bos").
      if word.hasSuffix("ss") || word.count <= 2 { return [] }
    }
    return Self.detachmentRules(pos).compactMap { rule in
      guard word.hasSuffix(rule.suffix), word.count > rule.suffix.count else { return nil }
      return String(word.dropLast(rule.suffix.count)) + rule.ending
    }
  }

  private static func detachmentRules(_ pos: WordNetPOS) -> [(suffix: String, ending: String)] {
    switch pos {
    case .noun:
      [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
        ("men", "man"), ("ies", "y"),
      ]
    case .verb:
      [
        ("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
        ("ing", ""),
      ]
    case .adjective:
      [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
    case .adverb:
      []
    }
  }
}

/// A WordNet part of speech; adjective satellites ("s" synsets) count as adjectives.
public enum WordNetPOS: String, Sendable, CaseIterable {
  case noun, verb, adjective, adverb

  /// The suffix of this part of speech's index.*, data.* and *.exc file names.
  var fileSuffix: String {
    switch self {
    case .noun: "noun"
    case .verb: "verb"
    case .adjective: "adj"
    case .adverb: "adv"
    }
  }

  /// The ss_type digits this part of speech has in sense keys (satellites are 5).
  var senseKeyTypes: [String] {
    switch self {
    case .noun: ["1"]
    case .verb: ["2"]
    case .adjective: ["3", "5"]
    case .adverb: ["4"]
    }
  }

  /// The pos letter used in pointers and ss_type fields of the data files.
  init?(letter: UInt8) {
    switch letter {
    case UInt8(ascii: "n"): self = .noun
    case UInt8(ascii: "v"): self = .verb
    case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adjective
    case UInt8(ascii: "r"): self = .adverb
    default: return nil
    }
  }
}
