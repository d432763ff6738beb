/// Questions whose answer has a form of its own, read off the parse: a list ("which
/// countries …") answered with every member, and a yes/no question answered "Yes" or "No".
/// The phrase rules' answer stands when the syntax model is missing, when the question is
/// of another kind, or when the parse finds nothing to go on.
extension AnswerComposer {
  /// `answer`, or the list or yes/no answer that replaces it.
  func answeredByForm(
    _ answer: Answer, analysis: QuestionAnalysis, evidence: [Evidence],
    retrieved: [ScoredSentence], library: ArticleLibrary
  ) -> Answer {
    guard analysis.answerType == .yesNo || analysis.asksForList,
      let annotator = SentenceAnnotator.shared, !evidence.isEmpty,
      !answer.signals.unknownName, answer.signals.unknownWords == 0
    else { return answer }
    let relevance = sentenceRelevance(
      analysis: analysis, evidence: evidence, retrieved: retrieved, library: library)
    if analysis.answerType == .yesNo {
      return yesNoAnswer(
        answer, analysis: analysis, evidence: evidence, relevance: relevance, library: library,
        annotator: annotator)
    }
    return listAnswer(
      answer, analysis: analysis, evidence: evidence, relevance: relevance, library: library,
      annotator: annotator)
  }

  /// For each sentence read, the share of the question it covers weighed by its retrieval
  /// score against the best one: how much an answer found in it is worth.
  func sentenceRelevance(
    analysis: QuestionAnalysis, evidence: [Evidence], retrieved: [ScoredSentence],
    library: ArticleLibrary
  ) -> [Double] {
    var analyzer = TermAnalyzer()
    var weights: [String: Double] = [:]
    for term in analysis.terms { weights[term] = library.index.sentenceIDF(of: term) }
    let best = max(retrieved.first?.score ?? 1, 0.001)
    return zip(evidence, retrieved).prefix(options.sentencesRead).map { source, scored in
      let coverage = coverageOf(
        weights, expansions: analysis.expansions, in: source.sentence, analyzer: &analyzer)
      return coverage * (0.5 + 0.5 * scored.score / best)
    }
  }

  private func yesNoAnswer(
    _ answer: Answer, analysis: QuestionAnalysis, evidence: [Evidence], relevance: [Double],
    library: ArticleLibrary, annotator: SentenceAnnotator
  ) -> Answer {
    guard let claim = YesNoClaim.read(analysis.text, annotator: annotator) else { return answer }
    let answerer = YesNoAnswerer(lexicon: annotator.lexicon)
    var best: (position: Int, finding: YesNoAnswerer.Finding, score: Double)?
    for position in relevance.indices {
      let sentence = annotator.annotate(evidence[position].sentence)
      let references = referencesIn(evidence[position], library: library)
      guard let finding = answerer.judge(claim, against: sentence, references: references)
      else { continue }
      let score = relevance[position] * finding.strength
      if relevance[position] >= Self.formMinimumRelevance, score > (best?.score ?? 0) {
        best = (position, finding, score)
      }
    }
    var result = answer
    result.role = nil
    result.alsoCitedIn = []
    result.otherAnswers = []
    result.answerDate = nil
    guard let best else {
      // No clause says so or says otherwise: an honest abstention, the nearest sentence shown.
      result.abstained = true
      result.shortAnswer = nil
      result.evidence?.highlight = nil
      result.abstentionReason = result.abstentionReason ?? .noShortAnswer
      return result
    }
    let sentence = annotator.annotate(evidence[best.position].sentence)
    var supporting = evidence[best.position]
    supporting.highlight =
      sentence.tokens[best.finding.clause.lowerBound].utf8Range.lowerBound
      ..< sentence.tokens[best.finding.clause.upperBound].utf8Range.upperBound
    result.evidence = supporting
    result.shortAnswer = best.finding.verdict == .yes ? "Yes" : "No"
    result.abstained = false
    result.abstentionReason = nil
    result.confidence = formConfidence(best.score)
    return result
  }

