/// A conversation with the loaded articles: the library, the answering rules, and what was
/// asked last (for `:why`). The shell, `ask`, `run` and the benchmarks all go through it.
public struct NewsdeskSession: Sendable {
  public private(set) var library = ArticleLibrary()
  public var composer = AnswerComposer()
  /// How many ranked sentences an answer lists (`--top`).
  public var top = 5
  public private(set) var lastAnswer: Answer?
  /// Restricts questions to one article (its number in load order), when set.
  public var focus: Int?
  let analyzer = QuestionAnalyzer()
  /// How much a related word from the lexicon counts against a word of the question.
  static let expansionWeight = 0.5

  public init() {}

  @discardableResult
  public mutating func load(paths: [String]) throws -> LoadReport {
    try library.load(paths: paths)
  }

  /// Whether loads keep a saved index, and who hears of their progress.
  public var loadOptions: LoadOptions {
    get { library.options }
    set { library.options = newValue }
  }

  /// Reads the loaded paths again (`:reload`); a focus stays on the same article.
  @discardableResult
  public mutating func reload() throws -> LoadReport {
    let focusedID = focus.map { library.articles[$0].id }
    let report = try library.reload()
    focus = focusedID.flatMap { library.article(named: $0) }
    return report
  }

  /// Adds one article given as text; see `ArticleLibrary.add(text:id:path:)`.
  @discardableResult
  public mutating func addArticle(text: String, id: String) -> Int? {
    library.add(text: text, id: id)
  }

  public mutating func ask(_ question: String) -> Answer {
    let analysis = analyzer.analyze(question)
    var weights: [String: Double] = [:]
    for term in analysis.expansions.keys { weights[term] = Self.expansionWeight }
    let retrieved = library.index.search(
      terms: analysis.terms + analysis.expansions.keys.sorted(), termWeights: weights,
      limit: max(top, composer.options.sentencesRead),
      articles: focus.map { [$0] })
    let answer = composer.compose(
      analysis: analysis, retrieved: retrieved, library: library, limit: top)
    lastAnswer = answer
    return answer
  }

  /// Forgets the conversation; the loaded articles stay.
  public mutating func reset() {
    lastAnswer = nil
  }
}
