/// Turns retrieved sentences into an answer: picks the supporting sentence, takes a short
/// answer from it, and decides whether the articles say enough to answer at all.
public struct AnswerComposer: Sendable {
  public struct Options: Sendable, Equatable {
    /// Below this confidence newsdesk abstains.
    public var threshold = 0.5
    /// How many retrieved sentences are read for a short answer.
    public var sentencesRead = 5
    public init() {}
  }

  public var options: Options
  let extractor = ShortAnswerExtractor()

  public init(options: Options = Options()) {
    self.options = options
  }

  public func compose(
    analysis: QuestionAnalysis, retrieved: [ScoredSentence], library: ArticleLibrary,
    limit: Int
  ) -> Answer {
    let evidence = retrieved.map { evidenceFor($0, library: library) }
    var answer = Answer(
      question: analysis.text, analysis: analysis, shortAnswer: nil, abstained: true,
      evidence: evidence.first, confidence: 0, candidates: Array(evidence.prefix(limit)))
    guard let best = retrieved.first else { return answer }
    let questionWords = Set(analysis.focusWords)
    // Prefer a sentence that holds an answer of the expected type, among those that score
    // close to the best one.
    var chosen = 0
    var candidate: ShortAnswerExtractor.Candidate?
    for (position, scored) in retrieved.prefix(options.sentencesRead).enumerated()
    where scored.score >= 0.6 * best.score {
      let found = extractor.candidates(
        in: evidence[position].sentence, type: analysis.answerType, questionWords: questionWords)
      if let first = found.first {
        chosen = position
        candidate = first
        break
      }
    }
    var supporting = evidence[chosen]
    let coverage = coverageOf(analysis, in: supporting.sentence, library: library)
    let typed = ![.other, .yesNo, .description].contains(analysis.answerType)
    var confidence = coverage
    if typed && candidate == nil { confidence *= 0.8 }
    if candidate != nil { confidence = min(1, confidence * 1.05) }
    supporting.highlight = candidate?.utf8Range
    answer.evidence = supporting
    answer.confidence = (confidence * 1000).rounded() / 1000
    answer.abstained = confidence < options.threshold
    answer.shortAnswer = answer.abstained ? nil : candidate?.text
    if answer.abstained { answer.evidence?.highlight = nil }
    return answer
  }

  /// The share of the question's information (IDF-weighted terms) the sentence contains.
  /// Terms the index has never seen weigh most: a question about something no article
  /// mentions then cannot reach the threshold.
  func coverageOf(_ analysis: QuestionAnalysis, in sentence: String, library: ArticleLibrary)
    -> Double
  {
    guard !analysis.terms.isEmpty else { return 0 }
    var analyzer = TermAnalyzer()
    let present = Set(analyzer.terms(in: sentence))
    var total = 0.0
    var matched = 0.0
    for term in analysis.terms {
      let weight = library.index.sentenceIDF(of: term)
      total += weight
      if present.contains(term) { matched += weight }
    }
    return total > 0 ? matched / total : 0
  }

  func evidenceFor(_ scored: ScoredSentence, library: ArticleLibrary) -> Evidence {
    let (articleNumber, sentence) = library.index.location(ofSentence: scored.sentence)
    let article = library.articles[articleNumber]
    return Evidence(
      article: ArticleCitation(article), articleNumber: articleNumber,
      sentenceNumber: sentence + 1, sentence: article.sentence(sentence),
      score: (scored.score * 1000).rounded() / 1000, highlight: nil)
  }
}
