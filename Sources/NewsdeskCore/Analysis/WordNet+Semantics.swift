/// Relations between words: synonyms, derivations, hypernym ancestry and a coarse noun class.
extension WordNet {
  /// Lemmas sharing a synset with the first `senses` senses of `word` in `pos`, lower-cased,
  /// collocations joined by "_"; the word and its own lemmas are left out ("killed" → slay,
  /// ... but not kill).
  public func synonyms(_ word: String, pos: WordNetPOS, senses: Int = 3) -> Set<String> {
    guard let form = Self.normalizedForm(word) else { return [] }
    let wordSenses = self.senses(of: word, pos: pos, limit: senses)
    let excluded = Set(wordSenses.map(\.lemma)).union([form])
    var result = Set<String>()
    for sense in wordSenses {
      for member in files.synset(sense.id, pointerSymbols: [])?.words ?? [] {
        let lemma = member.lowercased()
        if !excluded.contains(lemma) { result.insert(lemma) }
      }
    }
    return result
  }

  /// Derivationally related forms (WordNet's "+" pointers) of every sense of every lemma of
  /// `word` in any part of speech: "departure" → depart, "election" → elect. Inflections are
  /// reduced first, so "killing" gives kill both as its verb lemma's relatives and directly.
  public func derivations(_ word: String) -> Set<String> {
    lexicalRelatives(of: word, symbol: "+", in: WordNetPOS.allCases, senses: .max)
  }

  /// The words a lexical pointer (`symbol`: "+" derivation, "!" antonym) links the first
  /// `senses` senses of `word` to, in the parts of speech given, lower-cased, without the
  /// word itself. A lexical pointer links one word of a synset to one word of the target
  /// (or, numbered 0, the whole synset), so only the words it names are taken.
  func lexicalRelatives(
    of word: String, symbol: String, in parts: [WordNetPOS], senses limit: Int
  ) -> Set<String> {
    guard let form = Self.normalizedForm(word) else { return [] }
    var result = Set<String>()
    for pos in parts {
      for sense in senses(of: word, pos: pos, limit: limit) {
        guard let synset = files.synset(sense.id, pointerSymbols: [symbol]),
          let position = synset.words.firstIndex(where: { $0.lowercased() == sense.lemma })
        else { continue }
        for pointer in synset.pointers
        where pointer.symbol == symbol && [0, position + 1].contains(pointer.sourceWord) {
          guard let target = files.synset(pointer.target, pointerSymbols: []) else { continue }
          let words =
            pointer.targetWord == 0
            ? target.words
            : target.words.indices.contains(pointer.targetWord - 1)
              ? [target.words[pointer.targetWord - 1]] : []
          result.formUnion(words.map { $0.lowercased() })
        }
      }
    }
    result.remove(form)
    return result
  }

  /// A word's base forms, its synonyms as a noun, verb or adjective (the first `senses`
  /// senses of each), and the derivations of up to `derivedSynonyms` of those synonyms:
  /// the looser relatives a paraphrase may use. Remembered, as questions repeat their words.
  public func paraphraseLemmas(of word: String, senses: Int, derivedSynonyms: Int) -> Set<String> {
    files.paraphraseMemo.value(for: "\(word) \(senses) \(derivedSynonyms)") {
      gatherParaphrases(of: word, senses: senses, derivedSynonyms: derivedSynonyms)
    }
  }

  private func gatherParaphrases(of word: String, senses: Int, derivedSynonyms: Int) -> Set<
    String
  > {
    var related = Set<String>()
    if files.contains(word, .adjective) { related.formUnion(Self.comparisonForms(of: word)) }
    for pos in [WordNetPOS.noun, .verb, .adjective] {
      // Base forms first: "younger" is "young", "lost" is "lose".
      related.formUnion(lemmas(word, pos: pos))
      let synonyms = self.synonyms(word, pos: pos, senses: senses)
      related.formUnion(synonyms)
      for synonym in synonyms.sorted().prefix(derivedSynonyms) where !synonym.contains("_") {
        related.formUnion(derivations(synonym))
      }
    }
    // A verb's immediate hypernyms, of its two commonest senses: a paraphrase often says the
    // more general verb ("contributed to" … "changed").
    for sense in self.senses(of: word, pos: .verb, limit: 2) {
      for parent in hypernymClosure(of: sense.id).dropFirst().prefix(1) {
        related.formUnion(parent.words.map { $0.lowercased() })
      }
    }
    return related
  }

