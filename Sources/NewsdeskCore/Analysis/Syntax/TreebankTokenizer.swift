/// One token of running text: the exact characters it covers, and the form the tagger and
/// parser read (curly quotes and apostrophes made straight, as in the treebank).
public struct SyntaxToken: Sendable, Equatable {
  /// The characters as written in the text.
  public var text: String
  /// UTF-8 offsets of `text` in the string that was tokenised.
  public var utf8Range: Range<Int>
  /// `text` with typographic quotes and dashes in the treebank's spelling.
  public var form: String

  public init(text: String, utf8Range: Range<Int>) {
    self.text = text
    self.utf8Range = utf8Range
    self.form = TreebankTokenizer.treebankForm(text)
  }
}

/// Splits text into tokens the way UD English EWT does where the parser cares: possessive
/// and contracted clitics ('s, n't, 're, 'll …) and punctuation are tokens of their own,
/// hyphens between word parts are split off, while numbers ("1,000.5"), abbreviations
/// ("U.S.", "Mr."), URLs and e-mail addresses stay whole. Every token is a contiguous
/// stretch of the input, so offsets map back exactly.
public enum TreebankTokenizer {
  public static func tokens(in text: String) -> [SyntaxToken] {
    var tokens: [SyntaxToken] = []
    var chunk: [(scalar: Unicode.Scalar, offset: Int)] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if scalar.properties.isWhitespace {
        split(chunk, end: offset, into: &tokens)
        chunk.removeAll(keepingCapacity: true)
      } else {
        chunk.append((scalar, offset))
      }
      offset += width
    }
    split(chunk, end: offset, into: &tokens)
    return tokens
  }

  typealias Chunk = ArraySlice<(scalar: Unicode.Scalar, offset: Int)>

  private static func split(
    _ chunk: [(scalar: Unicode.Scalar, offset: Int)], end: Int, into tokens: inout [SyntaxToken]
  ) {
    guard !chunk.isEmpty else { return }
    var pieces: [Range<Int>] = []
    splitChunk(chunk[...], into: &pieces)
    for piece in pieces where !piece.isEmpty {
      let start = chunk[piece.lowerBound].offset
      let stop = piece.upperBound < chunk.count ? chunk[piece.upperBound].offset : end
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: chunk[piece].map(\.scalar))
      tokens.append(SyntaxToken(text: String(scalars), utf8Range: start..<stop))
    }
  }

  /// Cuts one whitespace-free chunk into pieces (index ranges into the chunk).
  private static func splitChunk(_ chunk: Chunk, into pieces: inout [Range<Int>]) {
    var lower = chunk.startIndex
    var upper = chunk.endIndex
    var trailing: [Range<Int>] = []
    // Leading punctuation and currency symbols, one token each.
    while lower < upper, isOpening(chunk[lower].scalar) {
      pieces.append(lower..<(lower + 1))
      lower += 1
    }
    // Trailing punctuation, kept in order; an abbreviation keeps its full stop.
    while lower < upper {
      let last = chunk[upper - 1].scalar
      if last == "." && upper - lower >= 3 && isDots(chunk[(upper - 3)..<upper]) {
        trailing.insert((upper - 3)..<upper, at: 0)
        upper -= 3
      } else if isClosing(last)
        || (last == "." && !isAbbreviation(chunk[lower..<upper]))
      {
        trailing.insert((upper - 1)..<upper, at: 0)
        upper -= 1
      } else {
        break
      }
    }
    if lower < upper { splitWord(chunk, lower..<upper, into: &pieces) }
    pieces.append(contentsOf: trailing)
  }

  /// The middle of a chunk: clitics off the end, then hyphens and inner punctuation.
  private static func splitWord(
    _ chunk: Chunk, _ range: Range<Int>, into pieces: inout [Range<Int>]
  ) {
    let word = String(String.UnicodeScalarView(chunk[range].map(\.scalar)))
    if isURLOrAddress(word) {
      pieces.append(range)
      return
    }
    let lower = word.lowercased().replacingApostrophes()
    var stem = range
    var clitic: Range<Int>?
    for suffix in ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"] where lower.hasSuffix(suffix) {
      let length = suffix.unicodeScalars.count
      if range.count > length {
        clitic = (range.upperBound - length)..<range.upperBound
        stem = range.lowerBound..<(range.upperBound - length)
      }
      break
    }
    if clitic == nil, lower.count > 1, lower.hasSuffix("'"), lower.dropLast().hasSuffix("s") {
      clitic = (range.upperBound - 1)..<range.upperBound
      stem = range.lowerBound..<(range.upperBound - 1)
    }
    if clitic == nil, lower == "cannot" {
      clitic = (range.lowerBound + 3)..<range.upperBound
      stem = range.lowerBound..<(range.lowerBound + 3)
    }
    splitInner(chunk, stem, into: &pieces)
    if let clitic { pieces.append(clitic) }
  }

  /// Hyphens and inner punctuation: "first-class" → first - class, "8%" → 8 %,
  /// "word,word" → word , word; "1,000" and "3.5" stay whole.
  private static func splitInner(
    _ chunk: Chunk, _ range: Range<Int>, into pieces: inout [Range<Int>]
  ) {
    var start = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      let scalar = chunk[index].scalar
      let before = index > range.lowerBound ? chunk[index - 1].scalar : nil
      let after = index + 1 < range.upperBound ? chunk[index + 1].scalar : nil
      let isBreak: Bool
      switch scalar {
      case "-", "\u{2013}", "\u{2014}":
        isBreak = before != nil && after != nil
      case "%":
        isBreak = before != nil
      case ",", ";", "!", "?", "(", ")", "\"", "\u{201C}", "\u{201D}":
        isBreak = !(scalar == "," && isDigit(before) && isDigit(after))
      default:
        isBreak = false
      }
      if isBreak {
        if start < index { pieces.append(start..<index) }
        pieces.append(index..<(index + 1))
        start = index + 1
      }
      index += 1
    }
    if start < range.upperBound { pieces.append(start..<range.upperBound) }
  }

  private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
    scalar.map { $0.properties.numericType != nil } ?? false
  }

  private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    "\"'([{<“‘«$£€¥#".unicodeScalars.contains(scalar)
  }

  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    "\"')]}>”’»,;:!?…".unicodeScalars.contains(scalar)
  }

  private static func isDots(_ scalars: Chunk) -> Bool {
    scalars.allSatisfy { $0.scalar == "." }
  }

  /// "U.S.", "a.m.", "Mr.", "Inc.", "e.g.": a full stop that belongs to the word. A
  /// sentence-final abbreviation also keeps it, as the treebank's do.
  private static func isAbbreviation(_ scalars: Chunk) -> Bool {
    let letters = scalars.dropLast()
    guard !letters.isEmpty else { return false }
    if letters.contains(where: { $0.scalar == "." }) {
      return letters.allSatisfy { $0.scalar == "." || $0.scalar.properties.isAlphabetic }
    }
    let word = String(String.UnicodeScalarView(letters.map(\.scalar))).lowercased()
    return (letters.count == 1 && letters.first!.scalar.properties.isUppercase)
      || abbreviations.contains(word)
  }

  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "mt", "ft", "approx",
  ]

  private static func isURLOrAddress(_ word: String) -> Bool {
    let lower = word.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
      return true
    }
    if let at = lower.firstIndex(of: "@"), lower[at...].contains(".") { return true }
    return false
  }

  /// The spelling the treebank uses: straight quotes and apostrophes.
  static func treebankForm(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0x2018 && $0.value <= 0x201F })
    else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{2018}", "\u{2019}", "\u{201B}": result.append("'")
      case "\u{201C}", "\u{201D}", "\u{201F}": result.append("\"")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension String {
  fileprivate func replacingApostrophes() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
  }
}