  private func listAnswer(
    _ answer: Answer, analysis: QuestionAnalysis, evidence: [Evidence], relevance: [Double],
    library: ArticleLibrary, annotator: SentenceAnnotator
  ) -> Answer {
    let request = listRequest(analysis, annotator: annotator)
    let answerer = ListAnswerer(lexicon: annotator.lexicon)
    let sentences = relevance.indices.map { annotator.annotate(evidence[$0].sentence) }
    var best: (position: Int, reading: ListAnswerer.Reading, score: Double)?
    for position in relevance.indices {
      guard let reading = answerer.reading(of: sentences[position], for: request) else {
        continue
      }
      let score = relevance[position] * reading.fit
      if score > (best?.score ?? 0) { best = (position, reading, score) }
    }
    var members: [(text: String, position: Int, range: Range<Int>)] = []
    if let best {
      members = best.reading.members.map { ($0.text, best.position, $0.utf8Range) }
    }
    // Members the article names in other sentences, as arguments of the same act.
    let floor = (best.map { relevance[$0.position] } ?? relevance.max() ?? 0) * 0.8
    for position in relevance.indices where position != best?.position && relevance[position] >= floor {
      let found =
        answerer.reading(of: sentences[position], for: request).flatMap {
          $0.aligned ? $0.members : nil
        } ?? answerer.single(in: sentences[position], for: request).map { [$0] } ?? []
      for member in found
      where !members.contains(where: {
        AnswerNormalizer.normalize($0.text) == AnswerNormalizer.normalize(member.text)
      }) {
        members.append((member.text, position, member.utf8Range))
      }
    }
    guard members.count >= 2, let first = members.first,
      relevance[first.position] >= Self.formMinimumRelevance
    else { return answer }
    var result = answer
    var supporting = evidence[first.position]
    let inFirst = members.filter { $0.position == first.position }
    supporting.highlight = inFirst.first!.range.lowerBound..<inFirst.last!.range.upperBound
    result.evidence = supporting
    result.shortAnswer = ListAnswerer.joined(members.map(\.text))
    result.listMembers = members.filter { $0.position != first.position }.map { member in
      var source = evidence[member.position]
      source.highlight = member.range
      return OtherAnswer(text: member.text, evidence: source)
    }
    result.abstained = false
    result.abstentionReason = nil
    result.role = nil
    result.speaker = nil
    result.otherAnswers = []
    result.confidence = formConfidence(best?.score ?? relevance[first.position] * 0.6)
    return result
  }

  private func listRequest(_ analysis: QuestionAnalysis, annotator: SentenceAnnotator)
    -> ListAnswerer.Request
  {
    let question = annotator.annotate(analysis.text)
    let ignored: Set<String> = ["be", "have", "do", "will", "would", "can", "could"]
    var acts = question.tokens.indices.filter {
      question.tokens[$0].coarseTag == "VERB"
        && !ignored.contains(question.tokens[$0].lemma.lowercased())
    }.map { YesNoClaim.act(of: $0, in: question) }
    if let verb = analysis.verb?.lowercased(),
      let lemma = annotator.lexicon?.lemmas(verb, pos: .verb).first ?? Optional(verb),
      !ignored.contains(lemma), !acts.contains(lemma)
    {
      acts.append(lemma)
    }
    let kind = analysis.headNoun.map { head in
      annotator.lexicon?.lemmas(head, pos: .noun).first ?? head
    }
    return ListAnswerer.Request(
      answerType: analysis.answerType, kind: kind, questionWords: Set(analysis.focusWords),
      acts: acts)
  }

  /// Below this share of the question a list or a verdict is not read from a sentence.
  static let formMinimumRelevance = 0.15

  /// The confidence of an answer read off the parse, from the sentence's share of the
  /// question and how surely the clause decides: at most "likely", since the rule has not
  /// been calibrated like the phrase rules.
  func formConfidence(_ score: Double) -> Double {
    ((0.3 + 0.5 * min(max(score, 0), 1)) * 1000).rounded() / 1000
  }
}
