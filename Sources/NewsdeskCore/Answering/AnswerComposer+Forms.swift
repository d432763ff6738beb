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
    guard analysis.answerType == .yesNo || analysis.asksForList || Self.mayListAnswer(analysis),
      let annotator = lexicon.annotator, !evidence.isEmpty,
      // A name no article mentions is not answered; a kind no article names ("which teams"
      // over "knocked out Santa Fe, …") still may be.
      !answer.signals.unknownName
    else { return answer }
    if analysis.answerType != .yesNo, !analysis.asksForList {
      return expandedToList(answer, analysis: analysis, evidence: evidence, annotator: annotator)
    }
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
    var analyzer = TermAnalyzer(lexicon: lexicon)
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
    let claim = YesNoClaim.read(analysis.text, annotator: annotator)
    let answerer = YesNoAnswerer(lexicon: annotator.lexicon)
    var best: (position: Int, finding: YesNoAnswerer.Finding, score: Double)?
    for position in relevance.indices {
      guard let claim else { break }
      let sentence = annotator.annotate(evidence[position].sentence)
      let references = referencesIn(evidence[position], library: library)
      guard let finding = answerer.judge(claim, against: sentence, references: references)
      else { continue }
      let score = relevance[position] * finding.strength
      if relevance[position] >= AnswerWeights.formMinimumRelevance.value, score > (best?.score ?? 0)
      {
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
      result.ruleTrace.confidence.append(
        ConfidenceStep(check: "yesNo: no clause decides", confidence: result.confidence))
      return result
    }
    let sentence = annotator.annotate(evidence[best.position].sentence)
    var supporting = evidence[best.position]
    supporting.highlight =
      sentence.tokens[best.finding.clause.lowerBound].utf8Range
      .lowerBound..<sentence.tokens[best.finding.clause.upperBound].utf8Range.upperBound
    result.evidence = supporting
    result.shortAnswer = best.finding.verdict == .yes ? "Yes" : "No"
    result.abstained = false
    result.abstentionReason = nil
    result.signals.form = .yesNo
    result.confidence = formConfidence(
      result, analysis: analysis, otherwise: formConfidence(best.score))
    result.ruleTrace.confidence.append(
      ConfidenceStep(check: "yesNo: \(best.finding.verdict)", confidence: result.confidence))
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
    for position in relevance.indices
    where relevance[position] >= AnswerWeights.formMinimumRelevance.value {
      guard let reading = answerer.reading(of: sentences[position], for: request) else {
        continue
      }
      let score = relevance[position] * reading.fit
      if score > (best?.score ?? 0) { best = (position, reading, score) }
    }
    var members: [ListMember] = []
    if let best {
      members = best.reading.members.map { ListMember($0, position: best.position) }
    }
    // Members the same article names in its other good sentences as arguments of the
    // question's act, in the role asked: the act and role make up for a weaker match.
    let chosenArticle = best.map { evidence[$0.position].articleNumber }
    let floor =
      (best.map { relevance[$0.position] } ?? relevance.max() ?? 0)
      * AnswerWeights.listOtherSentenceShare.value
    for position in relevance.indices
    where position != best?.position && relevance[position] >= floor
      && (chosenArticle == nil || evidence[position].articleNumber == chosenArticle)
    {
      if let count = request.count, members.count >= count { break }
      let found =
        answerer.reading(of: sentences[position], for: request).flatMap {
          $0.aligned ? $0.members : nil
        } ?? answerer.single(in: sentences[position], for: request).map { [$0] } ?? []
      for member in found
      where !members.contains(where: {
        AnswerNormalizer.normalize($0.text) == AnswerNormalizer.normalize(member.text)
      }) {
        members.append(ListMember(member, position: position))
      }
    }
    guard members.count >= 2 else { return answer }
    return listAnswer(answer, members: members, evidence: evidence, score: best?.score)
  }

  /// `answer` given as the list `members`, the first one's sentence as its evidence.
  private func listAnswer(
    _ answer: Answer, members: [ListMember], evidence: [Evidence], score: Double?
  ) -> Answer {
    let first = members[0]
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
    result.signals.form = .list
    result.confidence = formConfidence(
      result, analysis: result.analysis,
      otherwise: score.map { max(result.confidence, formConfidence($0)) } ?? result.confidence)
    result.ruleTrace.confidence.append(
      ConfidenceStep(check: "list of \(members.count)", confidence: result.confidence))
    return result
  }

  /// One member of a list answer and the sentence (its place among those read) naming it.
  struct ListMember {
    var text: String
    var position: Int
    var range: Range<Int>

    init(_ member: ListAnswerer.Member, position: Int) {
      text = member.text
      self.position = position
      range = member.utf8Range
    }
  }

  /// "Where has BP made discoveries?" answered "Egypt" from "in Egypt, the Gulf of Mexico
  /// and Angola": a question that does not ask for one thing gets the whole list its answer
  /// is a member of.
  private func expandedToList(
    _ answer: Answer, analysis: QuestionAnalysis, evidence: [Evidence],
    annotator: SentenceAnnotator
  ) -> Answer {
    guard !answer.abstained, let supporting = answer.evidence,
      let highlight = supporting.highlight,
      let position = evidence.firstIndex(where: {
        $0.articleNumber == supporting.articleNumber
          && $0.sentenceNumber == supporting.sentenceNumber
      })
    else { return answer }
    // Most answers are no member of a list: a sentence without a comma or a conjunction is
    // not parsed, nor one whose lists lie elsewhere.
    let words = WordTokenizer.words(in: supporting.sentence)
    guard supporting.sentence.contains(",") || words.contains(where: Lexicon.coordinators.contains)
    else { return answer }
    let sentence = annotator.annotate(supporting.sentence)
    guard
      sentence.coordinations.contains(where: { coordination in
        coordination.ranges.contains { range in
          (sentence.tokens[range.lowerBound].utf8Range
            .lowerBound..<sentence.tokens[range.upperBound].utf8Range.upperBound).overlaps(
              highlight)
        }
      })
    else { return answer }
    let request = listRequest(analysis, annotator: annotator)
    guard
      let reading = ListAnswerer(lexicon: annotator.lexicon).reading(of: sentence, for: request),
      reading.members.contains(where: {
        $0.utf8Range.overlaps(highlight) && $0.utf8Range.count <= highlight.count * 3
      })
    else { return answer }
    var evidenceHere = evidence
    evidenceHere[position] = supporting
    return listAnswer(
      answer, members: reading.members.map { ListMember($0, position: position) },
      evidence: evidenceHere, score: nil)
  }

  /// Whether a question that is not marked as asking for a list may still be answered with
  /// one: where, who and what questions that do not name one thing ("which country", "who is
  /// the president").
  static func mayListAnswer(_ analysis: QuestionAnalysis) -> Bool {
    guard [.person, .organization, .place, .other].contains(analysis.answerType) else {
      return false
    }
    // "who is …", "what was an example …": one thing is asked for.
    let words = WordTokenizer.words(in: analysis.text)
    if let wh = words.firstIndex(where: { ["who", "what", "where"].contains($0) }),
      wh + 1 < words.count, ["is", "was", "'s", "s"].contains(words[wh + 1])
    {
      return false
    }
    switch analysis.form {
    case .where, .who: return true
    case .what: return analysis.headNoun == nil
    default: return false
    }
  }

  func listRequest(_ analysis: QuestionAnalysis, annotator: SentenceAnnotator)
    -> ListAnswerer.Request
  {
    // Typed in lower case, a question parses worse: it is read capitalised, as written.
    let question = annotator.annotate(
      analysis.text.prefix(1).uppercased() + analysis.text.dropFirst())
    let tokens = question.tokens
    let ignored: Set<String> = ["be", "have", "do", "will", "would", "can", "could"]
    var acts = tokens.indices.filter {
      tokens[$0].coarseTag == "VERB" && !ignored.contains(tokens[$0].lemma.lowercased())
    }.map { YesNoClaim.act(of: $0, in: question) }
    if let verb = analysis.verb?.lowercased(),
      let lemma = annotator.lexicon?.lemmas(verb, pos: .verb).first ?? Optional(verb),
      !ignored.contains(lemma), !acts.contains(lemma)
    {
      acts.append(lemma)
    }
    // The wh-phrase: "which clubs" (the noun "which" determines) or "who" itself.
    let wh = tokens.indices.first {
      ["which", "what", "who", "whom"].contains(tokens[$0].text.lowercased())
    }
    let phrase = wh.map { index in
      tokens[index].relation == "det" ? tokens[index].head ?? index : index
    }
    var role: ListAnswerer.Role?
    if let phrase {
      let relation = tokens[phrase].relation
      if relation == "nsubj" { role = .agent }
      if relation == "nsubj:pass" || relation == "obj" { role = .patient }
    }
    if role == nil, analysis.verb != nil {
      role = analysis.asksForSubject ? .agent : .patient
    }
    let count = phrase.flatMap { head in
      question.dependents(of: head, "nummod").compactMap {
        Self.countWords[tokens[$0].text.lowercased()]
      }.first
    }
    // "banks" is also a lemma (a surname): the singular is the other one.
    let kind = analysis.headNoun.map { head in
      annotator.lexicon?.lemmas(head, pos: .noun).first { $0 != head } ?? head
    }
    return ListAnswerer.Request(
      answerType: analysis.answerType, kind: kind, questionWords: Set(analysis.focusWords),
      acts: acts, role: role, count: count)
  }

  static let countWords: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10,
  ]

  /// The confidence of an answer read off the parse, from the sentence's share of the
  /// question and how surely the clause decides: at most "likely", since the rule has not
  /// been calibrated like the phrase rules.
  func formConfidence(_ score: Double) -> Double {
    let confidence =
      AnswerWeights.formConfidenceBase.value + AnswerWeights.formConfidenceRange.value
      * min(max(score, 0), 1)
    return (confidence * 1000).rounded() / 1000
  }
}
