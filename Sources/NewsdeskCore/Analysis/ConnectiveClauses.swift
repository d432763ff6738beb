/// The clause a connective opens: "because …" gives a reason, "by …" a manner, "when …" a
/// time without a date. Each ends at the next semicolon or, when long, the next comma, and
/// carries how plainly its connective introduces such a clause ("because" always, "as" and
/// "to" only sometimes). It finds clauses only; the answer rules weigh them against a question.
public struct ConnectiveClauses: Sendable {
  /// What a clause says of the event it goes with.
  public enum Kind: Sendable {
    case reason, manner, time
  }

  /// WordNet tells a verb's -ing form ("allowing") from a noun ("morning").
  let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// The clauses after a connective of the kind, each with how plainly its connective opens
  /// it.
  func clauseSpans(_ words: SentenceWords, kind: Kind) -> [(
    span: ClosedRange<Int>, fit: Double
  )] {
    let list = words.words
    let connectives: [([String], Double)]
    switch kind {
    case .manner: connectives = Self.mannerConnectives
    case .time: connectives = Self.timeConnectives
    case .reason: connectives = Self.reasonConnectives
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
    return EntityRecognizer.isNumeral(word)
      || (Lexicon.determiners.contains(word.lower) && !Lexicon.quantifiers.contains(word.lower))
      || words.punctuation(before: position).map { Lexicon.currencySigns.contains(String($0)) }
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
}
