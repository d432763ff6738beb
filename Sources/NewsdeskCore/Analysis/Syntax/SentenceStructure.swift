/// A noun phrase: its head and the tokens that make up its core (determiners, adjectives,
/// compounds, numbers, possessors, names' parts), without prepositional modifiers or
/// relative clauses, which are phrases of their own.
public struct NounPhrase: Sendable, Equatable {
  public var head: Int
  /// The tokens the phrase covers, first to last.
  public var range: ClosedRange<Int>
  public var determiners: [Int]
  /// Numbers counting or measuring the head ("10 people", "$ 1.2 bn").
  public var numbers: [Int]
  /// The possessor's head ("Ecuador" in "Ecuador's interior minister").
  public var possessor: Int?
}

/// A predicate (a verb, or a noun or adjective with a copula) and its arguments.
public struct Predicate: Sendable, Equatable {
  /// An oblique argument and the preposition that introduces it ("to LVMH": to).
  public struct Oblique: Sendable, Equatable {
    public var head: Int
    public var preposition: String?
  }

  public var head: Int
  /// The subject's head, as the tree marks it (nsubj, nsubj:pass, csubj).
  public var subject: Int?
  /// For a predicate without a subject of its own, the subject it shares with the predicate
  /// it completes or is coordinated with ("Pernod tried to buy": Pernod for buy).
  public var sharedSubject: Int?
  public var isPassive: Bool
  public var object: Int?
  public var indirectObject: Int?
  public var obliques: [Oblique]
  /// Clausal complements (ccomp): "said [gunmen attacked the convoy]".
  public var clausalComplements: [Int]
  /// Open complements (xcomp): "tried [to buy]".
  public var openComplements: [Int]
  public var auxiliaries: [Int]
  public var isNegated: Bool
  /// The copula, when the predicate is a noun or adjective ("is the minister").
  public var copula: Int?
}

/// "X, Ecuador's interior minister": a noun phrase and the one beside it that renames it.
public struct Apposition: Sendable, Equatable {
  public var head: Int
  public var appositive: Int
}

/// "X is the minister": a subject, a copula and the predicate noun or adjective.
public struct Copula: Sendable, Equatable {
  public var subject: Int?
  public var copula: Int
  public var predicate: Int
}
