/// The hashed facts about one token that features combine: worked out once per token and
/// shared by the tagger and the parser, in training and in use (one implementation, so the
/// two cannot drift).
struct TokenAtoms: Sendable {
  /// The word lowercased, with numbers folded into a few classes.
  var word: UInt64
  /// The word as written (capitals kept).
  var exact: UInt64
  var suffix1: UInt64
  var suffix2: UInt64
  var suffix3: UInt64
  var suffix4: UInt64
  var prefix1: UInt64
  var prefix2: UInt64
  var prefix3: UInt64
  /// "Xxxx", "dd.d", "x-x": classes of characters with long runs collapsed.
  var shape: UInt64
  /// Capitalisation and position: lower, Capitalised, ALLCAPS, mixed; first in sentence or not.
  var capitalisation: UInt64
  /// The parts of speech WordNet lists for the word, most common first (0 for none).
  var wordNetClasses: UInt64

  /// The atoms standing for "no token here" (before the start or past the end).
  static let padding: TokenAtoms = {
    let pad = FeatureHash.of("<pad>")
    return TokenAtoms(
      word: pad, exact: pad, suffix1: pad, suffix2: pad, suffix3: pad, suffix4: pad,
      prefix1: pad, prefix2: pad, prefix3: pad, shape: pad, capitalisation: pad,
      wordNetClasses: pad)
  }()

  init(
    word: UInt64, exact: UInt64, suffix1: UInt64, suffix2: UInt64, suffix3: UInt64,
    suffix4: UInt64, prefix1: UInt64, prefix2: UInt64, prefix3: UInt64, shape: UInt64,
    capitalisation: UInt64, wordNetClasses: UInt64
  ) {
    self.word = word
    self.exact = exact
    self.suffix1 = suffix1
    self.suffix2 = suffix2
    self.suffix3 = suffix3
    self.suffix4 = suffix4
    self.prefix1 = prefix1
    self.prefix2 = prefix2
    self.prefix3 = prefix3
    self.shape = shape
    self.capitalisation = capitalisation
    self.wordNetClasses = wordNetClasses
  }

  /// The atoms of `form` at position `index` of a sentence.
  init(form: String, index: Int, lexicon: WordNet?) {
    let lower = form.lowercased()
    let characters = Array(lower.unicodeScalars)
    let normalized = Self.normalizedWord(lower, scalars: characters)
    word = FeatureHash.of(normalized)
    exact = FeatureHash.of(form)
    func suffix(_ length: Int) -> UInt64 { FeatureHash.of(characters.suffix(length)) }
    func prefix(_ length: Int) -> UInt64 { FeatureHash.of(characters.prefix(length)) }
    suffix1 = suffix(1)
    suffix2 = suffix(2)
    suffix3 = suffix(3)
    suffix4 = suffix(4)
    prefix1 = prefix(1)
    prefix2 = prefix(2)
    prefix3 = prefix(3)
    shape = FeatureHash.of(Self.shape(of: form))
    capitalisation = FeatureHash.of(Self.capitalisationClass(of: form) * 2 + (index == 0 ? 1 : 0))
    wordNetClasses = Self.wordNetClasses(of: lower, lexicon: lexicon)
  }

  /// Numbers carry little by their digits: "1998" and "2003" are years, "3.5" a decimal.
  static func normalizedWord(_ lower: String, scalars: [Unicode.Scalar]) -> String {
    let digits = scalars.filter { $0.properties.numericType != nil }.count
    guard digits > 0 else { return lower }
    if digits == scalars.count {
      return scalars.count == 4 ? "<year>" : "<digits\(min(scalars.count, 5))>"
    }
    let hasLetters = scalars.contains { $0.properties.isAlphabetic }
    if !hasLetters { return "<number>" }
    return lower
  }

  static func shape(of form: String) -> String {
    var shape = ""
    var last: Character = " "
    var run = 0
    for scalar in form.unicodeScalars.prefix(20) {
      let mapped: Character
      if scalar.properties.isUppercase {
        mapped = "X"
      } else if scalar.properties.isLowercase {
        mapped = "x"
      } else if scalar.properties.numericType != nil {
        mapped = "d"
      } else {
        mapped = Character(scalar)
      }
      run = mapped == last ? run + 1 : 1
      last = mapped
      if run <= 2 { shape.append(mapped) }
    }
    return shape
  }

  /// 0 no letters, 1 lowercase, 2 Capitalised, 3 ALL CAPS, 4 mIxed.
  static func capitalisationClass(of form: String) -> Int {
    var upper = 0
    var lower = 0
    var firstUpper = false
    for (position, scalar) in form.unicodeScalars.enumerated() {
      if scalar.properties.isUppercase {
        upper += 1
        if position == 0 { firstUpper = true }
      } else if scalar.properties.isLowercase {
        lower += 1
      }
    }
    if upper == 0 { return lower == 0 ? 0 : 1 }
    if lower == 0 { return 3 }
    return firstUpper && upper == 1 ? 2 : 4
  }

  static func wordNetClasses(of lower: String, lexicon: WordNet?) -> UInt64 {
    guard let lexicon, lower.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
      lower.utf8.count < 40
    else { return 0 }
    let classes = lexicon.partsOfSpeech(lower)
    var code = 1
    for pos in classes.prefix(4) {
      code = code * 5 + (WordNetPOS.allCases.firstIndex(of: pos) ?? 0) + 1
    }
    return FeatureHash.of(code)
  }
}
