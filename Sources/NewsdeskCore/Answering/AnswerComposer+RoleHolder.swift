/// "Who is the Chancellor?", "who is Wolves' chief executive?": the person the articles give
/// that role, read off the parse the other way round from an identity question: of the names
/// in the sentences read, the one whose title, apposition or copula holds the role noun (and
/// the question's other role words). The phrase rules' answer stands when no name has it.
extension AnswerComposer {
  /// The role a who-question asks the holder of: its noun (the last word, or the one before
  /// "of") and the other words of the role ("chief" in "chief executive"), lower-cased.
  struct AskedRole: Sendable, Equatable {
    var noun: String
    var modifiers: [String]
    /// Whose role it is ("Wolves" in "Wolves' chief executive", "Ecuador" in "the president
    /// of Ecuador"): the sentence must say so too.
    var owner: [String]
  }

  static func askedRole(of analysis: QuestionAnalysis, lexicon: WordNet?) -> AskedRole? {
    let list = SentenceWords(analysis.text).words.map(\.lower)
    guard analysis.answerType == .person, list.count >= 3, list.count <= 8,
      list[0] == "who", ["is", "was"].contains(list[1])
    else { return nil }
    var words = Array(list[2...])
    var owner: [String] = []
    if let of = words.firstIndex(of: "of") {
      owner = Array(words[(of + 1)...])
      words = Array(words[..<of])
    }
    // "Wolves' chief executive", "Ecuador's president": the owner is not a word of the role.
    if let possessive = words.lastIndex(where: { $0 == "s" || $0 == "'" }) {
      owner += words[..<possessive]
      words = Array(words[(possessive + 1)...])
    }
    owner.removeAll { Lexicon.isFunctionWord($0) }
    words.removeAll { Lexicon.isFunctionWord($0) }
    guard let noun = words.last,
      Lexicon.titles.contains(noun) || lexicon?.nounClass(noun) == "person",
      !Lexicon.honorifics.contains(noun)
    else { return nil }
    return AskedRole(noun: noun, modifiers: Array(words.dropLast()), owner: owner)
  }

  /// `answer`, or the name the articles give the role a who-question asks about.
  func answeredByRoleHolder(
    _ answer: Answer, analysis: QuestionAnalysis, evidence: [Evidence]
  ) -> Answer {
    guard let annotator = lexicon.annotator,
      let asked = Self.askedRole(of: analysis, lexicon: annotator.lexicon)
    else { return answer }
    let reader = IdentityReader(lexicon: annotator.lexicon)
    var best: (name: String, position: Int, reading: IdentityReader.Reading)?
    for position in evidence.indices.prefix(options.sentencesRead) {
      let sentence = annotator.annotate(evidence[position].sentence)
      for reading in reader.holderReadings(in: sentence)
      where holds(reading, asked, in: sentence) {
        let name = sentence.text(of: reading.name)
        if best == nil || reading.kind.strength > best!.reading.kind.strength {
          best = (name, position, reading)
        }
      }
      if best != nil { break }
    }
    guard let best else { return answer }
    // The phrase rules found the same person: their answer, with its trace, stands.
    if let short = answer.shortAnswer, !answer.abstained,
      AnswerNormalizer.normalize(short).contains(
        AnswerNormalizer.normalize(sentenceName(best.name)))
    {
      return answer
    }
    var result = answer
    var source = evidence[best.position]
    let sentence = annotator.annotate(source.sentence)
    source.highlight =
      sentence.tokens[best.reading.name.lowerBound]
      .utf8Range.lowerBound..<sentence.tokens[best.reading.name.upperBound].utf8Range.upperBound
    result.evidence = source
    result.shortAnswer = sentenceName(best.name)
    result.role = best.reading.text
    result.abstained = false
    result.abstentionReason = nil
    result.otherAnswers = []
    result.alsoCitedIn = []
    let strength = best.reading.kind.strength
    result.confidence = max(formConfidence(strength), answer.abstained ? 0 : answer.confidence)
    result.ruleTrace.chosen = CandidateTrace(
      text: best.name, score: strength, typeFit: 1,
      firings: [RuleFiring(rule: "roleHolder." + best.reading.kind.rawValue, factor: strength)])
    result.ruleTrace.runnerUp = nil
    result.ruleTrace.confidence.append(
      ConfidenceStep(check: "roleHolder: \(asked.noun)", confidence: result.confidence))
    return result
  }

  /// Whether the role a sentence gives a name is the one asked: its noun, and the question's
  /// other role words ("interior" minister), by lemma.
  private func holds(
    _ reading: IdentityReader.Reading, _ asked: AskedRole, in sentence: AnnotatedSentence
  ) -> Bool {
    let lemmas = Set(reading.tokens.map { sentence.tokens[$0].lemma.lowercased() })
    let words = Set(reading.tokens.map { sentence.tokens[$0].text.lowercased() })
    let has = { (word: String) in lemmas.contains(word) || words.contains(word) }
    return has(asked.noun) && (asked.modifiers + asked.owner).allSatisfy(has)
  }

  /// A name without the honorific it is written with ("Sir Howard Newby" stays whole; "Mr
  /// Leigh" gives "Leigh").
  private func sentenceName(_ name: String) -> String {
    let words = name.split(separator: " ")
    guard words.count > 1, ["mr", "mrs", "ms", "dr"].contains(words[0].lowercased()) else {
      return name
    }
    return words.dropFirst().joined(separator: " ")
  }
}

extension IdentityReader {
  /// The roles `sentence` gives each name in it: the names are its runs of capitalised proper
  /// nouns.
  func holderReadings(in sentence: AnnotatedSentence) -> [Reading] {
    let tokens = sentence.tokens
    var result: [Reading] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].coarseTag == "PROPN",
        !Lexicon.titles.contains(tokens[index].text.lowercased())
      else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < tokens.count, tokens[end + 1].coarseTag == "PROPN" { end += 1 }
      let words = tokens[index...end].map { $0.text.lowercased() }
      result += readings(of: words, in: sentence).filter { $0.name.contains(end) }
      index = end + 1
    }
    return result
  }
}
