/// Deciding whether an answer meets an expectation.
extension QAExpectation {
  /// Whether `answer` meets the expectation; `library` resolves the article an `@` names.
  public func isMet(by answer: Answer, in library: ArticleLibrary) -> Bool {
    switch kind {
    case .contains(let text):
      guard let short = answer.shortAnswer else { return false }
      return Self.containsWords(short, text)
    case .equals(let text):
      guard let short = answer.shortAnswer else { return false }
      return AnswerNormalizer.exactMatch(short, text)
    case .matches(let regex):
      guard let short = answer.shortAnswer else { return false }
      return regex.matches(short)
    case .abstains:
      return answer.abstained
    case .answers:
      return !answer.abstained
    case .cites(let article, let sentence):
      guard let evidence = answer.evidence else { return false }
      let citations = [evidence] + (answer.abstained ? [] : answer.alsoCitedIn)
      return citations.contains { citation in
        if let article {
          guard let number = library.article(named: article), number == citation.articleNumber
          else { return false }
        }
        return sentence.map { $0 == citation.sentenceNumber } ?? true
      }
    case .differs(let text):
      return !answer.abstained
        && answer.otherAnswers.contains { Self.containsWords($0.text, text) }
    }
  }

  /// Whether `text`'s normalised words occur together, in order, in `answer`'s. Whole words,
  /// so `= 11` does not pass on "2011" and `= Noboa` passes on "Daniel Noboa".
  public static func containsWords(_ answer: String, _ text: String) -> Bool {
    let haystack = AnswerNormalizer.normalize(answer).split(separator: " ")
    let needle = AnswerNormalizer.normalize(text).split(separator: " ")
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }
}

extension Answer {
  /// What came back, in the words a failure line uses: the short answer in quotes, or why
  /// there is none.
  public var scriptDescription: String {
    if abstained { return "(abstained)" }
    if let shortAnswer { return "\"\(shortAnswer)\"" }
    return "(no short answer)"
  }

  /// `article-id#N` for the cited sentence, the form an `@` expectation takes.
  public var citationLabel: String? {
    evidence.map { "\($0.article.id)#\($0.sentenceNumber)" }
  }
}
