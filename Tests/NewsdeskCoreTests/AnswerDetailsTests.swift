import Testing

@testable import NewsdeskCore

/// Roles read from the words around a name.
struct AnswerDetailsTests {
  func role(of name: String, in sentence: String) throws -> String? {
    let range = try #require(sentence.range(of: name))
    let start = sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound)
    let end = sentence.utf8.distance(from: sentence.startIndex, to: range.upperBound)
    return AnswerDetails().role(of: start..<end, in: sentence)
  }

  @Test(arguments: [
    (
      "Daniel Noboa", "Rubio will meet Ecuador's President Daniel Noboa, who has deployed troops.",
      "Ecuador's President"
    ),
    (
      "Diosdado Cabello",
      "Venezuela's Interior Minister Diosdado Cabello accused the United States.",
      "Venezuela's Interior Minister"
    ),
    // A curly apostrophe is a possessive too.
    (
      "Ilse Brandt", "Orlen\u{2019}s Mayor Ilse Brandt opened the bridge.", "Orlen\u{2019}s Mayor"
    ),
    (
      "Marco Rubio", "US Secretary of State Marco Rubio is expected to discuss it.",
      "US Secretary of State"
    ),
    (
      "Tren de Aragua", "The boat belonged to Tren de Aragua, a Venezuelan gang he has designated.",
      "a Venezuelan gang"
    ),
    (
      "Noboa", "In Noboa, a businessman who has consolidated power, Rubio could find an ally.",
      "a businessman"
    ),
    // A possessive inside the apposition is part of the role.
    (
      "Marta Quinn", "Marta Quinn, the union's general secretary, said pay was offered.",
      "the union's general secretary"
    ),
    // A percentage sign stays with its number.
    (
      "cash", "Van Rijn will pay in cash, a premium of 38% to the closing price.",
      "a premium of 38%"
    ),
  ])
  func findsTheRole(_ name: String, _ sentence: String, _ expected: String) throws {
    #expect(try role(of: name, in: sentence) == expected)
  }

  @Test func noRoleWhenTheSentenceGivesNone() throws {
    #expect(try role(of: "Rubio", in: "Rubio said that such interdictions did not work.") == nil)
  }
}

/// The people a sentence names: the owner of a possessive title is not one, with either
/// apostrophe.
@Suite struct ReferencePeopleTests {
  @Test(arguments: [
    "Orlen's Mayor Ilse Brandt opened it.", "Orlen\u{2019}s Mayor Ilse Brandt opened it.",
  ])
  func thePossessiveOwnerIsNoPerson(_ sentence: String) {
    let people = ReferenceResolver(lexicon: TestSupport.lexicon).people(
      in: SentenceWords(sentence), before: nil)
    #expect(!people.contains("Orlen"))
  }
}
