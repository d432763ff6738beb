import Testing

@testable import NewsdeskCore

/// The question's words' relatives, graded: the word itself, then a derivation, a synonym, a
/// more general word.
@Suite struct TermRelativesTests {
  static func relatives() -> TermRelatives {
    var relatives = TermRelatives()
    relatives.add("death", for: "die", as: .derivation)
    relatives.add("perish", for: "die", as: .synonym)
    relatives.add("acquir", for: "buy", as: .hypernym)
    return relatives
  }

  static let creditCases: [(asked: String, present: [String], credit: Double)] = [
    ("die", ["die", "death"], 1),
    ("die", ["death", "perish"], TermRelatives.credit(.derivation)),
    ("die", ["perish"], TermRelatives.credit(.synonym)),
    ("buy", ["acquir"], TermRelatives.credit(.hypernym)),
    // A relative of another word asked is no credit to this one.
    ("buy", ["death"], 0),
    ("die", [], 0),
  ]

  @Test("A word asked earns its closest relative's credit", arguments: creditCases)
  func credit(_ test: (asked: String, present: [String], credit: Double)) {
    #expect(Self.relatives().credit(of: test.asked, in: Set(test.present)) == test.credit)
  }

  @Test("The closer relation counts for more")
  func ordered() {
    let credits = TermRelatives.Relation.allCases.map(TermRelatives.credit)
    #expect(credits == credits.sorted(by: >))
    #expect(credits.allSatisfy { $0 > 0 && $0 < 1 })
  }

  @Test("A term related two ways keeps the closer way, whichever is added first")
  func keepsCloser() {
    var relatives = TermRelatives()
    relatives.add("purchas", for: "buy", as: .hypernym)
    relatives.add("purchas", for: "buy", as: .synonym)
    relatives.add("purchas", for: "buy", as: .hypernym)
    #expect(relatives.related["purchas"]?.relation == .synonym)
  }

  @Test("The term share credits a relative in part")
  func termShare() {
    let share = SentenceRanking.termShare(
      of: ["jame", "dean", "die"], in: ["jame", "dean", "death"], kindTerm: nil,
      relatives: Self.relatives())
    #expect(abs(share - (2 + TermRelatives.credit(.derivation)) / 3) < 1e-9)
  }
}

/// The relatives WordNet gives a question's words.
@Suite(.needsWordNet) struct QuestionRelativesTests {
  func relation(_ term: String, in question: String) -> TermRelatives.Relative? {
    QuestionAnalyzer().analyze(question).relatives.related[term]
  }

  @Test("A verb's nominalisation is a derivation")
  func nominalisation() {
    #expect(relation("invas", in: "When did Iraq invade Kuwait?")?.relation == .derivation)
  }

  @Test("A verb's synonym and its more general act are graded apart")
  func verbs() {
    #expect(relation("purchas", in: "Who bought Glenmorangie?")?.relation == .synonym)
    #expect(relation("acquir", in: "Who bought Glenmorangie?")?.relation == .hypernym)
    #expect(relation("detect", in: "When was the comet discovered?")?.relation == .synonym)
  }

  @Test("A name and a common verb lend no relatives")
  func namesAndCommonVerbs() {
    let analysis = QuestionAnalyzer().analyze("When did James Dean die?")
    #expect(!analysis.relatives.related.values.contains { $0.asked == "dean" })
    #expect(!analysis.relatives.related.values.contains { $0.asked == "die" })
  }
}

/// A sentence holding a word of the kind the question's noun asks for.
@Suite(.needsWordNet) struct KindAskedTests {
  static let cases: [(head: String, sentence: String, holds: Bool)] = [
    ("color", "bullets painted blue, the signature of the gang", true),
    ("sport", "the touring basketball performers returned to Cuba", true),
    // The noun asked itself, or its plural, is no instance of it.
    ("color", "kids killed for wearing gang colors", false),
    ("sport", "the team stayed for a full week in Havana", false),
  ]

  @Test("A word below the noun asked in WordNet's hypernyms", arguments: cases)
  func holds(_ test: (head: String, sentence: String, holds: Bool)) throws {
    let wordNet = try #require(TestSupport.lexicon.wordNet)
    #expect(
      SentenceRanking.holdsKind(
        test.head, words: WordTokenizer.words(in: test.sentence), questionWords: [],
        wordNet: wordNet) == test.holds)
  }
}
