/// "And what about Oxford?" after "how many books will Harvard contribute?": the articles
/// may give no such figure for the new topic, yet say what it does in the very sentence
/// that gave the last answer ("…, while Oxford wants Google to scan books published in the
/// 19th Century"). A reporter asking about the other party wants that clause, not "the
/// loaded articles don't say".
extension NewsdeskSession {
  /// A clause this short says too little of the topic to stand as its answer.
  static let shortestTopicClause = 4
  /// A clause this long is most of a paragraph: the sentence itself says it better.
  static let longestTopicClause = 45

  /// The declined answer to a swapped question, answered instead with the clause whose
  /// subject is `topic` in the nearest sentence (or the next of the ranked ones) that has
  /// one. The confidence stays the declined question's: the clause says what the articles
  /// tell of the topic, not that they answer the question, and the notice says so.
  func statement(about topic: String, declined answer: Answer) -> Answer? {
    // What someone said is theirs alone: a clause about the topic is no quote of it.
    guard answer.analysis.answerType != .quote, let syntax = lexicon.annotator,
      let last = SentenceWords(topic).words.last?.surface
    else { return nil }
    let sources = (answer.evidence.map { [$0] } ?? []) + answer.candidates
    for var source in sources.prefix(composer.options.sentencesRead) {
      guard source.sentence.contains(last) else { continue }
      let parsed = syntax.annotate(source.sentence)
      guard let clause = Self.clause(ofSubject: last, in: parsed)
      else { continue }
      var result = answer
      result.shortAnswer = parsed.text(of: clause)
      source.highlight =
        parsed.tokens[clause.lowerBound].utf8Range
        .lowerBound..<parsed.tokens[clause.upperBound].utf8Range.upperBound
      result.evidence = source
      result.abstained = false
      result.abstentionReason = nil
      result.analysis.notice =
        "The loaded articles do not say that of \(topic); this is what they say of it."
      return result
    }
    return nil
  }

  /// The tokens of the clause whose subject ends in the word `subject`: the subject's phrase
  /// through the last dependent of its verb, without a clause coordinated after it.
  static func clause(ofSubject subject: String, in parsed: AnnotatedSentence) -> ClosedRange<Int>? {
    let tokens = parsed.tokens
    for word in tokens.indices where tokens[word].text == subject {
      // "Eastmoor College": the parser may hang the last word on the first ("flat").
      var index = word
      var steps = 0
      while steps < tokens.count,
        ["flat", "compound"].contains(where: { tokens[index].relation.isRelation($0) }),
        let head = tokens[index].head
      {
        index = head
        steps += 1
      }
      guard tokens[index].relation.isRelation("nsubj"), let verb = tokens[index].head else {
        continue
      }
      let start = parsed.subtreeRange(of: index).lowerBound
      var end = verb
      for child in parsed.dependents[verb]
      where !["conj", "cc", "punct", "parataxis"].contains(tokens[child].relation) {
        end = max(end, parsed.subtreeRange(of: child).upperBound)
      }
      while end > start, tokens[end].coarseTag == "PUNCT" { end -= 1 }
      let length = end - start + 1
      guard length >= shortestTopicClause, length <= longestTopicClause else { continue }
      return start...end
    }
    return nil
  }
}
