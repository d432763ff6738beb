import Testing

@testable import NewsdeskCore

struct TokenizerCase: Sendable, CustomTestStringConvertible {
  var text: String
  var words: [String]
  var testDescription: String { text }
}

@Suite struct WordTokenizerTests {
  static let cases: [TokenizerCase] = [
    TokenizerCase(
      text: "U.S. officials met U.N. envoys", words: ["us", "officials", "met", "un", "envoys"]),
    TokenizerCase(text: "the U.S.A. team", words: ["the", "usa", "team"]),
    TokenizerCase(text: "Ecuador's President", words: ["ecuador", "s", "president"]),
    TokenizerCase(text: "they'll go", words: ["they", "ll", "go"]),
    TokenizerCase(text: "$1.5 billion", words: ["1.5", "billion"]),
    TokenizerCase(text: "70,000 troops", words: ["70000", "troops"]),
    TokenizerCase(text: "1,234,567.89 dollars", words: ["1234567.89", "dollars"]),
    TokenizerCase(text: "It ended in 2009.", words: ["it", "ended", "in", "2009"]),
    TokenizerCase(text: "apples, 3, pears", words: ["apples", "3", "pears"]),
    TokenizerCase(text: "“Hello”—world…again", words: ["hello", "world", "again"]),
    TokenizerCase(text: "left–right ‘quoted’ text", words: ["left", "right", "quoted", "text"]),
    TokenizerCase(text: "«Bonjour» ©2025", words: ["bonjour", "2025"]),
    TokenizerCase(text: "Bogotá and São Paulo", words: ["bogotá", "and", "são", "paulo"]),
    TokenizerCase(text: "ÉCUADOR MÉXICO", words: ["écuador", "méxico"]),
    TokenizerCase(text: "中文 新闻", words: ["中文", "新闻"]),
    TokenizerCase(text: "MixedCASE Words", words: ["mixedcase", "words"]),
    TokenizerCase(text: "", words: []),
    TokenizerCase(text: "... ?!? --- \n\t", words: []),
  ]

  @Test(arguments: cases)
  func words(_ example: TokenizerCase) {
    #expect(WordTokenizer.words(in: example.text) == example.words)
  }

  @Test func tokensAgreeWithWords() {
    for example in Self.cases {
      #expect(WordTokenizer.tokens(in: example.text).map(\.lowercased) == example.words)
    }
  }

  @Test func emojiDoesNotCrashAndKeepsTheWords() {
    let text = "🎉 party time 👍🏽 in Quito 🇪🇨!"
    let words = WordTokenizer.words(in: text)
    #expect(words.contains("party"))
    #expect(words.contains("time"))
    #expect(words.contains("quito"))
    for token in WordTokenizer.tokens(in: text) {
      #expect(token.utf8Range.lowerBound >= 0 && token.utf8Range.upperBound <= text.utf8.count)
    }
  }

  @Test func utf8RangesPointAtTheWords() {
    let text = "Café owners in Bogotá — 中文 — said 70,000 people came."
    let bytes = Array(text.utf8)
    let tokens = WordTokenizer.tokens(in: text)
    let surfaces = tokens.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
    #expect(
      surfaces == ["Café", "owners", "in", "Bogotá", "中文", "said", "70,000", "people", "came"])
    #expect(tokens[3].utf8Range == 16..<23)  // "Bogotá": 6 characters, 7 bytes
    for (token, surface) in zip(tokens, surfaces) where !surface.contains(",") {
      #expect(surface.lowercased() == token.lowercased)
    }
  }

  @Test func acronymRangeCoversTheLetters() {
    let text = "The U.S. said"
    let tokens = WordTokenizer.tokens(in: text)
    #expect(tokens.map(\.lowercased) == ["the", "us", "said"])
    let bytes = Array(text.utf8)
    let surface = String(decoding: bytes[tokens[1].utf8Range], as: UTF8.self)
    #expect(surface.hasPrefix("U.S"))
    #expect(tokens[1].utf8Range.upperBound <= tokens[2].utf8Range.lowerBound)
  }

  @Test func rangesAreOrderedAndDisjoint() {
    let text = "Rubio's visit: “U.S. forces”, $1.5 billion, 70,000 troops, Bogotá… 🎉 done"
    let tokens = WordTokenizer.tokens(in: text)
    for (previous, next) in zip(tokens, tokens.dropFirst()) {
      #expect(previous.utf8Range.upperBound <= next.utf8Range.lowerBound)
    }
  }

  @Test func forEachWordMatchesTokens() {
    let text = "Noboa met Rubio in Quito on Thursday."
    var seen: [WordToken] = []
    WordTokenizer.forEachWord(in: text) { seen.append(WordToken(lowercased: $0, utf8Range: $1)) }
    #expect(seen == WordTokenizer.tokens(in: text))
  }
}
