/// Finding spans of each answer type in a sentence: roles, verb phrases, manners, phrases
/// joined by "of" or "and", quoted terms and clauses. Names (`NameRecognizer`), dates and
/// figures (`EntityRecognizer`) are recognised in Analysis.
extension ShortAnswerExtractor {
  /// Titles and roles: the words right before a name ("Economist Simon Kuznets", "Interior
  /// Minister John Reimberg") and an appositive right after one ("Noboa, a businessman").
  func roleSpans(_ words: SentenceWords, names: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    for name in names {
      // Leading title words inside the capitalised run.
      var titleEnd = name.lowerBound - 1
      while titleEnd + 1 < name.upperBound, Self.titles.contains(list[titleEnd + 1].lower) {
        titleEnd += 1
      }
      if titleEnd >= name.lowerBound { spans.append(name.lowerBound...titleEnd) }
      // A lower-case role just before the name ("economist Simon Kuznets").
      if name.lowerBound > 0, !list[name.lowerBound - 1].isCapitalized,
        !Lexicon.isFunctionWord(list[name.lowerBound - 1].lower),
        words.punctuation(before: name.lowerBound) == nil
      {
        spans.append((name.lowerBound - 1)...(name.lowerBound - 1))
      }
      // An appositive: ", a businessman who …" up to the next comma or relative pronoun.
      if name.upperBound + 2 < list.count, words.punctuation(after: name.upperBound) == ",",
        Lexicon.articles.contains(list[name.upperBound + 1].lower)
      {
        var end = name.upperBound + 2
        while end + 1 < list.count, words.punctuation(after: end) == nil,
          !["who", "which", "that"].contains(list[end + 1].lower)
        {
          end += 1
        }
        spans.append((name.upperBound + 2)...end)
      }
    }
    return spans
  }

  /// Verb phrases: a verb that is not the question's, and the words after it up to the next
  /// punctuation, at most six ("opened the gates to the Mongols").
  /// Where a verb phrase starting at `start` ends: at punctuation, at a word that opens
  /// another clause, or after six words.
  func verbPhraseEnd(from start: Int, _ words: SentenceWords) -> Int {
    var end = start
    while end + 1 < words.words.count, end - start < 5, words.punctuation(after: end) == nil,
      !Self.clauseOpeners.contains(words.words[end + 1].lower)
    {
      end += 1
    }
    return end
  }

  static let clauseOpeners: Set<String> = [
    "which", "who", "that", "while", "although", "but", "and",
  ]

  func predicateSpans(_ words: SentenceWords, questionWords: Set<String>) -> [ClosedRange<Int>] {
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    for index in list.indices
    where !list[index].isCapitalized && !questionWords.contains(list[index].lower) {
      let lower = list[index].lower
      let isVerb =
        (lower.hasSuffix("ed") && lower.count > 4) || lexicon.partsOfSpeech(lower).first == .verb
      guard isVerb, !Lexicon.isFunctionWord(lower) else { continue }
      spans.append(index...verbPhraseEnd(from: index, words))
    }
    return spans
  }

