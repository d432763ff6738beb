import Foundation
import Testing

@testable import NewsdeskCore

/// Expectations are what WordNet 3.0 (Debian's wordnet-base) actually says, checked with
/// `wn`, including where it surprises ("kill" and "slay" share no synset).
@Suite(
  .enabled(if: TestSupport.lexicon.wordNet != nil, "WordNet files not installed (wordnet-base)"))
struct WordNetTests {
  let wordNet = TestSupport.lexicon.wordNet

  @Test(arguments: [
    ("met", WordNetPOS.verb, ["meet"]),
    ("killed", .verb, ["kill"]),
    ("countries", .noun, ["country"]),
    ("Countries", .noun, ["country"]),
    ("geese", .noun, ["goose"]),
    ("was", .verb, ["be"]),
    ("went", .verb, ["go"]),
    ("running", .verb, ["run"]),
    // Exception bases come first, then the form itself when it is a lemma too.
    ("better", .adjective, ["good", "well", "better"]),
    ("saw", .verb, ["see", "saw"]),
    ("axes", .noun, ["ax", "axis"]),
    ("glasses", .noun, ["glasses", "glass"]),
    // "-ss" is not a plural ending, so no "bos" (which is a genus in WordNet).
    ("boss", .noun, ["boss"]),
    ("attorneys general", .noun, ["attorney_general"]),
    ("attorneys_general", .noun, ["attorney_general"]),
    ("asking for it", .verb, ["ask_for_it"]),
    ("boxesful", .noun, ["boxful"]),
    ("oct.", .noun, ["oct"]),
    ("president's", .noun, ["president"]),
    ("president\u{2019}s", .noun, ["president"]),
    ("quickly", .adverb, ["quickly"]),
    ("xyzzy", .noun, []),
    ("met", .noun, []),
  ])
  func lemmas(word: String, pos: WordNetPOS, expected: [String]) throws {
    let wordNet = try #require(wordNet)
    #expect(wordNet.lemmas(word, pos: pos) == expected)
  }

  /// Lemmas are remembered by part of speech: asked again, a word gets the same answer, and
  /// in another part of speech its own, never one remembered for the other.
  @Test func rememberedLemmasKeepPartsOfSpeechApart() throws {
    let wordNet = try #require(wordNet)
    for _ in 0..<2 {
      #expect(wordNet.lemmas("saw", pos: .verb) == ["see", "saw"])
      #expect(wordNet.lemmas("saw", pos: .noun) == ["saw"])
      #expect(wordNet.lemmas("saw", pos: .adjective) == [])
    }
  }

  @Test(arguments: [
    ("run", [WordNetPOS.verb, .noun]),
    ("running", [.verb, .adjective, .noun]),
    ("country", [.noun]),
    ("quickly", [.adverb]),
    // "was" is also the plural of the noun "wa" (Washington State) to Morphy.
    ("was", [.verb, .noun]),
    ("", []),
    ("xyzzy", []),
  ])
  func partsOfSpeech(word: String, expected: [WordNetPOS]) throws {
    let wordNet = try #require(wordNet)
    #expect(wordNet.partsOfSpeech(word) == expected)
  }

  @Test(arguments: [
    // kill.v.01 is a synset of its own; "murder, slay" is a troponym below it, not a synonym.
    (
      "kill", WordNetPOS.verb, 3, ["defeat", "vote_down", "stamp_out"], ["slay", "murder", "kill"]
    ),
    ("killed", .verb, 3, ["defeat"], ["kill", "killed"]),
    ("murder", .verb, 1, ["slay", "bump_off"], ["murder"]),
    ("kill", .noun, 3, ["killing", "putting_to_death"], []),
    ("car", .noun, 1, ["auto", "automobile", "motorcar"], ["railcar"]),
    ("car", .noun, 5, ["railcar"], []),
    ("Ecuador", .noun, 3, ["republic_of_ecuador"], ["ecuador"]),
    ("kill", .verb, 0, [], ["defeat"]),
  ])
  func synonyms(
    word: String, pos: WordNetPOS, senses: Int, included: [String], excluded: [String]
  ) throws {
    let wordNet = try #require(wordNet)
    let synonyms = wordNet.synonyms(word, pos: pos, senses: senses)
    #expect(synonyms.isSuperset(of: included))
    #expect(synonyms.isDisjoint(with: excluded))
  }

  @Test(arguments: [
    ("departure", "depart"),
    ("depart", "departure"),
    ("killing", "kill"),
    ("kill", "killer"),
    ("election", "elect"),
    ("president", "presidency"),
    ("Ecuador", "ecuadorian"),
  ])
  func derivations(word: String, related: String) throws {
    let wordNet = try #require(wordNet)
    let derivations = wordNet.derivations(word)
    #expect(derivations.contains(related))
    #expect(!derivations.contains(word.lowercased()))
  }

  @Test(arguments: [
    ("gang", "organization", 3, true),
    ("gang", "social_group", 3, true),
    ("Ecuador", "country", 3, true),
    ("Ecuador", "location", 3, true),
    ("countries", "location", 3, true),
    ("president", "person", 3, true),
    ("president", "person.n.01", 3, true),
    ("Tuesday", "time_period", 3, true),
    ("Tuesday", "calendar day", 3, true),
    // No synset on Tuesday's path is a plain "day": it is a day_of_the_week → calendar_day.
    ("Tuesday", "day", 3, false),
    ("dollar", "monetary_unit", 3, true),
    ("Quito", "city", 3, true),
    ("country", "country", 3, true),
    // goose.n.02 is "a man who is a stupid incompetent fool".
    ("goose", "person", 3, true),
    ("goose", "person", 1, false),
    ("car", "person", 3, false),
    ("person", "person.n.99", 3, false),
    ("", "person", 3, false),
    ("president", "", 3, false),
  ])
  func isA(word: String, ancestor: String, senses: Int, expected: Bool) throws {
    let wordNet = try #require(wordNet)
    #expect(wordNet.noun(word, isA: ancestor, senses: senses) == expected)
  }

