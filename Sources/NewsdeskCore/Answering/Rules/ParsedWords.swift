/// A sentence's parse with the extractor's words laid over it (the parser's tokens and the
/// extractor's words are cut differently: "Ecuador's" is one word, two tokens), and the
/// walks over the tree the parse rules share.
struct ParsedWords {
  let sentence: AnnotatedSentence
  /// By token: the words of the extractor that overlap it.
  private let wordsOfToken: [[Int]]
  private let predicateHeads: Set<Int>

  init(sentence: AnnotatedSentence, words: SentenceWords) {
    let tokens = sentence.tokens
    var wordsOfToken = Array(repeating: [Int](), count: tokens.count)
    var first = 0
    for (position, word) in words.words.enumerated() {
      while first < tokens.count, tokens[first].utf8Range.upperBound <= word.utf8Range.lowerBound {
        first += 1
      }
      var index = first
      while index < tokens.count, tokens[index].utf8Range.lowerBound < word.utf8Range.upperBound {
        wordsOfToken[index].append(position)
        index += 1
      }
    }
    self.sentence = sentence
    self.wordsOfToken = wordsOfToken
    predicateHeads = Set(sentence.predicates.map(\.head))
  }

  /// The extractor's words that overlap token `token`.
  func words(of token: Int) -> [Int] { wordsOfToken[token] }

  /// The tokens a span of the extractor's words covers.
  func tokens(of span: ClosedRange<Int>) -> [Int] {
    wordsOfToken.indices.filter { token in
      wordsOfToken[token].contains { span.contains($0) }
    }
  }

  /// The tokens of `tokens` whose head lies outside them: the span's top(s) in the tree.
  func tops(of tokens: [Int]) -> [Int] {
    let inside = Set(tokens)
    return tokens.filter { token in
      sentence.tokens[token].head.map { !inside.contains($0) } ?? true
    }
  }

  /// Whether `token` lies in the subtree of `head` (or is it).
  func isWithin(_ token: Int, subtreeOf head: Int) -> Bool {
    var current = token
    for _ in 0...sentence.tokens.count {
      if current == head { return true }
      guard let next = sentence.tokens[current].head else { return false }
      current = next
    }
    return false
  }

  /// The predicate whose clause the token belongs to: itself, or its nearest ancestor that
  /// is a predicate.
  func clause(of token: Int) -> Int? {
    var current = token
    for _ in 0...sentence.tokens.count {
      if predicateHeads.contains(current) { return current }
      guard let head = sentence.tokens[current].head else { return nil }
      current = head
    }
    return nil
  }

  /// The token and the ones coordinated with it ("India, China and Brazil").
  func coordinated(with token: Int) -> [Int] {
    [token] + sentence.dependents(of: token, "conj")
  }

  /// For a question asking a name: the proper name set beside a common noun by apposition
  /// stands for it ("The local MP, Gareth Holloway, called …" → Holloway), so the argument
  /// is the name, not the role word. Otherwise the token itself.
  func namedByApposition(_ token: Int) -> Int {
    let tokens = sentence.tokens
    guard tokens[token].coarseTag == "NOUN",
      let name = sentence.dependents(of: token, "appos").first(where: {
        tokens[$0].coarseTag == "PROPN"
      })
    else { return token }
    return name
  }

  /// Relations that open a clause of its own: the phrase of a noun stops there.
  private static let clauseRelations = ["acl", "advcl", "ccomp", "parataxis", "csubj"]

  /// The tokens of the phrase headed by `head`: its subtree, less the clauses attached to it.
  func phrase(of head: Int) -> [Int] {
    var members = [head]
    var frontier = [head]
    while let current = frontier.popLast() {
      for child in sentence.dependents[current]
      where !Self.clauseRelations.contains(where: { sentence.tokens[child].relation.isRelation($0) }
      ) {
        members.append(child)
        frontier.append(child)
      }
    }
    return members.sorted()
  }
}
