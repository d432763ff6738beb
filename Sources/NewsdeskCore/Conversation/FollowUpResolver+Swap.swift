/// "And Tesco?", "What about the Fed?", "And in Japan?", "Same for 2004?", "And third?": the
/// last question about another name, place, time or rank, in the slot of the same kind.
extension FollowUpResolver {
  /// What a swapped-in entity is, so that it replaces a constraint of its own kind.
  enum SwapKind: Equatable { case name(Referent), time, ordinal, topic }

  static func swapKind(_ entity: String) -> SwapKind {
    let words = SentenceWords(entity).words
    guard let first = words.first else { return .topic }
    if words.count == 1, ordinals.contains(first.lower) { return .ordinal }
    if words.contains(where: { isTimeWord($0) }) { return .time }
    if first.isCapitalized { return .name(kind(of: entity)) }
    return .topic
  }

  /// The ordinals of the lexicon, and "last" ("what about the last one?").
  static let ordinals = Lexicon.ordinalWords.union(["last"])

  static func isTimeWord(_ word: SentenceWords.Word) -> Bool {
    if let year = Int(word.lower), (1800...2200).contains(year) { return true }
    return DateResolver.weekdays.contains(word.lower) || Lexicon.months.contains(word.lower)
  }

  /// The last question about `entity` instead of the constraint of the same kind it held.
  func swap(_ entity: String, into question: String) -> String? {
    let words = SentenceWords(question)
    let list = words.words
    switch Self.swapKind(entity) {
    case .ordinal:
      guard let index = list.firstIndex(where: { Self.ordinals.contains($0.lower) }) else {
        return nil
      }
      return replacing(words.utf8Range(from: index, through: index), in: question, with: entity)
    case .time:
      let times = list.indices.filter { Self.isTimeWord(list[$0]) }
      guard let first = times.first, let last = times.last else {
        return appending("\(Self.timePreposition(entity)) \(entity)", to: question)
      }
      // "on 12 March 2004": the day numbers beside the month go with it.
      var start = first
      var end = last
      if start > 0, list[start - 1].isNumber { start -= 1 }
      if end + 1 < list.count, list[end + 1].isNumber { end += 1 }
      return replacing(words.utf8Range(from: start, through: end), in: question, with: entity)
    case .topic:
      return aboutSwap(entity, words: words, question: question)
    case .name(let kind):
      return swapName(entity, kind: kind, words: words, question: question)
    }
  }

  func swapName(_ entity: String, kind: Referent, words: SentenceWords, question: String)
    -> String?
  {
    let names = extractor.recognized(words).names.filter { $0.lowerBound > 0 }
    let sameKind = names.first { Self.kind(ofNameAt: $0, in: words) == kind }
    // "what did Rubio say about the gangs?" + "What about China?": with no name of China's
    // kind to replace, the topic after "about" is what changes.
    if sameKind == nil, let swapped = aboutSwap(entity, words: words, question: question) {
      return swapped
    }
    // "How much profit did BP make?" + "And in Japan?": a place the question lacks is added.
    if sameKind == nil, kind == .place {
      return appending("in \(entity)", to: question)
    }
    guard let span = sameKind ?? names.first else { return nil }
    let bytes = Array(question.utf8)
    let range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
    var replacement = entity
    // "And Venezuela's?" after "who is Ecuador's interior minister?": the possessive is
    // already in the question.
    for mark in ["'s", "’s"] where replacement.hasSuffix(mark) {
      let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
      if after.hasPrefix("'s") || after.hasPrefix("’s") {
        replacement = String(replacement.dropLast(mark.count))
      }
    }
    var before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
    // "the United States" → "Ecuador", not "the Ecuador".
    if before.lowercased().hasSuffix("the "), !replacement.lowercased().hasPrefix("the "),
      !replacement.contains(" ")
    {
      before.removeLast(4)
    }
    return before + replacement + String(decoding: bytes[range.upperBound...], as: UTF8.self)
  }

  /// The topic after "about" replaced: "what did Rubio say about the gangs?" → "… about
  /// China?".
  func aboutSwap(_ entity: String, words: SentenceWords, question: String) -> String? {
    guard let about = words.words.lastIndex(where: { $0.lower == "about" }),
      about + 1 < words.words.count
    else {
      // "What did the LSE's chief executive say?" + "What about the share price?": what
      // was said about it.
      guard words.words.contains(where: { Lexicon.statementVerbs.contains($0.lower) }) else {
        return nil
      }
      return appending("about \(entity)", to: question)
    }
    let start = words.words[about + 1].utf8Range.lowerBound
    let end = words.words[words.words.count - 1].utf8Range.upperBound
    let bytes = Array(question.utf8)
    return String(decoding: bytes[..<start], as: UTF8.self) + entity
      + String(decoding: bytes[end...], as: UTF8.self)
  }

  func replacing(_ range: Range<Int>, in question: String, with text: String) -> String {
    var bytes = Array(question.utf8)
    bytes.replaceSubrange(range, with: Array(text.utf8))
    return String(decoding: bytes, as: UTF8.self)
  }

  func appending(_ phrase: String, to question: String) -> String {
    Self.asQuestion(Self.lowercasingFirst(Self.stripped(question)) + " " + phrase)
  }

  /// The question a swap applies to: the last one, or, when it has no constraint of the
  /// entity's kind and no topic, the latest of the few before it that has one ("what did the
  /// chief executive say?" names no firm; "how much profit did BP make?" did).
  func swapTarget(_ entity: String, memory: ConversationMemory) -> String? {
    let kind = Self.swapKind(entity)
    // "How much profit did BP make?" … "what did the chief executive say about the
    // results?" + "And what about Shell?": Shell stands against the firm the user named,
    // not against the topic of the last question.
    if case .name(let referent) = kind {
      // A lone unknown word ("Shell") is a person only for want of a better guess: it may
      // stand against a firm as well.
      let kinds: Set<Referent> =
        referent == .person && !entity.contains(" ") ? [.person, .organization] : [referent]
      for turn in memory.turns.reversed().prefix(3) {
        let typed = SentenceWords(turn.typed ?? turn.question)
        // "What did she say?" read as "what did Helen Carrick say?": a pronoun the user
        // typed for one of these names them as much as the name would.
        let read =
          typed.words.contains { word in
            Self.pronouns[word.lower].map { !kinds.isDisjoint(with: $0.kinds) } ?? false
          } ? SentenceWords(turn.question) : typed
        let named = extractor.recognized(read).names.contains {
          $0.lowerBound > 0 && kinds.contains(Self.kind(ofNameAt: $0, in: read))
        }
        if named { return turn.question }
      }
    }
    for turn in memory.turns.reversed().prefix(3) {
      let words = SentenceWords(turn.question)
      if holdsConstraint(of: kind, words: words) { return turn.question }
    }
    return memory.last?.question
  }

  func holdsConstraint(of kind: SwapKind, words: SentenceWords) -> Bool {
    switch kind {
    case .ordinal: return words.words.contains { Self.ordinals.contains($0.lower) }
    case .time: return words.words.contains { Self.isTimeWord($0) }
    case .topic: return words.words.contains { $0.lower == "about" }
    case .name(let referent):
      if words.words.contains(where: { $0.lower == "about" }) { return true }
      return extractor.recognized(words).names.contains {
        $0.lowerBound > 0 && Self.kind(ofNameAt: $0, in: words) == referent
      }
    }
  }
}