  /// The comparative and superlative an adjective most likely has ("young" → younger,
  /// youngest; "large" → larger; "early" → earlier): "which young general" is answered by
  /// "his younger general". Spelling rules only; a form no text uses matches nothing.
  static func comparisonForms(of adjective: String) -> [String] {
    guard adjective.count >= 3, adjective.allSatisfy(\.isLetter) else { return [] }
    if adjective.hasSuffix("e") { return [adjective + "r", adjective + "st"] }
    if adjective.hasSuffix("y"), let before = adjective.dropLast().last, !"aeiou".contains(before) {
      let stem = adjective.dropLast()
      return [stem + "ier", stem + "iest"]
    }
    return [adjective + "er", adjective + "est"]
  }

  /// True when one of the first `senses` senses of the noun `word` is, or descends through
  /// hypernyms and instance hypernyms from, a synset containing `ancestor`. The ancestor is a
  /// lemma ("person", "time_period") matching any of its synsets, or a sense such as
  /// "person.n.01" (the lemma's first sense in index order) to be exact.
  public func noun(_ word: String, isA ancestor: String, senses: Int = 3) -> Bool {
    guard let target = AncestorTarget(ancestor, in: files) else { return false }
    return self.senses(of: word, pos: .noun, limit: senses).contains { sense in
      hypernymClosure(of: sense.id).contains(where: target.matches)
    }
  }

  /// A coarse class for a noun: "person", "organization", "location", "time", "quantity",
  /// "money", "event", "artifact" or "other". See `NounClassAnchor.table` for the synsets
  /// behind each class.
  ///
  /// Each of the first three senses gets the class of its first matching anchor in table
  /// order (a dollar is a monetary unit before it is a measure), or "other"; the senses then
  /// vote, weighted by their concordance tag counts plus one, so the usual sense decides
  /// ("time" is a time although its first sense is an occasion, an event) and a rare sense
  /// does not ("goose" is not a person; "bank" is "other", a river bank being commonest).
  /// Ties go to the more specific class. WordNet splits countries, states and cities into a
  /// polity (organization) and a territory (location); when the territory has at least a
  /// third of the polity's weight it wins, since a place is what a reporter means ("country"),
  /// while a rare place sense does not ("union", the North in the Civil War).
  /// Whether the word is one of running text: WordNet's concordances tagged it in some
  /// sense ("today", "meanwhile"), which they never did for rare entries such as a plant
  /// genus ("Larrea") that in news copy is more often someone's name.
  public func isFamiliar(_ word: String) -> Bool {
    partsOfSpeech(word).contains { pos in
      lemmas(word, pos: pos).contains { lemma in
        files.tagCounts(lemma, pos).values.contains { $0 > 0 }
      }
    }
  }

  public func nounClass(_ word: String) -> String {
    files.nounClassMemo.value(for: word) { votedNounClass(word) }
  }

  private func votedNounClass(_ word: String) -> String {
    var votes: [String: Int] = [:]
    var tagCounts: [String: [Int: Int]] = [:]
    for sense in senses(of: word, pos: .noun, limit: 3) {
      let ancestors = Set(hypernymClosure(of: sense.id).map(\.id))
      let anchor = classAnchors.first { !$0.synsets.isDisjoint(with: ancestors) }
      if tagCounts[sense.lemma] == nil {
        tagCounts[sense.lemma] = files.tagCounts(sense.lemma, .noun)
      }
      let weight = (tagCounts[sense.lemma]?[sense.number] ?? 0) + 1
      votes[anchor?.nounClass ?? "other", default: 0] += weight
    }
    var best = "other"
    var bestVotes = 0
    for nounClass in classAnchors.map(\.nounClass) + ["other"]
    where votes[nounClass, default: 0] > bestVotes {
      (best, bestVotes) = (nounClass, votes[nounClass, default: 0])
    }
    let placeVotes = votes["location", default: 0]
    return best == "organization" && placeVotes * 3 >= bestVotes ? "location" : best
  }

  /// Every value `nounClass` can return.
  static var nounClassNames: [String] { NounClassAnchor.table().map(\.nounClass) + ["other"] }

