import Testing

@testable import NewsdeskCore

/// Tokens as UD English EWT has them where the parser cares, and offsets that map back.
@Suite struct TreebankTokenizerTests {
  @Test(arguments: [
    ("I can't go.", ["I", "ca", "n't", "go", "."]),
    ("John's car isn't here", ["John", "'s", "car", "is", "n't", "here"]),
    ("the workers' union", ["the", "workers", "'", "union"]),
    ("They're sure we'll win", ["They", "'re", "sure", "we", "'ll", "win"]),
    ("U.S. officials met Mr. Smith.", ["U.S.", "officials", "met", "Mr.", "Smith", "."]),
    ("first-class passengers", ["first", "-", "class", "passengers"]),
    ("up 8% to $1.2bn (£640m)", ["up", "8", "%", "to", "$", "1.2bn", "(", "£", "640m", ")"]),
    ("1,000 people, 3.5 tonnes", ["1,000", "people", ",", "3.5", "tonnes"]),
    ("\"Yes,\" he said...", ["\"", "Yes", ",", "\"", "he", "said", "..."]),
    ("see https://example.com/a?b=1.", ["see", "https://example.com/a?b=1", "."]),
    ("mail ann@example.org today", ["mail", "ann@example.org", "today"]),
    ("It’s Ecuador’s", ["It", "’s", "Ecuador", "’s"]),
    ("I cannot", ["I", "can", "not"]),
  ])
  func tokens(_ text: String, _ expected: [String]) {
    #expect(TreebankTokenizer.tokens(in: text).map(\.text) == expected)
  }

  @Test(arguments: [
    "Police said gunmen attacked the convoy.",
    "Café owners’ “protest” — 🚀 emoji, 中文 and ÅNGSTRÖM!",
    "   ",
    "",
    "!!!???",
    "a\tb\nc",
  ])
  func offsetsMapBackExactly(_ text: String) {
    let bytes = Array(text.utf8)
    var previousEnd = 0
    for token in TreebankTokenizer.tokens(in: text) {
      #expect(String(decoding: bytes[token.utf8Range], as: UTF8.self) == token.text)
      #expect(token.utf8Range.lowerBound >= previousEnd)
      previousEnd = token.utf8Range.upperBound
    }
  }

  @Test func curlyQuotesReadAsTheTreebankSpellsThem() {
    let tokens = TreebankTokenizer.tokens(in: "“It’s”")
    #expect(tokens.map(\.form) == ["\"", "It", "'s", "\""])
    #expect(tokens.map(\.text) == ["“", "It", "’s", "”"])
  }
}
