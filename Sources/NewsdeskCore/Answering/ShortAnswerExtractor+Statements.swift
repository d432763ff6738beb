/// Answers to "what did X say?": the quotes and reported clauses of a sentence whose speaker
/// is the one the question names.
extension ShortAnswerExtractor {
  func statementCandidates(
    _ words: SentenceWords, context: QuestionContext,
    references: [ReferenceResolver.Mention], next: SentenceWords?, analyzer: inout TermAnalyzer
  ) -> [Candidate] {
    let statements = ReportedSpeech().statements(in: words, next: next)
    guard !statements.isEmpty else { return [] }
    let names = speakerTerms(of: context.analysis, analyzer: &analyzer)
    let verbTerm = context.verbTerm
    var result: [Candidate] = []
    for statement in statements {
      let speaker =
        statement.speakerInNextSentence
        ?? statement.speaker.map { span -> String in
          // "He warned": the name the pronoun stands for.
          if let mention = references.first(where: { $0.words.overlaps(span) }) {
            return mention.name
          }
          return words.text(from: span.lowerBound, through: span.upperBound)
        }
      // The speaker as the sentence writes it ("the official") and as resolved ("Pablo
      // Herrera").
      // and with the role the sentence gives them ("Ecuador's Interior Minister").
      let written =
        statement.speakerInNextSentence
        ?? statement.speaker.map { span -> String in
          let range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
          let role = AnswerDetails().role(of: range, in: words.sentence) ?? ""
          return words.text(from: span.lowerBound, through: span.upperBound) + " " + role
        }
      let speakerTerms = Set(
        analyzer.terms(in: [speaker, written].compactMap { $0 }.joined(separator: " ")))
      var fit: Double
      if names.isEmpty {
        fit =
          speaker == nil
          ? AnswerWeights.unattributedStatementFit.value : AnswerWeights.anySpeakerFit.value
      } else {
        fit = names.isDisjoint(with: speakerTerms) ? AnswerWeights.otherSpeakerFit.value : 1
      }
      // The verb the question uses ("warn") over any verb of saying.
      if let verbTerm, analyzer.term(for: words.words[statement.verb].lower) == verbTerm {
        fit *= AnswerWeights.sameVerbStatementFactor.value
      }
      // What the question asks about ("about the boat") inside what was said.
      let content = statement.content
      var topical = 0.0
      var topicWeight = 0.0
      for (term, weight) in context.termWeights where !names.contains(term) && term != verbTerm {
        topicWeight += weight
        let inside = content.contains { analyzer.term(for: words.words[$0].lower) == term }
        if inside { topical += weight }
      }
      let topicShare = topicWeight > 0 ? topical / topicWeight : 0.5
      let text = words.text(from: content.lowerBound, through: content.upperBound)
      result.append(
        Candidate(
          text: statement.isQuote ? "“\(Self.trimmedQuote(text))”" : text,
          utf8Range: words.utf8Range(from: content.lowerBound, through: content.upperBound),
          score: fit * (AnswerWeights.statementTopicBase.value + topicShare), typeFit: min(1, fit),
          speaker: speaker))
    }
    return result.sorted { $0.score > $1.score }
  }

  /// The terms naming who the question asks about: the words between "did" and the
  /// reporting verb ("what did the official say about Rubio?" → official), not the topic.
  func speakerTerms(of analysis: QuestionAnalysis, analyzer: inout TermAnalyzer) -> Set<String> {
    let words = WordTokenizer.words(in: analysis.text)
    guard let verb = analysis.verb, let end = words.firstIndex(of: verb), end > 2 else {
      return Set(analysis.nameTerms)
    }
    return Set(
      words[Range.positions(from: 2, upTo: end, in: words.count)].compactMap {
        analyzer.term(for: $0)
      })
  }

  /// A quote without the comma or stop that closed it inside the marks.
  static func trimmedQuote(_ text: String) -> String {
    var result = text
    while let last = result.last, ",;:".contains(last) { result.removeLast() }
    return result
  }
}
