/// Many articles: the same answer from several is given once with every citation; different
/// answers are kept side by side, newest first, so the reporter sees the disagreement.
extension AnswerComposer {
  /// One retrieved sentence as the composer read it.
  struct SourceReading {
    var position: Int
    var score: Double
    var coverage: Double
    /// The share of the question's terms it holds, each counted once: unlike coverage, a
    /// word only one article uses ("went") does not outweigh the rest.
    var termShare: Double
    /// The index terms it holds, pronouns and role nouns counted as the names they stand for.
    var terms: Set<String>
    var candidate: ShortAnswerExtractor.Candidate?
    /// The sentence's next best candidate, for the calibration's gap between the two.
    var runnerUp: ShortAnswerExtractor.Candidate? = nil
  }

  static let maximumSources = 6
  /// Answer types where two articles giving different answers disagree: a figure, a date,
  /// a name.
  static let factTypes: Set<AnswerType> = [
    .person, .organization, .place, .date, .time, .duration, .number, .percent, .money,
    .quantity, .role,
  ]

  func otherSources(
    _ readings: [SourceReading], chosen: Int, evidence: [Evidence], analysis: QuestionAnalysis,
    library: ArticleLibrary
  ) -> (same: [Evidence], different: [OtherAnswer]) {
    guard let main = readings.first(where: { $0.position == chosen }),
      let mainCandidate = main.candidate
    else { return ([], []) }
    // Another account of the same thing names the same things: every noun and name of the
    // question the chosen sentence holds ("base" in "when was the base closed?" keeps out a
    // mine "closed in March"); the verb may differ ("went on strike" / "the strike by").
    var analyzer = TermAnalyzer(lexicon: lexicon)
    let nouns = Set(
      analysis.focusWords.filter { word in
        // A word WordNet lacks is a name; one it knows can be a noun ("base", though its
        // verb is commoner).
        let parts = lexicon.partsOfSpeech(word)
        return parts.isEmpty || parts.contains(.noun)
      }.compactMap { analyzer.term(for: $0) })
    let required = nouns.intersection(main.terms)
    let mainArticle = evidence[chosen].articleNumber
    var seenArticles: Set<Int> = [mainArticle]
    var same: [Evidence] = []
    var different: [OtherAnswer] = []
    for reading in readings.sorted(by: { $0.score > $1.score }) where reading.position != chosen {
      let source = evidence[reading.position]
      guard !seenArticles.contains(source.articleNumber),
        let candidate = reading.candidate, candidate.typeFit >= AnswerWeights.typedAnswerFit.value,
        reading.score >= AnswerWeights.sourceScoreShare.value * main.score,
        reading.termShare >= AnswerWeights.sourceTermShare.value * main.termShare,
        required.isSubset(of: reading.terms),
        confidence(of: reading, candidate: candidate, analysis: analysis) >= options.threshold
      else { continue }
      seenArticles.insert(source.articleNumber)
      var cited = source
      cited.highlight = candidate.utf8Range
      if Self.sameAnswer(candidate.text, mainCandidate.text) {
        same.append(cited)
      } else if !Self.factTypes.contains(analysis.answerType) {
        // Two statements, reasons or descriptions are two sides of a story, not a
        // disagreement; "what else?" reaches them.
        continue
      } else if let index = different.firstIndex(where: { Self.sameAnswer($0.text, candidate.text) }
      ) {
        different[index].alsoCitedIn.append(cited)
      } else {
        different.append(OtherAnswer(text: candidate.text, evidence: cited))
      }
      if same.count + different.count >= Self.maximumSources { break }
    }
    return (
      Self.newestFirst(same), different.sorted { $0.evidence.isNewer(than: $1.evidence) }
    )
  }

  /// Another article's answer scored as the chosen one is: its own coverage and type fit,
  /// through the calibration, so an account shown beside the answer is one newsdesk would
  /// have given on its own.
  func confidence(
    of reading: SourceReading, candidate: ShortAnswerExtractor.Candidate,
    analysis: QuestionAnalysis
  ) -> Double {
    var signals = AnswerSignals()
    signals.coverage = reading.coverage
    signals.termShare = reading.termShare
    signals.candidateScore = candidate.score
    signals.typeFit = candidate.typeFit
    signals.typeVerdict = .fits
    signals.questionTerms = analysis.terms.count
    measureAnswer(&signals, candidate: candidate, runnerUp: reading.runnerUp)
    signals.ruleConfidence = Self.typedConfidence(
      coverage: reading.coverage, typeFit: candidate.typeFit)
    return calibrated(signals, analysis: analysis, hasShortAnswer: true)
  }

  /// Two answers agree when one holds all the other's words ("11" and "11 people",
  /// "Noboa" and "Daniel Noboa").
  static func sameAnswer(_ first: String, _ second: String) -> Bool {
    let a = Set(AnswerNormalizer.normalize(first).split(separator: " "))
    let b = Set(AnswerNormalizer.normalize(second).split(separator: " "))
    guard !a.isEmpty, !b.isEmpty else { return false }
    return a.isSubset(of: b) || b.isSubset(of: a)
  }

  static func newestFirst(_ list: [Evidence]) -> [Evidence] {
    list.sorted { $0.isNewer(than: $1) }
  }
}

extension Evidence {
  /// Whether this sentence's article is newer than the other's: dated before undated,
  /// among dated the later first. The order sources are listed in.
  public func isNewer(than other: Evidence) -> Bool {
    switch (article.date, other.article.date) {
    case let (a?, b?): return a > b
    case (.some, nil): return true
    default: return false
    }
  }
}
