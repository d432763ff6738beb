/// "Who is Liam Fox?" over a story whose lead reports someone by role only ("The party would
/// welcome him back, its co-chairman has said.") and whose next sentences name him ("Dr Liam
/// Fox told …"). A news lead gives who spoke by what they are and names them after; the
/// role in the lead is then the role of the person named first after it. It is read only
/// when no sentence gives the name a role of its own (IdentityReader).
extension AnswerComposer {
  /// How many sentences from the article's start the lead may be (a headline may come
  /// first), and how many after it may name the speaker.
  static let leadSentenceReach = 2

  /// The role a story's lead gives the person `name` (lower-cased words) as its unnamed
  /// speaker, with the lead as evidence; nil when no article read so.
  func leadSpeakerRole(
    of name: [String], evidence: [Evidence], library: ArticleLibrary
  ) -> (text: String, evidence: Evidence)? {
    guard let last = name.last, let wordNet = lexicon.wordNet else { return nil }
    var articles: [Int] = []
    for item in evidence where !articles.contains(item.articleNumber) {
      if SentenceWords(item.sentence).words.contains(where: { $0.lower == last }) {
        articles.append(item.articleNumber)
      }
    }
    let speech = ReportedSpeech(lexicon: lexicon)
    let resolver = ReferenceResolver(lexicon: lexicon)
    for number in articles {
      let article = library.articles[number]
      let count = article.sentences.count
      for lead in 0..<min(Self.leadSentenceReach, count) {
        let words = SentenceWords(article.sentence(lead))
        for statement in speech.statements(in: words) {
          guard let speaker = statement.speaker,
            let role = describedRole(speaker, in: words, wordNet: wordNet)
          else { continue }
          // The person named first after the lead must be the one asked about.
          guard
            let named = firstPersonNamed(
              after: lead, in: article, resolver: resolver, reach: Self.leadSentenceReach),
            named.suffix(name.count) == name[...] || named.last == last
          else { continue }
          let owner = role.possessive ? ownerName(of: statement, in: words) : nil
          let text = owner.map { "\($0) \(role.text)" } ?? role.text
          var source = Evidence(
            article: ArticleCitation(article), articleNumber: number, sentenceNumber: lead + 1,
            sentence: words.sentence, score: 0, highlight: nil)
          source.highlight = words.utf8Range(from: role.first, through: speaker.upperBound)
          return (text, source)
        }
      }
    }
    return nil
  }

  /// "its co-chairman", "a senior minister": a speaker given only by a determiner or
  /// possessive and a noun for a person, no name in it. The role is the words after the
  /// determiner.
  func describedRole(_ speaker: ClosedRange<Int>, in words: SentenceWords, wordNet: WordNet)
    -> (text: String, first: Int, possessive: Bool)?
  {
    let list = words.words
    let opener = list[speaker.lowerBound].lower
    guard speaker.count >= 2,
      Lexicon.articles.contains(opener) || Lexicon.possessiveDeterminers.contains(opener),
      list[speaker].dropFirst().allSatisfy({ !$0.isCapitalized }),
      wordNet.nounClass(list[speaker.upperBound].lower) == "person"
    else { return nil }
    let first = speaker.lowerBound + 1
    return (
      words.text(from: first, through: speaker.upperBound), first,
      Lexicon.possessiveDeterminers.contains(opener)
    )
  }

  /// The name the reported clause opens with ("The Conservative Party would …"): whose
  /// role "its co-chairman" is.
  func ownerName(of statement: ReportedSpeech.Statement, in words: SentenceWords) -> String? {
    guard
      let span = lexicon.recognition(of: words).names.first(where: {
        $0.lowerBound >= statement.content.lowerBound
          && $0.lowerBound <= statement.content.lowerBound + 1
      })
    else { return nil }
    return words.text(from: span.lowerBound, through: span.upperBound)
  }

  /// The lower-cased words of the first person plainly named in the `reach` sentences
  /// after sentence `lead`, titles stripped.
  func firstPersonNamed(
    after lead: Int, in article: Article, resolver: ReferenceResolver, reach: Int
  ) -> [String]? {
    for next in (lead + 1)..<min(lead + 1 + reach, article.sentences.count) {
      let words = SentenceWords(article.sentence(next))
      if let span = lexicon.recognition(of: words).names.first(where: {
        resolver.isPlainlyPerson($0, words)
      }) {
        let kept = resolver.names.stripTitles(span, words)
        return words.words[kept].map(\.lower)
      }
    }
    return nil
  }
}

extension AnswerComposer {
  /// `answer`, declined because no sentence gives the name a role, answered with the role a
  /// story's lead gives its unnamed speaker when the name is the person named next.
  func answeredByLeadSpeaker(
    _ answer: Answer, name: [String], evidence: [Evidence], library: ArticleLibrary
  ) -> Answer {
    guard answer.abstained,
      let (text, source) = leadSpeakerRole(of: name, evidence: evidence, library: library)
    else { return answer }
    var result = answer
    result.evidence = source
    result.shortAnswer = text
    result.alsoCitedIn = []
    result.otherAnswers = []
    result.abstained = false
    result.abstentionReason = nil
    result.role = nil
    result.speaker = nil
    result.listMembers = []
    let strength = AnswerWeights.identityLeadSpeakerStrength.value
    result.confidence = formConfidence(strength)
    result.ruleTrace.chosen = CandidateTrace(
      text: text, score: strength, typeFit: 1,
      firings: [RuleFiring(rule: "identity.leadSpeaker", factor: strength)])
    result.ruleTrace.runnerUp = nil
    result.ruleTrace.confidence.append(
      ConfidenceStep(check: "identity: leadSpeaker", confidence: result.confidence))
    return result
  }
}