  /// The synset and everything above it through "@" and "@i" pointers, nearest first.
  func hypernymClosure(of id: SynsetID) -> [Synset] {
    var visited: Set<SynsetID> = [id]
    var queue = [id]
    var result: [Synset] = []
    var next = 0
    // WordNet's hierarchy is acyclic and about 20 deep; the cap only guards damaged data.
    while next < queue.count, result.count < 512 {
      defer { next += 1 }
      guard let synset = files.synset(queue[next], pointerSymbols: ["@", "@i"]) else {
        continue
      }
      result.append(synset)
      for pointer in synset.pointers where pointer.symbol == "@" || pointer.symbol == "@i" {
        if visited.insert(pointer.target).inserted { queue.append(pointer.target) }
      }
    }
    return result
  }
}

/// A synset in one data.* file, named by its part of speech and byte offset.
struct SynsetID: Hashable, Sendable {
  let pos: WordNetPOS
  let offset: Int
}

struct SynsetPointer: Sendable {
  let symbol: String
  let target: SynsetID
  /// 1-based word numbers within the source and target synsets; 0 means the whole synset.
  let sourceWord: Int
  let targetWord: Int
}

struct Synset: Sendable {
  let id: SynsetID
  /// Words as the lexicographers wrote them: case kept, collocations joined by "_".
  let words: [String]
  let pointers: [SynsetPointer]
}

/// One sense of a lemma: its 1-based sense number (the index order, commonest first).
struct WordSense: Sendable {
  let lemma: String
  let number: Int
  let id: SynsetID
}

/// What `noun(_:isA:)` looks for: a lemma in any synset, or one exact sense.
private enum AncestorTarget {
  case lemma(String)
  case synset(SynsetID)

  init?(_ text: String, in files: WordNetFiles) {
    guard let form = WordNet.normalizedForm(text) else { return nil }
    guard let id = resolveSense(form, in: files) else {
      self = .lemma(form)
      return
    }
    self = .synset(id)
  }

  func matches(_ synset: Synset) -> Bool {
    switch self {
    case .lemma(let lemma): synset.words.contains { $0.lowercased() == lemma }
    case .synset(let id): synset.id == id
    }
  }
}

/// "person.n.01" → the synset of the first noun sense of "person"; nil for anything else.
private func resolveSense(_ name: String, in files: WordNetFiles) -> SynsetID? {
  let parts = name.split(separator: ".", omittingEmptySubsequences: false)
  guard parts.count >= 3, parts[parts.count - 2] == "n", let number = Int(parts[parts.count - 1]),
    number > 0
  else { return nil }
  let lemma = parts.dropLast(2).joined(separator: ".")
  guard let offsets = files.indexEntry(lemma, .noun)?.synsetOffsets, number <= offsets.count
  else { return nil }
  return SynsetID(pos: .noun, offset: offsets[number - 1])
}

/// The synsets whose descendants make up one coarse noun class.
struct NounClassAnchor: Sendable {
  let nounClass: String
  let synsets: Set<SynsetID>

  /// In precedence order: money and time units are measures too, so they come before
  /// quantity; a sense with several hypernyms takes the first class that matches.
  static func table() -> [(nounClass: String, senses: [String])] {
    [
      // Units and media of exchange, sums (revenue, profit), prices, money paid out (salary,
      // fine) and owed (tax, loan).
      (
        "money",
        [
          "monetary_unit.n.01", "medium_of_exchange.n.01", "sum.n.01",
          "monetary_value.n.01", "outgo.n.01", "liabilities.n.01",
        ]
      ),
      // Periods (year, Tuesday), units (day, date), instants (moment), clock readings and
      // time as a continuum (today, the past).
      (
        "time",
        [
          "time_period.n.01", "time_unit.n.01", "point.n.06", "clock_time.n.01",
          "time.n.05",
        ]
      ),
      // Any amount, plus ratios (percent, rate) and numerousness, which WordNet files
      // under relations and attributes rather than under measure.
      ("quantity", ["measure.n.02", "magnitude_relation.n.01", "number.n.01"]),
      ("person", ["person.n.01"]),
      ("location", ["location.n.01"]),
      // organization.n.01, not social_group: a meeting or a crowd is a social group but
      // not an organisation.
      ("organization", ["organization.n.01"]),
      // Includes every act.n.02 (human action): elections, attacks, departures.
      ("event", ["event.n.01"]),
      ("artifact", ["artifact.n.01"]),
    ]
  }

  static func resolve(in files: WordNetFiles) -> [NounClassAnchor] {
    table().map { row in
      NounClassAnchor(
        nounClass: row.nounClass,
        synsets: Set(row.senses.compactMap { resolveSense($0, in: files) }))
    }
  }
}
