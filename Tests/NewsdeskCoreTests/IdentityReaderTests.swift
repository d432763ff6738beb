import Testing

@testable import NewsdeskCore

/// "Who is NAME?" read off the parse: the title, apposition, renamed noun, copula or relative
/// clause an invented sentence gives the name, and nothing for a name it gives no role.
@Suite(
  .needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct IdentityReaderTests {
  static func readings(_ name: String, in sentence: String) -> [IdentityReader.Reading] {
    let annotator = SentenceAnnotator.standard!
    let words = name.lowercased().split(separator: " ").map(String.init)
    return IdentityReader(lexicon: annotator.lexicon).readings(
      of: words, in: annotator.annotate(sentence))
  }

  @Test(arguments: [
    // A title before the name, whichever word the parser makes the phrase's head.
    (
      "Halden's Foreign Minister Petra Voss arrived on Sunday.", "Petra Voss",
      "Halden's Foreign Minister", IdentityReader.Kind.title
    ),
    (
      "Rovers chief executive Alan Brook defended the decision.", "Alan Brook",
      "Rovers chief executive", .title
    ),
    ("His lawyer Mara Quist said the deal was close.", "Mara Quist", "lawyer", .title),
    (
      "Outgoing Norbury chairman Philip Dray said the club was safe.", "Dray",
      "Norbury chairman", .title
    ),
    // An apposition after it.
    (
      "\"Sales fell,\" said Colm Ferris, head of the Delmont Savings Bank.", "Colm Ferris",
      "head of the Delmont Savings Bank", .apposition
    ),
    (
      "The plan was drawn up by Ilse Moran, a Varnet spokeswoman.", "Ilse Moran",
      "Varnet spokeswoman", .apposition
    ),
    // The noun the name renames.
    (
      "Its finance director, Karl Weir, resigned in May.", "Karl Weir", "finance director", .renamed
    ),
    // A copula.
    (
      "Jana Holt is the managing director of Pellow Foods.", "Jana Holt",
      "the managing director of Pellow Foods", .copula
    ),
    // A relative clause.
    (
      "Owen Tarr, who founded the label in 1998, will produce the film.", "Owen Tarr",
      "who founded the label in 1998", .relativeClause
    ),
  ])
  func theRoleComesOffTheParse(
    _ example: (sentence: String, name: String, role: String, kind: IdentityReader.Kind)
  ) throws {
    let first = try #require(Self.readings(example.name, in: example.sentence).first)
    #expect(first.text == example.role)
    #expect(first.kind == example.kind)
  }

  /// A title with a prefix its hyphen splits off ("co-", tagged AFX) keeps the prefix.
  @Test func aPrefixedTitleIsWhole() throws {
    let first = try #require(
      Self.readings("Tomas Berg", in: "Tory co-chairman Dr Tomas Berg spoke later.").first)
    #expect(first.text.contains("co-chairman"))
  }

  /// A name with no role beside it, an honorific, and another person of the same surname
  /// give nothing.
  @Test(arguments: [
    ("Dr Liam Ordway told the committee there was no money left.", "Liam Ordway"),
    ("Petra Voss arrived in Halden on Sunday.", "Petra Voss"),
    ("Foreign Minister Harold Voss arrived on Sunday.", "Petra Voss"),
    ("Voss, speaking on Sunday, said talks would go on.", "Voss"),
  ])
  func noRoleNoReading(_ example: (sentence: String, name: String)) {
    #expect(Self.readings(example.name, in: example.sentence).isEmpty)
  }
}