  @Test(arguments: [
    ("president", "person"), ("official", "person"), ("dockworker", "person"),
    ("company", "organization"), ("government", "organization"), ("police", "organization"),
    ("union", "organization"), ("country", "location"), ("city", "location"),
    ("Ecuador", "location"), ("Quito", "location"), ("Tuesday", "time"), ("year", "time"),
    ("time", "time"), ("morning", "time"), ("percent", "quantity"), ("mile", "quantity"),
    ("thousand", "quantity"), ("dollar", "money"), ("price", "money"), ("salary", "money"),
    ("election", "event"), ("war", "event"), ("car", "artifact"), ("airport", "artifact"),
    ("bank", "other"), ("goose", "other"), ("water", "other"), ("xyzzy", "other"),
    ("", "other"),
  ])
  func nounClass(word: String, expected: String) throws {
    let wordNet = try #require(wordNet)
    #expect(wordNet.nounClass(word) == expected)
  }

  @Test(arguments: [
    "", " ", "_", "'", "-", "...", "é", "日本", "a\nb", "\u{0}", "o'clock", "well-known",
    "rock 'n' roll", "--x--", "%1:", String(repeating: "a", count: 10_000),
    String(repeating: "a ", count: 500),
  ])
  func oddInputNeverCrashes(word: String) throws {
    let wordNet = try #require(wordNet)
    for pos in WordNetPOS.allCases {
      _ = wordNet.lemmas(word, pos: pos)
      _ = wordNet.synonyms(word, pos: pos)
    }
    _ = wordNet.partsOfSpeech(word)
    _ = wordNet.derivations(word)
    _ = wordNet.noun(word, isA: word)
    #expect(WordNet.nounClassNames.contains(wordNet.nounClass(word)))
  }

  @Test func everyIndexedSenseResolvesToASynsetHoldingTheLemma() throws {
    let wordNet = try #require(wordNet)
    for (lemma, pos) in [
      ("run", WordNetPOS.verb), ("run", .noun), ("good", .adjective),
      ("well", .adverb), ("rock_'n'_roll", .noun),
    ] {
      let senses = wordNet.senses(of: lemma, pos: pos)
      #expect(!senses.isEmpty)
      for sense in senses {
        let synset = try #require(wordNet.files.synset(sense.id))
        #expect(synset.words.contains { $0.lowercased() == lemma })
      }
    }
  }

  /// WordNet 3.0: buy#1 entails pay and choose; a verb with no "*" pointer entails nothing.
  @Test(arguments: [("buy", "pay"), ("buying", "pay"), ("snore", "sleep")])
  func entailedVerbs(_ example: (String, String)) throws {
    let wordNet = try #require(wordNet)
    #expect(wordNet.entailedVerbs(example.0).contains(example.1))
  }

  @Test func aVerbWithNoEntailmentEntailsNothing() throws {
    #expect(try #require(wordNet).entailedVerbs("say").isEmpty)
  }

  @Test func missingDirectoryGivesNil() {
    #expect(WordNet(directory: "/nonexistent/wordnet") == nil)
  }

  @Test func concurrentLookupsAgreeWithSerialOnes() async throws {
    let wordNet = try #require(wordNet)
    let words = ["president", "country", "Tuesday", "dollar", "election", "bank", "geese"]
    let serial = words.map { wordNet.nounClass($0) }
    let parallel = await withTaskGroup(of: (Int, String).self) { group in
      for (index, word) in words.enumerated() {
        group.addTask { (index, wordNet.nounClass(word)) }
      }
      var results = [String](repeating: "", count: words.count)
      for await (index, nounClass) in group { results[index] = nounClass }
      return results
    }
    #expect(parallel == serial)
  }
}

/// Comparatives and superlatives of an adjective, by spelling.
@Suite(.needsWordNet) struct ComparisonFormTests {
  @Test(arguments: [
    ("young", ["younger", "youngest"]), ("large", ["larger", "largest"]),
    ("early", ["earlier", "earliest"]), ("grey", ["greyer", "greyest"]),
  ])
  func formsOfAnAdjective(adjective: String, forms: [String]) {
    #expect(WordNet.comparisonForms(of: adjective) == forms)
  }

  /// A verb's paraphrases hold its immediate hypernyms, which are no synonyms of it
  /// ("contribute", to add to, is to "change").
  @Test func paraphrasesOfAVerbHoldItsHypernym() throws {
    let wordNet = try #require(TestSupport.lexicon.wordNet)
    let related = wordNet.paraphraseLemmas(of: "contributed", senses: 3, derivedSynonyms: 8)
    #expect(!wordNet.synonyms("contributed", pos: .verb, senses: 3).contains("change"))
    #expect(related.contains("change"))
  }

  @Test func paraphrasesOfAnAdjectiveHoldItsComparative() throws {
    let wordNet = try #require(TestSupport.lexicon.wordNet)
    #expect(
      wordNet.paraphraseLemmas(of: "young", senses: 3, derivedSynonyms: 8).contains("younger"))
    #expect(
      !wordNet.paraphraseLemmas(of: "table", senses: 3, derivedSynonyms: 8).contains("tabler"))
  }
}
