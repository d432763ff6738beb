/// A figure's extent in the sentence's text: the signs around it the words leave out, and
/// brackets kept balanced.
extension EntityRecognizer {
  /// Whether every word of the text is a number ("2", "28.7m", "two million").
  static func isBareFigure(_ text: String) -> Bool {
    let words = WordTokenizer.words(in: text)
    return !words.isEmpty
      && words.allSatisfy { $0.first?.isNumber == true || Lexicon.numberWords.contains($0) }
  }

  /// Whether any word of the text is a number written as a word ("two", "million").
  static func isNumberWord(_ text: String) -> Bool {
    WordTokenizer.words(in: text).contains { Lexicon.numberWords.contains($0) }
  }

  /// The figure with the currency sign before it ("£28.7m") and the percent sign after it
  /// ("8%"), a hyphenated word it runs into ("£10 one-way"), and no bracket left open: one
  /// that closes right after is taken in ("$4.1bn (£2.2bn)"), any other is cut with what
  /// follows it. Takes and gives byte ranges of the sentence; nil when nothing is left.
  func completedFigure(_ figure: Range<Int>, _ words: SentenceWords) -> Range<Int>? {
    let bytes = words.bytes
    var lower = figure.lowerBound
    var upper = min(figure.upperBound, bytes.count)
    // A percent sign inside ends the figure: "0.4% in the quarter" is 0.4%.
    if let percent = (lower..<upper).first(where: { bytes[$0] == UInt8(ascii: "%") }) {
      upper = percent + 1
    }
    for symbol in Lexicon.currencySigns {
      let utf8 = Array(symbol.utf8)
      if lower >= utf8.count, Array(bytes[(lower - utf8.count)..<lower]) == utf8 {
        lower -= utf8.count
        break
      }
    }
    if upper < bytes.count, bytes[upper] == UInt8(ascii: "%") { upper += 1 }
    // "£10 one-way" is a price with its terms; "two-country tour" stays "two".
    if lower < figure.lowerBound, upper + 1 < bytes.count,
      bytes[upper] == UInt8(ascii: "-"),
      let joined = words.words.first(where: { $0.utf8Range.lowerBound == upper + 1 })
    {
      upper = joined.utf8Range.upperBound
    }
    let opens = (lower..<upper).filter { bytes[$0] == UInt8(ascii: "(") }
    let closes = (lower..<upper).filter { bytes[$0] == UInt8(ascii: ")") }.count
    if opens.count > closes, let open = opens.last {
      var next = upper
      while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
      if next < bytes.count, bytes[next] == UInt8(ascii: ")"), opens.count == closes + 1 {
        upper = next + 1
      } else {
        upper = open
      }
    }
    while upper > lower, [" ", ";", ",", ":"].map({ UInt8(ascii: $0) }).contains(bytes[upper - 1]) {
      upper -= 1
    }
    guard upper > lower else { return nil }
    return lower..<upper
  }
}
