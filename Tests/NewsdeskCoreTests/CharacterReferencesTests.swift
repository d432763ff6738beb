import Testing

@testable import NewsdeskCore

/// HTML character references in plain-text articles are read as the characters they stand
/// for; an ampersand of the text itself stays.
@Suite struct CharacterReferencesTests {
  @Test(arguments: [
    ("the caf&#233; and restaurant", "the café and restaurant"),
    ("R&amp;B star", "R&B star"),
    ("caf&#xE9;", "café"),
    ("AT&T and M&S", "AT&T and M&S"),
    ("a lone & sign", "a lone & sign"),
    ("&unknown; stays", "&unknown; stays"),
    ("&#0; and &#xD800; are no text", "&#0; and &#xD800; are no text"),
    ("ends with &", "ends with &"),
    ("", ""),
  ])
  func referencesAreDecoded(_ text: String, _ expected: String) {
    #expect(CharacterReferences.decoded(text) == expected)
  }

  /// A number inside a reference is no figure of the article.
  @Test func aTextArticlesBodyIsDecoded() {
    let parsed = ArticleParser().parse(
      "Library opens caf&#233;\n\nThe caf&#233; opens in eleven rooms.", isMarkdown: false)
    #expect(parsed.body.contains("café opens"))
    #expect(!parsed.body.contains("233"))
  }
}
