/// "Who is Jez Moxey?", "what is Mindark?": the role, title or apposition the articles give
/// the name, read off the parse of every sentence read that names it (IdentityReader). The
/// first answer is the newest article's best reading; the roles other articles or sentences
/// give follow, each with its sentence, the same role said twice given once. The phrase
/// rules' answer stands when no sentence gives the name a role.
extension AnswerComposer {
  /// `answer`, or the roles the articles give the name an identity question asks about.
  func answeredByIdentity(
    _ answer: Answer, analysis: QuestionAnalysis, evidence: [Evidence], library: ArticleLibrary
  ) -> Answer {
    guard let name = analysis.identityName,
      let annotator = lexicon.annotator, !evidence.isEmpty
    else { return answer }
    let reader = IdentityReader(lexicon: annotator.lexicon)
    var found: [(reading: IdentityReader.Reading, position: Int)] = []
    for position in evidence.indices {
      let sentence = annotator.annotate(evidence[position].sentence)
      found += reader.readings(of: name, in: sentence).map { ($0, position) }
    }
    // Newest article first; within one date (or none), the surest way of giving a role;
    // within one article, the earlier sentence (a story gives a person's title at the first
    // mention: "President Daniel Noboa" before "Noboa, a businessman"); else the sentence
    // retrieval ranked higher.
    let ordered = found.enumerated().sorted { left, right in
      let (a, b) = (evidence[left.element.position], evidence[right.element.position])
      if a.isNewer(than: b) { return true }
      if b.isNewer(than: a) { return false }
      let (strengthA, strengthB) = (
        left.element.reading.kind.strength, right.element.reading.kind.strength
      )
      if strengthA != strengthB { return strengthA > strengthB }
      if a.articleNumber == b.articleNumber, a.sentenceNumber != b.sentenceNumber {
        return a.sentenceNumber < b.sentenceNumber
      }
      return left.offset < right.offset
    }.map(\.element)
    guard let first = ordered.first else {
      return answeredByLeadSpeaker(answer, name: name, evidence: evidence, library: library)
    }
    // Where the articles give the name only a weak role (a relative clause, a place of
    // work), the phrase rules' answer, if they found one, stands.
    if !answer.abstained,
      ordered.allSatisfy({
        $0.reading.kind.strength < AnswerWeights.identityReplacesAnswer.value
      })
    {
      return answer
    }
    // The same role given again ("chief executive" after "Wolves chief executive") is
    // cited, not repeated.
    var roles: [(text: String, source: Evidence, citedIn: [Evidence])] = []
    for (reading, position) in ordered {
      var source = evidence[position]
      source.highlight = reading.utf8Range
      let normalized = AnswerNormalizer.normalize(reading.text)
      if let same = roles.firstIndex(where: {
        let kept = AnswerNormalizer.normalize($0.text)
        return kept == normalized || kept.contains(normalized)
      }) {
        if !roles[same].citedIn.contains(where: { $0.articleNumber == source.articleNumber }),
          roles[same].source.articleNumber != source.articleNumber
        {
          roles[same].citedIn.append(source)
        }
        continue
      }
      roles.append((reading.text, source, []))
    }
    var result = answer
    result.evidence = roles[0].source
    result.shortAnswer = roles[0].text
    result.alsoCitedIn = roles[0].citedIn
    result.otherAnswers = roles.dropFirst().map { role in
      var other = OtherAnswer(text: role.text, evidence: role.source)
      other.alsoCitedIn = role.citedIn
      return other
    }
    result.otherAnswersRelation = .moreDescriptions
    result.abstained = false
    result.abstentionReason = nil
    result.role = nil
    result.speaker = nil
    result.listMembers = []
    let strength = first.reading.kind.strength
    result.confidence = max(formConfidence(strength), answer.abstained ? 0 : answer.confidence)
    result.ruleTrace.chosen = CandidateTrace(
      text: first.reading.text, score: strength, typeFit: 1,
      firings: [RuleFiring(rule: "identity." + first.reading.kind.rawValue, factor: strength)])
    result.ruleTrace.runnerUp = nil
    result.ruleTrace.confidence.append(
      ConfidenceStep(
        check: "identity: \(first.reading.kind.rawValue), \(roles.count) role(s)",
        confidence: result.confidence))
    return result
  }
}
