/// Questions built from facts the articles state, for `:examples`, `:help` and the first
/// hint: a sentence that opens with a name and a verb ("Daniel Noboa met Rubio in Quito")
/// gives the question that name answers ("Who met Rubio in Quito?").
///
/// These are only proposals: `NewsdeskSession.examples` asks each one and keeps those
/// newsdesk answers with the name the sentence gives.
public struct ExampleQuestion: Sendable, Equatable {
  public var question: String
  /// The name the sentence gives as the answer.
  public var expected: String
  public var articleNumber: Int
  /// From 1.
  public var sentenceNumber: Int
}

public struct ExampleQuestionBuilder: Sendable {
  /// Questions of more words read as a puzzle, not an example.
  static let wordRange = 4...13
  /// Sentences read per article: the lead and the paragraphs after it state its facts.
  static let sentencesPerArticle = 12

  public init() {}

  /// Proposals from the given articles (numbers from 0), at most `perArticle` from each,
  /// taking the articles in turn so that the first proposals come from different ones.
  public func proposals(
    from library: ArticleLibrary, articles: [Int], perArticle: Int = 2
  ) -> [ExampleQuestion] {
    var byArticle: [[ExampleQuestion]] = []
    for number in articles where library.articles.indices.contains(number) {
      let sentences = library.articles[number].allSentences().prefix(Self.sentencesPerArticle)
      var found: [ExampleQuestion] = []
      for (index, sentence) in sentences.enumerated() where found.count < perArticle {
        if var example = question(from: sentence) {
          example.articleNumber = number
          example.sentenceNumber = index + 1
          found.append(example)
        }
      }
      byArticle.append(found)
    }
    var result: [ExampleQuestion] = []
    for round in 0..<perArticle {
      for found in byArticle where round < found.count { result.append(found[round]) }
    }
    return result
  }

  /// "Name verb rest, …" → "Who verb rest?", when the name is a person or an organisation.
  func question(from sentence: String) -> ExampleQuestion? {
    let words = SentenceWords(sentence)
    guard let run = NameRuns.find(in: words).first,
      let kind = Tally.kind(of: run.name, cues: run.personCue ? 1 : 0),
      kind != .places
    else { return nil }
    // The name must open the sentence and a past-tense verb follow it.
    let nameWords = run.name.split(separator: " ").count
    let list = words.words
    guard list.count > nameWords + 2,
      list.prefix(nameWords).map(\.surface).joined(separator: " ") == run.name
    else { return nil }
    let verb = list[nameWords]
    guard !verb.isCapitalized, Self.isPastTense(verb.lower),
      !WordClasses.reportingVerbs.contains(verb.lower),
      words.punctuation(before: nameWords) == nil
    else { return nil }
    // The rest, up to the first comma, quote or clause break.
    var last = nameWords
    while last + 1 < list.count, words.punctuation(before: last + 1) == nil {
      last += 1
    }
    let count = last - nameWords + 2  // "who" and the words kept
    guard Self.wordRange.contains(count) else { return nil }
    let rest = words.text(from: nameWords, through: last)
    guard !rest.contains("\"") && !rest.contains("“") else { return nil }
    return ExampleQuestion(
      question: "Who \(rest)?", expected: run.name, articleNumber: 0, sentenceNumber: 0)
  }

  static func isPastTense(_ word: String) -> Bool {
    if word.hasSuffix("ed") && word.count > 4 { return true }
    return TermAnalyzer.irregularVerbs[word] != nil && !WordClasses.auxiliaries.contains(word)
  }
}
