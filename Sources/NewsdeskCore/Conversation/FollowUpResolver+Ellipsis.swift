/// Ellipsis: "When?", "Why?", "How many?" ask the last question again with a new wh-word.
extension FollowUpResolver {
  /// The last question asked again with a new wh-phrase, its answer filled in where the old
  /// wh-phrase stood: "who did Rubio meet?" + "Daniel Noboa" + "when" →
  /// "When did Rubio meet Daniel Noboa?".
  func elaborate(_ turn: ConversationMemory.Turn, asking wh: String) -> String {
    let words = SentenceWords(turn.question)
    let list = words.words
    guard let whIndex = list.firstIndex(where: { Self.whWords.contains($0.lower) }) else {
      // A yes/no question: "Did Rubio meet Noboa?" → "When did Rubio meet Noboa?"
      return Self.asQuestion(wh + " " + Self.lowercasingFirst(Self.stripped(turn.question)))
    }
    let leadingPreposition =
      whIndex > 0 ? words.text(from: 0, through: whIndex - 1).lowercased() : nil
    var end = whIndex
    var unitNoun: String?
    let form = turn.analysis.form
    if form == .howMany || form == .howMuch {
      end = min(whIndex + 1, list.count - 1)
      if let head = turn.analysis.headNoun, end + 1 < list.count, list[end + 1].lower == head,
        !Self.doForms.contains(head), !Self.auxiliaries.contains(head)
      {
        end += 1
        unitNoun = list[end].surface
      }
    } else if form == .howLong
      || (form == .how && whIndex + 1 < list.count && turn.analysis.answerType == .quantity)
    {
      end = min(whIndex + 1, list.count - 1)
    } else if let head = turn.analysis.headNoun,
      let headIndex = list.indices.dropFirst(whIndex + 1).prefix(4).first(where: {
        list[$0].lower == head
      })
    {
      end = headIndex
    } else if list[whIndex].lower == "whose", whIndex + 1 < list.count {
      end = whIndex + 1
    }
    guard end + 1 < list.count else { return Self.asQuestion(wh + " " + (turn.answer ?? "")) }
    let remainder = Self.stripped(words.text(from: end + 1, through: list.count - 1))
    let remainderWords = Array(list[(end + 1)...])
    guard let answer = turn.answer, !Self.adjunctForms.contains(form) else {
      return Self.asQuestion(wh + " " + remainder)
    }
    var filled = answer
    if let unitNoun { filled += " " + unitNoun }
    let firstWord = remainderWords[0].lower
    if Self.doForms.contains(firstWord) {
      // The wh-phrase was an object: the answer goes at the end ("did Rubio meet NOBOA").
      let object = leadingPreposition.map { "\($0) \(filled)" } ?? filled
      return Self.asQuestion("\(wh) \(remainder) \(object)")
    }
    if Self.auxiliaries.contains(firstWord) {
      // "who is Ecuador's president" → "when is Daniel Noboa Ecuador's president".
      let rest = remainderWords.count > 1 ? words.text(from: end + 2, through: list.count - 1) : ""
      return Self.asQuestion("\(wh) \(remainderWords[0].surface) \(filled) \(Self.stripped(rest))")
    }
    // The wh-phrase was the subject of a verb: "who warned of X" → "when did Rubio warn of X".
    let verb = remainderWords[0].lower
    let lemma = WordNet.shared?.lemmas(verb, pos: .verb).first
    if let lemma, lemma != verb {
      let auxiliary = verb.hasSuffix("s") && !verb.hasSuffix("ss") ? "does" : "did"
      let rest =
        remainderWords.count > 1
        ? " " + Self.stripped(words.text(from: end + 2, through: list.count - 1)) : ""
      return Self.asQuestion("\(wh) \(auxiliary) \(filled) \(lemma)\(rest)")
    }
    return Self.asQuestion("\(wh) \(filled) \(remainder)")
  }
}
