/// "Who said the Tories would deal sympathetically with Archer?" over a lead that gives the
/// speaker by role only ("…, its co-chairman has said.") and a next sentence that names them
/// as a speaker ("Dr Liam Fox told …"): the answer is the person, not the role. The reverse
/// of `leadSpeakerRole`, which answers "who is Liam Fox?" with the role.
extension AnswerComposer {
  /// `answer`, with the name of the person a lead's role-only speaker turns out to be, when
  /// a who-said question was answered with that role.
  func answeredByNamedLeadSpeaker(
    _ answer: Answer, analysis: QuestionAnalysis, library: ArticleLibrary
  )
    -> Answer
  {
    guard analysis.answerType == .person, !answer.abstained, Self.asksWhoSaid(analysis),
      let evidence = answer.evidence, let highlight = evidence.highlight,
      evidence.sentenceNumber <= Self.leadSentenceReach, let wordNet = lexicon.wordNet
    else { return answer }
    let words = SentenceWords(evidence.sentence)
    let answered = words.words.indices.filter { words.words[$0].utf8Range.overlaps(highlight) }
    guard let first = answered.first, let last = answered.last,
      let statement = ReportedSpeech(lexicon: lexicon).statements(in: words).first(where: {
        $0.speaker.map { $0.contains(first) && $0.contains(last) } ?? false
      }),
      let speaker = statement.speaker,
      let role = describedRole(speaker, in: words, wordNet: wordNet),
      let name = namedSpeaker(
        after: evidence.sentenceNumber - 1, in: library.articles[evidence.articleNumber])
    else { return answer }
    var result = answer
    result.shortAnswer = name
    let owner = role.possessive ? ownerName(of: statement, in: words) : nil
    result.role = owner.map { "\($0) \(role.text)" } ?? role.text
    result.evidence?.highlight = words.utf8Range(from: role.first, through: speaker.upperBound)
    result.ruleTrace.chosen = CandidateTrace(
      text: name, score: answer.ruleTrace.chosen?.score ?? 0, typeFit: 1,
      firings: (answer.ruleTrace.chosen?.firings ?? []) + [
        RuleFiring(rule: "leadSpeaker.named", factor: 1)
      ])
    return result
  }

  /// "Who said …?", "who warned …?": the wh-word is the subject of a reporting verb (the
  /// analyser may take the reported clause's verb for the question's).
  static func asksWhoSaid(_ analysis: QuestionAnalysis) -> Bool {
    let words = WordTokenizer.words(in: analysis.text)
    if words.count >= 2, words[0] == "who", Lexicon.reportingVerbs.contains(words[1]) {
      return true
    }
    guard let verb = analysis.verb else { return false }
    return Lexicon.reportingVerbs.contains(verb) || QuestionAnalyzer.reportingLemmas.contains(verb)
  }

  /// The person the `leadSentenceReach` sentences after sentence `lead` first name as a
  /// speaker ("Dr Liam Fox told BBC One …"), titles stripped, as written.
  private func namedSpeaker(after lead: Int, in article: Article) -> String? {
    let resolver = ReferenceResolver(lexicon: lexicon)
    let speech = ReportedSpeech(lexicon: lexicon)
    for next in (lead + 1)..<min(lead + 1 + Self.leadSentenceReach, article.sentences.count) {
      let words = SentenceWords(article.sentence(next))
      guard
        let span = lexicon.recognition(of: words).names.first(where: {
          resolver.isPlainlyPerson($0, words)
        })
      else { continue }
      // The first person named must be the one who speaks there, or the lead's speaker is
      // someone the story does not name so soon.
      guard
        speech.statements(in: words).contains(where: {
          $0.speaker.map { $0.overlaps(span) } ?? false
        })
      else { return nil }
      let kept = resolver.names.stripTitles(span, words)
      return words.text(from: kept.lowerBound, through: kept.upperBound)
    }
    return nil
  }
}
