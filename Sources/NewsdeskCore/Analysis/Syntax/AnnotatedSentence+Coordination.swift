/// A coordinated phrase read off the `conj` and `cc` arcs: "India, China, Brazil, South
/// Africa and Russia" is one coordination of five conjuncts.
public struct Coordination: Sendable, Equatable {
  /// Each conjunct's head token, in sentence order; the first is the one the others hang from.
  public var conjuncts: [Int]
  /// The conjunction as written ("and", "or", "as well as"), if one is.
  public var conjunction: String?
  /// Each conjunct's whole phrase (its modifiers included: "the Gulf of Mexico", "Belle Vue in
  /// Manchester"), without the conjunction, the commas, or the conjuncts after it.
  public var ranges: [ClosedRange<Int>]
}

extension AnnotatedSentence {
  /// Every coordination of two or more conjuncts, in the order of their first conjunct.
  public var coordinations: [Coordination] {
    CoordinationReader(sentence: self).coordinations()
  }

  /// The coordination `token` is a conjunct of, if any.
  public func coordination(containing token: Int) -> Coordination? {
    coordinations.first { $0.conjuncts.contains(token) }
  }

  /// The tokens `head` governs, itself included, through every relation.
  public func subtree(of head: Int) -> [Int] {
    var members = [head]
    var frontier = [head]
    while let current = frontier.popLast(), members.count <= tokens.count {
      for child in dependents[current] {
        members.append(child)
        frontier.append(child)
      }
    }
    return members.sorted()
  }
}

/// Groups conjuncts and repairs the parser's commonest slip in lists: "Egypt, the Gulf of
/// Mexico and Angola" parsed with "and Angola" hanging from "Mexico" rather than from the
/// list. A comma series ends in a conjunction; when the outer series has none and a
/// coordination nested at its end has one, the nested conjuncts belong to the series.
struct CoordinationReader {
  let sentence: AnnotatedSentence

  private var tokens: [AnnotatedSentence.Token] { sentence.tokens }

  func coordinations() -> [Coordination] {
    var groups = rawGroups()
    repairTrailingConjuncts(&groups)
    let parsed = groups.filter { $0.count >= 2 }.map { members in
      let sorted = members.sorted()
      return Coordination(
        conjuncts: sorted, conjunction: conjunction(of: sorted),
        ranges: sorted.map { range(of: $0, among: Set(sorted)) })
    }
    return withNameSeries(parsed)
  }

  /// Each first conjunct with every token reached from it through `conj` arcs (the parser
  /// may chain them: "A, B and C" as A→B→C).
  private func rawGroups() -> [[Int]] {
    var groups: [[Int]] = []
    for index in tokens.indices where tokens[index].relation != "conj" {
      var members = [index]
      var frontier = [index]
      while let current = frontier.popLast(), members.count <= tokens.count {
        for child in sentence.dependents(of: current, "conj") {
          members.append(child)
          frontier.append(child)
        }
      }
      if members.count >= 2 { groups.append(members) }
    }
    // A conjunction whose phrase the parser gave no conj arc ("The Cloud and Hewlett Packard"
    // read as two compounds): the phrase is coordinated with the sibling before it that
    // stands in the same relation to the same head.
    for index in tokens.indices
    where Self.phraseTags.contains(tokens[index].coarseTag)
      && !Self.notConjuncts.contains(tokens[index].relation)
      && !sentence.dependents(of: index, "cc").isEmpty
    {
      guard let head = tokens[index].head,
        let sibling = sentence.dependents[head].last(where: {
          $0 < index && tokens[$0].relation == tokens[index].relation
        }),
        !groups.contains(where: { $0.contains(index) })
      else { continue }
      if let group = groups.firstIndex(where: { $0.contains(sibling) }) {
        groups[group].append(index)
      } else {
        groups.append([sibling, index])
      }
    }
    return groups
  }

  private func repairTrailingConjuncts(_ groups: inout [[Int]]) {
    for outer in groups.indices where groups[outer].count >= 2 {
      let members = groups[outer]
      guard !members.contains(where: { !sentence.dependents(of: $0, "cc").isEmpty }),
        let last = members.max()
      else { continue }
      let lastPhrase = Set(sentence.subtree(of: last))
      for inner in groups.indices where inner != outer {
        guard let innerHead = groups[inner].min(), innerHead != last,
          lastPhrase.contains(innerHead),
          groups[inner].contains(where: { !sentence.dependents(of: $0, "cc").isEmpty })
        else { continue }
        let moved = groups[inner].filter { $0 != innerHead }
        groups[outer].append(contentsOf: moved)
        groups[inner] = [innerHead]
        break
      }
    }
  }

  /// Heads of phrases that can be coordinated, and relations that never make a conjunct.
  private static let phraseTags: Set<String> = ["NOUN", "PROPN", "ADJ", "VERB", "NUM", "PRON"]
  private static let notConjuncts: Set<String> = [
    "conj", "fixed", "flat", "cc", "punct", "case", "mark", "det", "aux", "cop", "root",
  ]

  /// "and", "or", "but", or a multiword one ("as well as"), from the last conjunct's cc.
  private func conjunction(of members: [Int]) -> String? {
    for member in members.reversed() {
      guard let marker = sentence.dependents(of: member, "cc").first else { continue }
      let words = [marker] + sentence.dependents(of: marker, "fixed")
      return words.sorted().map { tokens[$0].text.lowercased() }.joined(separator: " ")
    }
    return nil
  }

  /// Relations that hang off a conjunct without being part of what it names: its own
  /// conjunction and commas, a relative clause, an apposition ("Charlene Ellis, 18").
  private static let outsideConjunct: Set<String> = [
    "cc", "punct", "acl:relcl", "appos", "parataxis", "dep", "advcl",
  ]

  /// The conjunct's phrase: its subtree without the other conjuncts and what the list
  /// brings (commas, the conjunction), trimmed of punctuation at the edges.
  private func range(of head: Int, among conjuncts: Set<Int>) -> ClosedRange<Int> {
    var members = [head]
    var frontier = [head]
    while let current = frontier.popLast(), members.count <= tokens.count {
      for child in sentence.dependents[current] {
        if conjuncts.contains(child) { continue }
        let relation = tokens[child].relation
        if Self.outsideConjunct.contains(where: { relation.isRelation($0) }),
          !(relation == "punct" && tokens[child].fineTag == "HYPH")
        {
          continue
        }
        // A case marker of the conjunct itself ("in Egypt") introduces it; it is not named.
        if current == head, relation == "case", tokens[child].fineTag != "POS" { continue }
        members.append(child)
        frontier.append(child)
      }
    }
    // A phrase stops at the next conjunct: tokens past one belong to it or to the list.
    let later = conjuncts.filter { $0 > head }.min() ?? tokens.count
    let kept = members.filter { $0 < later || $0 == head }
    var lower = kept.min() ?? head
    var upper = kept.max() ?? head
    while lower < upper, tokens[lower].coarseTag == "PUNCT" { lower += 1 }
    while upper > lower, tokens[upper].coarseTag == "PUNCT" { upper -= 1 }
    return lower...upper
  }
}
