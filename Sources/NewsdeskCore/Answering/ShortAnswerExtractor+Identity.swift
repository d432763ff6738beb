/// "Who is Marco Rubio?" asks what the articles make the person: the title before the name
/// ("US Secretary of State Marco Rubio") or the apposition after it ("Noboa, a businessman
/// who …"). Any other phrase near the name ("Rubio, speaking Wednesday") is no answer.
extension ShortAnswerExtractor {
  /// The role the sentence gives the person an identity question names: nil when the
  /// question is not one; empty when the sentence gives that person no role.
  func identityCandidates(in words: SentenceWords, sentence: String, context: QuestionContext)
    -> [Candidate]?
  {
    guard let asked = context.analysis.askedName, asked.asksForPerson else { return nil }
    let name = asked.words
    let list = words.words
    guard let hit = Self.nameMention(name, in: words) else { return [] }
    // The whole name as the sentence writes it ("Marco Rubio" for "Rubio"), never a title.
    let details = AnswerDetails()
    var first = hit
    while first > 0, list[first - 1].isCapitalized, words.punctuation(after: first - 1) == nil,
      !details.isTitleWord(first - 1, words)
    {
      first -= 1
    }
    var last = hit
    while last + 1 < list.count, list[last + 1].isCapitalized,
      words.punctuation(after: last) == nil
    {
      last += 1
    }
    let range = list[first].utf8Range.lowerBound..<list[last].utf8Range.upperBound
    if let role = details.role(of: range, in: sentence), let found = sentence.range(of: role) {
      let utf8 = sentence.utf8
      let start = utf8.distance(from: utf8.startIndex, to: found.lowerBound)
      let end = utf8.distance(from: utf8.startIndex, to: found.upperBound)
      return [Candidate(text: role, utf8Range: start..<end, score: 1, typeFit: 1)]
    }
    guard let span = commaRole(around: first...last, in: words) else { return [] }
    let text = words.text(from: span.lowerBound, through: span.upperBound)
    return [
      Candidate(
        text: text,
        utf8Range: list[span.lowerBound].utf8Range
          .lowerBound..<list[span.upperBound].utf8Range
          .upperBound, score: AnswerWeights.commaRoleScore.value, typeFit: 1)
    ]
  }

  /// Where the sentence names the person: the whole name as asked, else a word of it that
  /// is no possessive owner ("Halvard's chairman, Edmund Halvard" names the person at
  /// "Edmund", not at the firm "Halvard's"), else any word of it.
  static func nameMention(_ name: [String], in words: SentenceWords) -> Int? {
    let list = words.words
    let owner = { (start: Int) in isPossessive(start + name.count - 1, in: words) }
    let whole = list.indices.filter { start in
      start + name.count <= list.count
        && name.indices.allSatisfy { list[start + $0].lower == name[$0] }
    }
    let parts = list.indices.filter { name.contains(list[$0].lower) }
    return whole.first { !owner($0) } ?? parts.first { !isPossessive($0, in: words) }
      ?? whole.first ?? parts.first
  }

  /// A role set off from the name by a comma, with no article: "Lynne Brindley, chief
  /// executive of the British Library" or "its chief executive, Sir Howard Newby". It opens
  /// (after the name) or ends (before it) with a word for a person's role. With both, a
  /// title or a role some body gives ("Halvard's chairman, Edmund Halvard, great-grandson of
  /// the founder") says more than a noun WordNet files under persons.
  func commaRole(around name: ClosedRange<Int>, in words: SentenceWords) -> ClosedRange<Int>? {
    let after = roleAfter(name, in: words)
    guard let before = roleBefore(name, in: words) else { return after }
    guard let after else { return before }
    let owned = before.dropLast().contains { Self.isPossessive($0, in: words) }
    let isTitle = { (position: Int) in Self.titles.contains(words.words[position].lower) }
    return (owned || isTitle(before.upperBound)) && !isTitle(after.lowerBound) ? before : after
  }

  /// ", chief executive of the British Library" after the name: up to the next mark, a
  /// hyphen inside a word ("great-grandson") no mark.
  func roleAfter(_ name: ClosedRange<Int>, in words: SentenceWords) -> ClosedRange<Int>? {
    let list = words.words
    let after = name.upperBound + 1
    guard after < list.count, words.punctuation(after: name.upperBound) == ",",
      isRoleWord(list[after].lower)
    else { return nil }
    var end = after
    while end + 1 < list.count, end - after < 7,
      words.punctuation(after: end) == nil || words.isHyphenJoined(end + 1)
    {
      end += 1
    }
    while end > after, Lexicon.isFunctionWord(list[end].lower) { end -= 1 }
    return after...end
  }

  /// "its chief executive, " before the name, with whose role it is ("Alder City's").
  func roleBefore(_ name: ClosedRange<Int>, in words: SentenceWords) -> ClosedRange<Int>? {
    let list = words.words
    let before = name.lowerBound - 1
    guard before >= 0, words.punctuation(after: before) == ",", isRoleWord(list[before].lower)
    else { return nil }
    var start = before
    while start > 0, before - start < 5 {
      let previous = start - 1
      // "Alder City's chairman", "Rovers' manager": whose role it is belongs to it.
      let possessive = Self.isPossessive(previous, in: words)
      guard
        possessive
          || (words.punctuation(after: previous) == nil
            && (!Lexicon.isFunctionWord(list[previous].lower) || list[previous].lower == "of"))
      else { break }
      start -= 1
    }
    while start < before, Self.isPossessive(start, in: words), list[start].lower == "s" {
      start += 1
    }
    return start...before
  }

  /// A possessive's parts: the clitic "s" split off "City's", or a word its apostrophe
  /// follows ("City" in "City's", "Rovers" in "Rovers'").
  static func isPossessive(_ position: Int, in words: SentenceWords) -> Bool {
    if words.isPossessiveClitic(position) { return true }
    let apostrophes: Set<Character> = ["'", "\u{2019}"]
    guard let mark = words.punctuation(after: position), apostrophes.contains(mark) else {
      return false
    }
    let end = words.words[position].utf8Range.upperBound
    return end < words.bytes.count && words.bytes[end] != UInt8(ascii: " ")
  }

  /// A title ("minister") or any noun WordNet files under persons ("executive", "founder").
  func isRoleWord(_ word: String) -> Bool {
    Self.titles.contains(word) || lexicon.wordNet?.nounClass(word) == "person"
  }
}
