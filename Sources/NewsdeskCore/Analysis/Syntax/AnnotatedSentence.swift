import Synchronization

/// One sentence as every later stage reads it: tokens with character offsets, tags, lemmas
/// and the dependency tree, plus structure derived from the tree (noun phrases, each verb's
/// arguments, appositions, copulas), worked out on first use and kept.
public struct AnnotatedSentence: Sendable {
  public struct Token: Sendable, Equatable {
    /// The characters as written.
    public var text: String
    /// UTF-8 offsets of `text` in the sentence's `text`.
    public var utf8Range: Range<Int>
    /// Universal POS tag (NOUN, VERB, PROPN …).
    public var coarseTag: String
    /// Penn Treebank tag (NN, VBD, NNP …).
    public var fineTag: String
    public var lemma: String
    /// The head token's index, or nil for the sentence's root.
    public var head: Int?
    /// The Universal Dependencies relation to the head ("nsubj", "obl", "nmod:poss" …).
    public var relation: String
  }

  /// The sentence as given.
  public let text: String
  public let tokens: [Token]
  private let derived: DerivedStructureCache
  /// How the entities are read, and where they are kept once read.
  private let entityReader: EntityReader
  private let entityCache = EntityCache()

  /// A sentence with its tokens; its entities are read with `entities` on first use (the
  /// surface reader, without WordNet, unless the annotator gives its own).
  public init(text: String, tokens: [Token], entities: EntityReader = .surface) {
    self.text = text
    self.tokens = tokens
    self.derived = DerivedStructureCache()
    self.entityReader = entities
  }

  /// The names, dates, times and figures of the sentence, read on first use and kept. Dates
  /// here are resolved only when written in full; `entities(articleDate:)` resolves the rest.
  public var entities: [SentenceEntity] {
    entityCache.value { entityReader.entities(of: recognized) }
  }

  /// What the recognisers find in the sentence (name runs, dates, figures), each kind read
  /// on first use and kept with the annotation.
  var recognized: SentenceRecognition {
    entityCache.recognition { SentenceRecognition(SentenceWords(text), reader: entityReader) }
  }

  /// The entities with each date resolved against the article's date and its clause's
  /// tense ("Thursday" in an article of Friday 5 September 2025 is 4 September; "will meet
  /// on Thursday" is 11 September).
  public func entities(articleDate: CalendarDate?) -> [SentenceEntity] {
    entities.resolvingDates(against: articleDate) { tense(of: $0.utf8Range) }
  }

  /// Each token's dependents, in sentence order.
  public var dependents: [[Int]] { derived.value(for: self).dependents }
  public var nounPhrases: [NounPhrase] { derived.value(for: self).nounPhrases }
  public var predicates: [Predicate] { derived.value(for: self).predicates }
  public var appositions: [Apposition] { derived.value(for: self).appositions }
  public var copulas: [Copula] { derived.value(for: self).copulas }

  /// The root token (the main predicate), if the sentence has tokens.
  public var root: Int? { tokens.indices.first { tokens[$0].head == nil } }

  /// The text of tokens `range`, spaces as in the sentence.
  public func text(of range: ClosedRange<Int>) -> String {
    let start = tokens[range.lowerBound].utf8Range.lowerBound
    let end = tokens[range.upperBound].utf8Range.upperBound
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    let upper = utf8.index(lower, offsetBy: end - start)
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }

  /// The dependents of `index` whose relation is `relation` or one of its subtypes.
  public func dependents(of index: Int, _ relation: String) -> [Int] {
    dependents[index].filter { tokens[$0].relation.isRelation(relation) }
  }
}

extension String {
  /// "nsubj:pass" is an nsubj; "nsubj" is itself.
  func isRelation(_ relation: String) -> Bool {
    self == relation || (hasPrefix(relation) && dropFirst(relation.count).first == ":")
  }
}

/// The derived structure, worked out once per sentence by whichever reader asks first.
/// A class so that copies of the sentence share it; `Mutex` makes the sharing safe.
final class DerivedStructureCache: Sendable {
  private let stored = Mutex<DerivedStructure?>(nil)

  func value(for sentence: AnnotatedSentence) -> DerivedStructure {
    if let known = stored.withLock({ $0 }) { return known }
    let made = DerivedStructure(sentence)
    stored.withLock { $0 = made }
    return made
  }
}

/// The entities and what the recognisers found, read once per sentence by whichever reader
/// asks first.
final class EntityCache: Sendable {
  private let stored = Mutex<[SentenceEntity]?>(nil)
  private let recognized = Mutex<SentenceRecognition?>(nil)

  func value(_ read: () -> [SentenceEntity]) -> [SentenceEntity] {
    if let known = stored.withLock({ $0 }) { return known }
    let made = read()
    stored.withLock { $0 = made }
    return made
  }

  /// One recognition for every reader: the first one made is the one kept, so that what it
  /// has read is shared.
  func recognition(_ make: () -> SentenceRecognition) -> SentenceRecognition {
    if let known = recognized.withLock({ $0 }) { return known }
    let made = make()
    return recognized.withLock { stored in
      if let known = stored { return known }
      stored = made
      return made
    }
  }
}

struct DerivedStructure: Sendable {
  var dependents: [[Int]]
  var nounPhrases: [NounPhrase]
  var predicates: [Predicate]
  var appositions: [Apposition]
  var copulas: [Copula]

  init(_ sentence: AnnotatedSentence) {
    var dependents = Array(repeating: [Int](), count: sentence.tokens.count)
    for (index, token) in sentence.tokens.enumerated() {
      if let head = token.head, dependents.indices.contains(head) {
        dependents[head].append(index)
      }
    }
    self.dependents = dependents
    let tree = DependencyTreeView(tokens: sentence.tokens, dependents: dependents)
    nounPhrases = tree.nounPhrases()
    predicates = tree.predicates()
    appositions = tree.appositions()
    copulas = tree.copulas()
  }
}
