/// A candidate standing in apposition to the noun the question asks about: the sentence names
/// the thing asked for right beside the word for its kind.
extension ShortAnswerExtractor {
  /// How much likelier the span is the answer for standing beside the question's head noun:
  /// right after it ("his descendant Hulagu Khan", "the journal Nature", "a messenger,
  /// Ming-Tan") or before an appositive or a copula's complement holding it ("Skylab, a space
  /// station that …", "Jacksonville is the largest city").
  func appositionFactor(
    _ span: ClosedRange<Int>, _ words: SentenceWords, headTerm: String?,
    analyzer: inout TermAnalyzer
  ) -> Double {
    guard let headTerm else { return 1 }
    let list = words.words
    let before = span.lowerBound - 1
    if before >= 0, analyzer.term(for: list[before].lower) == headTerm {
      let mark = words.punctuation(before: span.lowerBound)
      if mark == nil || mark == "," { return AnswerWeights.appositionBoost.value }
    }
    // ", a space station that …" or "is the largest city": the head noun within the next
    // few words, before any other punctuation.
    var index = span.upperBound + 1
    if index < list.count, words.punctuation(after: span.upperBound) == nil,
      Lexicon.copulas.contains(list[index].lower)
    {
      index += 1
    } else if words.punctuation(after: span.upperBound) != "," {
      return 1
    }
    guard index + 1 < list.count, Lexicon.determiners.contains(list[index].lower) else {
      return 1
    }
    index += 1
    while index < list.count, index <= span.upperBound + 5 {
      if analyzer.term(for: list[index].lower) == headTerm {
        return AnswerWeights.appositionBoost.value
      }
      if words.punctuation(after: index) != nil { break }
      index += 1
    }
    return 1
  }

  /// Whether a capitalised span modifies the common noun after it ("the Mercury astronaut",
  /// "the Gemini and Apollo programs"): then it is not a person, whatever the gazetteer says.
  func modifiesNoun(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let list = words.words
    var index = span.upperBound + 1
    // Through a coordination of names: "Gemini and Apollo programs".
    while index + 1 < list.count, ["and", "or"].contains(list[index].lower),
      list[index + 1].isCapitalized, words.punctuation(before: index) == nil
    {
      index += 2
      while index < list.count, list[index].isCapitalized { index += 1 }
    }
    guard index < list.count, words.punctuation(before: index) == nil else { return false }
    let next = list[index]
    guard !next.isCapitalized, !next.isNumber, !next.lower.hasSuffix("ed"),
      !next.lower.hasSuffix("ing"), !Lexicon.isFunctionWord(next.lower)
    else { return false }
    return lexicon.partsOfSpeech(next.lower).first == .noun
  }

  /// Positions whose word ends another person's name than the question's: "Genghis Khan"
  /// when the question says "Kublai Khan". The name keeps that word though the question has
  /// it; "Thomas Savery" for a question saying only "Savery" is the same man and does not.
  func sharedNameEnds(_ words: SentenceWords, context: QuestionContext) -> [Bool] {
    // Each capitalised question word after another, with the words before it.
    let question = SentenceWords(context.analysis.text).words
    var before: [String: Set<String>] = [:]
    for index in question.indices.dropFirst()
    where question[index].isCapitalized && question[index - 1].isCapitalized {
      before[question[index].lower, default: []].insert(question[index - 1].lower)
    }
    // "The Smith family", "the Kennedy brothers": a surname the question gives to a group;
    // "John Smith" is one of them, not the question's own name.
    for index in question.indices.dropLast()
    where index > 0 && question[index].isCapitalized && !question[index - 1].isCapitalized
      && Self.kinGroupNouns.contains(question[index + 1].lower)
    {
      before[question[index].lower, default: []].formUnion([])
    }
    let list = words.words
    return list.indices.map { index in
      guard index > 0, list[index].isCapitalized, list[index - 1].isCapitalized,
        words.punctuation(before: index) == nil, let owners = before[list[index].lower]
      else { return false }
      return !owners.contains(list[index - 1].lower)
        && !context.questionWords.contains(list[index - 1].lower)
    }
  }

  /// Positions whose word opens another person's name than the question's: "Shi Bingzhi"
  /// when the question says "Shi Tianze". The rest of the name differs, so it is someone
  /// else of the same family; "Thomas Savery" for a question saying "Thomas" alone does not.
  func sharedNameStarts(_ words: SentenceWords, context: QuestionContext) -> [Bool] {
    let list = words.words
    // Each capitalised question word before another, with the words after it.
    let question = SentenceWords(context.analysis.text).words
    var after: [String: Set<String>] = [:]
    for index in question.indices.dropLast()
    where question[index].isCapitalized && question[index + 1].isCapitalized {
      after[question[index].lower, default: []].insert(question[index + 1].lower)
    }
    return list.indices.map { index in
      guard index + 1 < list.count, list[index].isCapitalized, list[index + 1].isCapitalized,
        words.punctuation(before: index + 1) == nil, let rests = after[list[index].lower]
      else { return false }
      let rest = list[index + 1].lower
      return !rests.contains(rest) && !context.questionWords.contains(rest)
    }
  }

  /// Nouns for a family or a group of kin, which a surname before them names: "the Smith
  /// family", "the Kennedy brothers".
  static let kinGroupNouns: Set<String> = [
    "family", "families", "brothers", "sisters", "siblings", "twins", "clan", "dynasty",
    "household", "sons", "daughters",
  ]
}
