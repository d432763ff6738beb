/// Two nouns as kinds of one thing: "snow" and "rain" (precipitation), "potassium" and
/// "thallium" (metallic elements), "hero" and "villain" (roles).
extension WordNet {
  /// Whether one of the two commonest noun senses of each word sits directly below one
  /// synset, at least `specificDepth` steps below the top of the noun tree. Near synonyms
  /// sit below a general one: "acclaim" and "praise" below approval (4 steps), "survivor"
  /// and "victim" below person (3), where "snow" and "rain" sit below precipitation (8),
  /// "potassium" and "thallium" below metallic element (5).
  public func areKindsOfOneThing(_ one: String, _ other: String) -> Bool {
    let above = nounParents(one).intersection(nounParents(other))
    return above.contains { depth(of: $0) >= Self.specificDepth }
  }

  /// How far below the top a shared parent must be.
  static let specificDepth = 5

  func nounParents(_ word: String) -> Set<SynsetID> {
    var result = Set<SynsetID>()
    for sense in senses(of: word, pos: .noun, limit: 2) {
      guard let synset = files.synset(sense.id, pointerSymbols: ["@", "@i"]) else { continue }
      for pointer in synset.pointers where pointer.symbol == "@" || pointer.symbol == "@i" {
        result.insert(pointer.target)
      }
    }
    return result
  }

  /// The fewest hypernym steps from the synset to a synset with none above it.
  func depth(of id: SynsetID) -> Int {
    var level: [SynsetID] = [id]
    var seen: Set<SynsetID> = [id]
    for steps in 0..<64 {
      var next: [SynsetID] = []
      for member in level {
        guard let synset = files.synset(member, pointerSymbols: ["@", "@i"]) else { continue }
        let parents = synset.pointers.filter { $0.symbol == "@" || $0.symbol == "@i" }
        if parents.isEmpty { return steps }
        for pointer in parents where seen.insert(pointer.target).inserted {
          next.append(pointer.target)
        }
      }
      if next.isEmpty { return steps }
      level = next
    }
    return 64
  }
}
