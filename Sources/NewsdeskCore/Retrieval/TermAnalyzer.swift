/// Turns words into index terms: drops stop words, stems the rest, and remembers each word's
/// stem so that every distinct word is stemmed once.
///
/// Holds a libstemmer handle, so it is not shared between threads: each worker makes its own.
public struct TermAnalyzer {
  private let stemmer = Stemmer()
  private var cache: [String: String?] = [:]

  public init() {}

  /// Irregular verb forms, so that "met" finds "meet" and "blew" finds "blow": the
  /// stemmer only strips suffixes. Loaded once; empty without WordNet.
  static let irregularVerbs: [String: String] = WordNet.shared?.irregularVerbs ?? [:]

  /// Irregular noun plurals, so that "women" finds "woman" and "children" finds "child".
  static let irregularNouns: [String: String] = WordNet.shared?.irregularNouns ?? [:]

  /// The singular of an irregular plural ("women" → woman), else nil.
  static func irregularSingular(of word: String) -> String? {
    irregularNouns[word] ?? WordNet.shared?.singularOfMen(word)
  }

  /// The index term for a lower-cased word, or nil for a stop word.
  public mutating func term(for word: String) -> String? {
    if let cached = cache[word] { return cached }
    // "Temur" finds "Temür": names are typed without their accents as often as with.
    let plain = AccentFolding.fold(word)
    let base = Self.irregularVerbs[plain] ?? Self.irregularSingular(of: plain) ?? plain
    // A word of combining marks alone folds to nothing, and an empty term would match every
    // such word (found by QuestionFuzz): it is no term, like a stop word.
    let term: String? =
      plain.isEmpty || StopWords.contains(plain) || StopWords.contains(base)
      ? nil : stemmer.stem(base)
    if cache.count < 1_000_000 { cache[word] = term }
    return term
  }

  /// The distinct index terms of a text, in order of first appearance.
  public mutating func terms(in text: String) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for word in WordTokenizer.words(in: text) {
      if let term = term(for: word), seen.insert(term).inserted { result.append(term) }
    }
    return result
  }
}
