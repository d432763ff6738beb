import Testing

@testable import NewsdeskCore

/// The byte-level title for ASCII sentences must give exactly the Character-level one.
@Suite struct ArticleParserTitleTests {
  static let sentences = [
    "", "   ", "Short title.",
    "Exactly seventy-two characters long, give or take a word or two here.",
    String(repeating: "a", count: 100), "Word " + String(repeating: "b", count: 80),
    "Tabs\tand\nnewlines\r\nand   runs of spaces count as one space between words in titles",
    "US Secretary of State Marco Rubio is expected to discuss bolstering security cooperation",
    String(repeating: "x ", count: 60), "A" + String(repeating: " ", count: 200) + "B",
  ]

  @Test(arguments: sentences)
  func asciiTitlesMatchCharacterTitles(_ sentence: String) {
    for maximum in [1, 2, 10, 71, 72, 73] {
      var bytes = Substring(sentence)
      let fast = bytes.withUTF8 { ArticleParser.asciiTitle($0, maximum: maximum) }
      #expect(fast == ArticleParser.characterTitle(Substring(sentence), maximum: maximum))
    }
  }

  @Test func randomSentencesAgree() {
    var random = SeededGenerator(seed: 5)
    let pieces = ["a", "word", "longerword", " ", "  ", "\t", "\n", "x.", "(y)", "12,5"]
    for _ in 0..<500 {
      let sentence = (0..<Int(random.next() % 40)).map { _ in
        pieces[Int(random.next() % UInt64(pieces.count))]
      }.joined()
      var bytes = Substring(sentence)
      let fast = bytes.withUTF8 { ArticleParser.asciiTitle($0, maximum: 20) }
      #expect(fast == ArticleParser.characterTitle(Substring(sentence), maximum: 20), "\(sentence)")
    }
  }

  @Test func nonASCIIFallsBackToCharacters() {
    var bytes = Substring("Señora Noboa habló")
    #expect(bytes.withUTF8 { ArticleParser.asciiTitle($0, maximum: 72) } == nil)
    let parser = ArticleParser()
    let body = "Señora Noboa habló. Then more."
    let title = parser.derivedTitle(
      body: body, sentences: ArticleReader.locations(of: parser.splitter.split(body), in: body))
    #expect(title == "Señora Noboa habló.")
  }
}