  /// Adverbs of manner and the adjective they grade: "socially" (owned), "extremely old".
  /// Sentence adverbs and fillers ("also", "however") are not manners.
  func adverbSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    for index in list.indices where list[index].lower.hasSuffix("ly") && !list[index].isCapitalized
    {
      let lower = list[index].lower
      guard !Lexicon.fillers.contains(lower), !Lexicon.isFunctionWord(lower),
        lexicon.partsOfSpeech(lower).first == .adverb
      else { continue }
      let next = index + 1
      let grades =
        next < list.count && words.punctuation(before: next) == nil
        && lexicon.partsOfSpeech(list[next].lower).first == .adjective
      // "typically mild": how often or how likely is not how; the adjective is.
      let saysHow = !Self.sentenceAdverbs.contains(lower)
      if grades {
        spans.append((saysHow ? index : next)...next)
      } else if saysHow {
        spans.append(index...index)
      }
    }
    return spans
  }

  /// Adverbs of frequency, likelihood and focus: they qualify a statement, not a manner.
  static let sentenceAdverbs: Set<String> = [
    "typically", "usually", "generally", "normally", "commonly", "frequently", "rarely",
    "occasionally", "originally", "initially", "eventually", "finally", "actually", "really",
    "especially", "particularly", "reportedly", "apparently", "probably", "possibly",
    "certainly", "clearly", "simply", "merely", "largely", "mainly", "mostly", "nearly",
    "roughly", "early", "likely", "only", "formerly", "previously", "currently", "recently",
    "subsequently", "ultimately", "traditionally", "historically", "officially",
  ]

  /// Two phrases joined by "of" or "and" into one noun phrase: "salt and iron", "high levels
  /// of inequality", "War of the Two Capitals". Answers are often the whole phrase, which the
  /// chunker cuts at the function word.
  func joinedPhrases(_ chunks: [ClosedRange<Int>], _ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    return zip(chunks, chunks.dropFirst()).compactMap { first, second in
      var joint = first.upperBound + 1
      guard joint < second.lowerBound, ["of", "and"].contains(list[joint].lower),
        words.punctuation(before: joint) == nil
      else { return nil }
      joint += 1
      // "of the Two Capitals": a determiner may follow the joint.
      while joint < second.lowerBound, Lexicon.determiners.contains(list[joint].lower) {
        joint += 1
      }
      guard joint == second.lowerBound, words.punctuation(before: joint) == nil else {
        return nil
      }
      return first.lowerBound...second.upperBound
    }
  }

  /// Short phrases in quotation marks or brackets: a term the sentence coins or names ('"white
  /// flight"', '(counterflow)'), likely the answer to "what term …", "what is it called".
  func quotedSpans(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    var index = 0
    while index < list.count {
      guard Self.openingQuotes.contains(words.punctuation(before: index) ?? " ") else {
        index += 1
        continue
      }
      var end = index
      while end < list.count, end - index < 5,
        !Self.closingQuotes.contains(words.punctuation(after: end) ?? " ")
      {
        end += 1
      }
      if end < list.count, end - index < 5 { spans.append(index...end) }
      index = end + 1
    }
    return spans
  }

  /// Whether the span is exactly a quoted or bracketed phrase: a term given as such ('"white
  /// flight"', 'the pivot mounting (trunnion)'). Brackets right after a name gloss or shorten
  /// it ("the Ikh Zasag (Great Administration)", "Hughes (MBH99)"): the name is the one
  /// given, not what the brackets add.
  func isQuoted(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let opening = words.punctuation(before: span.lowerBound) ?? " "
    let glossesName =
      opening == "(" && span.lowerBound > 0 && words.words[span.lowerBound - 1].isCapitalized
      && words.punctuation(after: span.lowerBound - 1) == "("
    return
      (Self.openingQuotes.contains(opening) && !glossesName
      && Self.closingQuotes.contains(words.punctuation(after: span.upperBound) ?? " "))
      || words.isInStraightSingleQuotes(span)
  }

  static let openingQuotes: Set<Character> = ["\"", "“", "‘", "("]
  static let closingQuotes: Set<Character> = ["\"", "”", "’", ")"]

  /// "On the other hand", "in addition", "as a consequence": phrases that link sentences and
  /// are never what a question asks for.
  func isDiscourseMarker(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let text = span.map { words.words[$0].lower }.joined(separator: " ")
    return Self.discourseMarkers.contains(text)
  }

  static let discourseMarkers: Set<String> = [
    "other hand", "hand", "same way", "way", "addition", "consequence", "result", "order",
    "fact", "instance", "example", "contrast", "particular", "general", "turn", "short",
    "sum", "conclusion", "practice", "theory", "effect", "part", "other words", "words",
  ]

  /// The clause after a connective: "because …" for reasons, "by …" for manner, "when …"
  /// for times without a date. It ends at the next semicolon or, when long, the next comma.
  func clauseSpans(_ words: SentenceWords, type: AnswerType) -> [(
    span: ClosedRange<Int>, fit: Double
  )] {
    let list = words.words
    let connectives: [([String], Double)]
    switch type {
    case .manner: connectives = Self.mannerConnectives
    case .date, .time: connectives = Self.timeConnectives
    default: connectives = Self.reasonConnectives
    }
    var spans: [(span: ClosedRange<Int>, fit: Double)] = []
    for (connective, fit) in connectives {
      for index in list.indices where index + connective.count < list.count {
        guard connective.indices.allSatisfy({ list[index + $0].lower == connective[$0] }) else {
          continue
        }
        // "is to shut down", "has to": a plan or a need, not a purpose.
        if connective == ["to"], index > 0, Self.nonPurposeBeforeTo.contains(list[index - 1].lower)
        {
          continue
        }
        // "rose to 4.5%", "moved to the capital": a "to" before a figure or a noun phrase
        // says where to, not what for (a purpose is a verb: "to help").
        if connective == ["to"], startsNounPhrase(index + 1, words) { continue }
        // "in the three months to September": a purpose starts with a verb, never a name.
        if connective == ["to"], list[index + 1].isCapitalized { continue }
        // "criticised the referee for allowing the goal", "fined for breaching the rules":
        // "for" gives a reason before a verb's -ing form, not before a noun ("for two years").
        if connective == ["for"], !isGerund(list[index + 1].lower) { continue }
        let start = index + connective.count
        var end = start
        while end + 1 < list.count {
          let mark = words.punctuation(before: end + 1)
          // "because neither X (MIT) was willing to fund it": an aside in brackets is passed
          // over, and the clause goes on after it.
          if mark == "(", let close = closingBracket(after: end + 1, words), close + 1 < list.count
          {
            end = close + 1
            continue
          }
          if mark == ";" || mark == ":" || mark == "(" { break }
          if mark == ",", end - start >= 3 { break }
          end += 1
        }
        spans.append((start...end, fit))
      }
    }
    return spans
  }

  /// Whether the word at `position` opens a noun phrase for certain: a figure (with or
  /// without its currency sign) or a determiner.
  func startsNounPhrase(_ position: Int, _ words: SentenceWords) -> Bool {
    let word = words.words[position]
    return Self.isNumeral(word)
      || (Lexicon.determiners.contains(word.lower) && !Lexicon.quantifiers.contains(word.lower))
      || words.punctuation(before: position).map { Self.currencySigns.contains(String($0)) }
        == true
  }

  /// The last word inside a short bracket opened before `start`, if it closes within six
  /// words.
  func closingBracket(after start: Int, _ words: SentenceWords) -> Int? {
    var index = start
    while index < words.words.count, index - start < 6 {
      if words.punctuation(after: index) == ")" { return index }
      if index > start, words.punctuation(before: index) != nil { return nil }
      index += 1
    }
    return nil
  }

  /// Connectives with how plainly each introduces the answer: "because" always gives a
  /// reason, "as" and "to" only sometimes.
  static let reasonConnectives: [([String], Double)] = [
    (["because", "of"], 1), (["because"], 1), (["due", "to"], 1), (["so", "that"], 1),
    (["in", "order", "to"], 1), (["as", "a", "result", "of"], 1), (["since"], 0.9),
    (["fact", "that"], 0.9), (["after"], 0.8), (["amid"], 0.7), (["following"], 0.6),
    (["as"], 0.6), (["for"], 0.6), (["to"], 0.5),
    // "reported a fall, blaming weak freight rates": the cause the actor gives.
    (["blaming"], 0.9), (["citing"], 0.9), (["saying"], 0.6),
  ]

  /// A verb's -ing form ("allowing", "breaching"): WordNet reads it as another form of a
  /// verb, so "nothing", "morning" and "spring" are not.
  func isGerund(_ word: String) -> Bool {
    guard word.hasSuffix("ing"), word.count > 4, let wordNet = lexicon.wordNet else {
      return false
    }
    return wordNet.lemmas(word, pos: .verb).contains { $0 != word }
  }
  /// Words after which "to" starts no purpose: "is to close", "has to", "able to" ("going to"
  /// may be a plan or a journey: "going to work").
  static let nonPurposeBeforeTo: Set<String> = [
    "is", "are", "was", "were", "be", "been", "am", "have", "has", "had", "ought", "used",
    "able", "due",
  ]
  static let mannerConnectives: [([String], Double)] = [
    (["by"], 1), (["through"], 0.9), (["using"], 0.9), (["via"], 0.9), (["with"], 0.6),
  ]
  static let timeConnectives: [([String], Double)] = [
    (["when"], 1), (["during"], 1), (["after"], 0.9), (["before"], 0.9), (["until"], 0.9),
    (["while"], 0.8),
  ]
  /// Names joined by "and" ("Liu Bingzhong and Yao Shu"), for questions that ask for several.
  func coordinatedNames(_ names: [ClosedRange<Int>], _ words: SentenceWords) -> [ClosedRange<Int>] {
    zip(names, names.dropFirst()).compactMap { first, second in
      second.lowerBound == first.upperBound + 2
        && words.words[first.upperBound + 1].lower == "and"
        ? first.lowerBound...second.upperBound : nil
    }
  }
}
