import Testing

@testable import NewsdeskCore

/// Name recognition on the surface of a sentence (`NameRecognizer`): the spans that are
/// names, the kind each can be, and the titles before a person's name left out.
@Suite struct NameRecognizerTests {
  static func names(in sentence: String) -> [String] {
    let words = SentenceWords(sentence)
    return NameRecognizer().nameSpans(words).map {
      words.text(from: $0.lowerBound, through: $0.upperBound)
    }
  }

  /// Runs of capitalised words, joined by "of" and a short number, cut at punctuation; a
  /// stop word opening the sentence is not part of the name.
  @Test(arguments: [
    (
      "The University of Melbourne sent Apollo 17 data to Lagos.",
      ["University of Melbourne", "Apollo 17", "Lagos"]
    ),
    ("The fourth emperor, Buyantu Khan (Ayurbarwada), was able.", ["Buyantu Khan", "Ayurbarwada"]),
    ("In Quito, police arrested two men.", ["Quito"]),
    ("They rose slowly in every region.", []),
    // A possessive inside a building's name; an owner's possessive before a title.
    ("They go to St Anne's Hospital in Corby.", ["St Anne's Hospital", "Corby"]),
    ("They met at Ecuador's Interior Ministry.", ["Ecuador", "Interior Ministry"]),
  ])
  func spansAreNames(_ example: (sentence: String, names: [String])) {
    #expect(Self.names(in: example.sentence) == example.names)
  }

  /// A familiar word opening a sentence before a comma is no name; a rare WordNet entry (a
  /// plant genus) there is someone's.
  @Test(.needsWordNet)
  func aRareWordBeforeTheOpeningCommaIsAName() {
    let lexicon = TestSupport.lexicon
    func names(_ sentence: String) -> [String] {
      let words = SentenceWords(sentence)
      return NameRecognizer(lexicon: lexicon).nameSpans(words).map {
        words.text(from: $0.lowerBound, through: $0.upperBound)
      }
    }
    #expect(names("Larrea, a former bank governor, said she would stay.") == ["Larrea"])
    #expect(names("Today, the Carvell parliament voted.") == ["Carvell"])
  }

  /// The kind a span can be: a place the gazetteer knows is no person; a weekday is neither
  /// a person nor a place; an unknown name after "in" can be a place.
  @Test(arguments: [
    ("He met Noboa in Ecuador on Tuesday.", "Noboa", NameRecognizer.Kind.person, true),
    ("He met Noboa in Ecuador on Tuesday.", "Ecuador", .person, false),
    ("He met Noboa in Ecuador on Tuesday.", "Ecuador", .place, true),
    ("He met Noboa in Ecuador on Tuesday.", "Tuesday", .person, false),
    ("He met Noboa in Ecuador on Tuesday.", "Tuesday", .place, false),
    ("Troops were sent to Greenhill.", "Greenhill", .place, true),
  ])
  func kindsFit(
    _ example: (sentence: String, name: String, kind: NameRecognizer.Kind, fits: Bool)
  ) throws {
    let words = SentenceWords(example.sentence)
    let recognizer = NameRecognizer()
    let span = try #require(
      recognizer.nameSpans(words).first {
        words.text(from: $0.lowerBound, through: $0.upperBound) == example.name
      })
    #expect(recognizer.fits(span: span, kind: example.kind, words: words) == example.fits)
  }

  /// "US Secretary of State Marco Rubio" is Marco Rubio: titles, the places owning them and
  /// the "of" between them go; a name with no title stays whole.
  @Test(arguments: [
    ("US Secretary of State Marco Rubio arrived.", "Marco Rubio"),
    ("Interior Minister John Reimberg spoke.", "John Reimberg"),
    ("Daniel Noboa spoke.", "Daniel Noboa"),
  ])
  func titlesAreStripped(_ example: (sentence: String, person: String)) throws {
    let words = SentenceWords(example.sentence)
    let recognizer = NameRecognizer()
    let span = try #require(recognizer.nameSpans(words).first)
    let person = recognizer.stripTitles(span, words)
    #expect(words.text(from: person.lowerBound, through: person.upperBound) == example.person)
  }
}
