/// Turns words into index terms: drops stop words, stems the rest, and remembers each word's
/// stem so that every distinct word is stemmed once.
///
/// Holds a libstemmer handle, so it is not shared between threads: each worker makes its own.
public struct TermAnalyzer {
  private let stemmer = Stemmer()
  private var cache: [String: String?] = [:]
  /// Irregular verbs and plurals, so that "met" finds "meet" and "women" finds "woman".
  let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// The index term for a lower-cased word, or nil for a stop word.
  public mutating func term(for word: String) -> String? {
    if let cached = cache[word] { return cached }
    // "Temur" finds "Temür": names are typed without their accents as often as with.
    let plain = AccentFolding.fold(word)
    let base = lexicon.irregularVerbs[plain] ?? lexicon.irregularSingular(of: plain) ?? plain
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
