/// Who said what in a sentence: quotes and reported clauses with their speakers.
///
/// News reports speech in a handful of shapes, and surface rules find them: `X said (that)
/// CLAUSE`, `X told Y (that) CLAUSE`, `X warned of …`, `"QUOTE," X said`, `"QUOTE," said X`,
/// `X said: "QUOTE"`, `…, saying "QUOTE"` (the sentence's subject speaks) and `CLAUSE,
/// according to X`.
struct ReportedSpeech {
  /// One thing said, with who said it.
  struct Statement: Equatable {
    /// The speaker's words in the sentence (a name, a pronoun, "the official"), if found.
    var speaker: ClosedRange<Int>?
    /// What was said: the words of the quote or of the reported clause.
    var content: ClosedRange<Int>
    /// The reporting verb's position ("said", "told", "according").
    var verb: Int
    /// Whether the content is a quotation, shown in quotation marks.
    var isQuote: Bool
    /// The speaker named in the next sentence, for a quote that runs on into it
    /// ("… blew it up and it'll happen again. Maybe it's happening right now," Rubio told …).
    var speakerInNextSentence: String? = nil
    /// The whole speaker phrase with the role the sentence gives ("chairman and chief
    /// executive Richard Parsons"), when the parse found it.
    var speakerPhrase: ClosedRange<Int>? = nil
    /// A quote left open at the sentence's end, carried on by the next.
    var runsOn = false
    /// A reported clause without a subject of its own (`SpeechAct.lacksSubject`).
    var lacksSubject = false
  }

  /// Reads the parse when there is one; the surface rules fill in what it misses.
  let annotator: SentenceAnnotator?
  let names: NameRecognizer

  init(lexicon: Lexicon) {
    self.annotator = lexicon.annotator
    self.names = NameRecognizer(lexicon: lexicon)
  }

  /// The statements of a sentence, and a quote it opens that the next sentence closes and
  /// attributes.
  func statements(in words: SentenceWords, next: SentenceWords?) -> [Statement] {
    var result = statements(in: words)
    guard let next, let open = openQuote(words),
      !result.contains(where: { $0.content.overlaps(open) })
    else { return result }
    let nextStatements = statements(in: next)
    guard
      let closing = nextStatements.first(where: { $0.isQuote && $0.content.lowerBound == 0 }),
      let speaker = closing.speaker,
      next.words[speaker.lowerBound].isCapitalized,
      !Lexicon.isPersonalPronoun(next.words[speaker.lowerBound].surface)
    else { return result }
    result.append(
      Statement(
        speaker: nil, content: open, verb: open.upperBound, isQuote: true,
        speakerInNextSentence: next.text(from: speaker.lowerBound, through: speaker.upperBound)))
    return result
  }

  /// Whether a sentence closes a quote the sentence before opened ("Maybe it's happening
  /// right now," Rubio told …).
  func continuesQuote(_ words: SentenceWords) -> Bool {
    let bytes = words.bytes
    let marks = Self.quotationMarks(in: bytes)
    guard let first = marks.first else { return false }
    if bytes[first] == 0xE2 { return bytes[first + 2] == 0x9D }  // ”
    let straight = marks.filter { bytes[$0] == UInt8(ascii: "\"") }.count
    return straight % 2 == 1 && first > 0 && bytes[first - 1] != UInt8(ascii: " ")
  }

  /// The byte offsets of the quotation marks in a sentence: " and the curly “ and ”.
  static func quotationMarks(in bytes: [UInt8]) -> [Int] {
    var marks: [Int] = []
    var offset = 0
    while offset < bytes.count {
      if bytes[offset] == UInt8(ascii: "\"") {
        marks.append(offset)
      } else if offset + 2 < bytes.count, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
        bytes[offset + 2] == 0x9C || bytes[offset + 2] == 0x9D
      {
        marks.append(offset)
        offset += 2
      }
      offset += 1
    }
    return marks
  }

  /// A quote a sentence opens and does not close: the last quotation mark is an opening one.
  func openQuote(_ words: SentenceWords) -> ClosedRange<Int>? {
    let bytes = words.bytes
    let marks = Self.quotationMarks(in: bytes)
    guard let last = marks.last, last == 0 || bytes[last - 1] == UInt8(ascii: " ") else {
      return nil
    }
    // An odd count opened last; an even count whose first closes a quote from before also.
    let closesEarlier = marks.first.map { $0 > 0 && bytes[$0 - 1] != UInt8(ascii: " ") } ?? false
    guard marks.count % 2 == 1 || closesEarlier else { return nil }
    let inside = words.words.indices.filter { words.words[$0].utf8Range.lowerBound > last }
    guard let first = inside.first, let end = inside.last else { return nil }
    return first...end
  }

  /// Words that may stand between a reporting verb and its clause: "said that", "told
  /// reporters that".
  static let complementizers: Set<String> = ["that", "of", "about", "on"]

  /// The statements of a sentence: from the parse where it finds them, else from the
  /// surface rules.
  func statements(in words: SentenceWords) -> [Statement] {
    let surface = surfaceStatements(in: words)
    guard var parsed = parsedStatements(in: words) else { return surface }
    // A speaker the parse missed, from the surface reading of the same verb.
    for index in parsed.indices where parsed[index].speaker == nil {
      parsed[index].speaker = surface.first { $0.verb == parsed[index].verb }?.speaker
    }
    return parsed
      + surface.filter { statement in
        !parsed.contains { $0.verb == statement.verb || $0.content.overlaps(statement.content) }
      }
  }

  /// The statements the surface rules find: reporting verbs, quotation marks and commas.
  func surfaceStatements(in words: SentenceWords) -> [Statement] {
    let list = words.words
    guard !list.isEmpty else { return [] }
    let quotes = quotedRanges(words)
    var result: [Statement] = []
    var quotedTaken = Set<Int>()
    for (position, word) in list.enumerated() {
      // "United States" is no verb: a reporting verb is written in lower case.
      let isReporting =
        !word.isCapitalized
        && (Lexicon.reportingVerbs.contains(word.lower) || word.lower == "saying")
      let isAccording =
        word.lower == "according" && position + 1 < list.count && list[position + 1].lower == "to"
      guard isReporting || isAccording, !inside(position, quotes) else { continue }
      if isAccording {
        // "CLAUSE, according to X": the clause before, the source after.
        guard position > 0, position + 2 < list.count else { continue }
        let speaker = nounPhrase(startingAt: position + 2, words)
        result.append(
          Statement(
            speaker: speaker, content: 0...(position - 1), verb: position, isQuote: false))
        continue
      }
      let speaker =
        word.lower == "saying" ? subject(before: position, words) : speaker(of: position, words)
      // A quote that ends right before the speaker ("…," Rubio told) or starts right after
      // the verb ("said: "…"", "saying "…"").
      if let quote = quotes.first(where: {
        $0.upperBound < position && closesBefore($0, speaker ?? position...position, words)
      })
        ?? quotes.first(where: { $0.lowerBound > position && $0.lowerBound <= position + 3 }),
        !quotedTaken.contains(quote.lowerBound)
      {
        quotedTaken.insert(quote.lowerBound)
        result.append(Statement(speaker: speaker, content: quote, verb: position, isQuote: true))
        continue
      }
      // "X said (that) CLAUSE": the rest of the sentence after the verb and its object.
      var start = position + 1
      if word.lower.hasPrefix("told") || word.lower.hasPrefix("tell") || word.lower == "urged"
        || word.lower == "asked"
      {
        // "told reporters (that) …": the hearer is not what was said.
        while start < list.count, start <= position + 4, list[start].lower != "that" {
          start += 1
        }
      }
      while start < list.count, Self.complementizers.contains(list[start].lower) { start += 1 }
      guard start < list.count else { continue }
      var end = list.count - 1
      // The clause ends where another report begins (", saying "…"", ", according to"); a
      // quote inside it is part of what was said ("said the deal was "a fair first step"").
      if let next = list.indices.dropFirst(start).first(where: { index in
        !list[index].isCapitalized && words.punctuation(before: index) == ","
          && (["saying", "according", "adding"].contains(list[index].lower)
            || Lexicon.reportingVerbs.contains(list[index].lower))
      }) {
        end = min(end, next - 1)
      }
      guard end >= start, end - start >= 1 || list[start].isCapitalized else { continue }
      result.append(
        Statement(speaker: speaker, content: start...end, verb: position, isQuote: false))
    }
    return result
  }

  /// The speaker of a reporting verb: the name or pronoun right before it ("Rubio said",
  /// "Ecuador's Interior Minister John Reimberg said", "the official said"), else right after
  /// it ("said Rubio"), else the sentence's subject when a clause set off by commas stands
  /// between ("Rubio, speaking Wednesday in Mexico, vowed").
  func speaker(of verb: Int, _ words: SentenceWords) -> ClosedRange<Int>? {
    let list = words.words
    if verb > 0, words.punctuation(before: verb) == nil {
      let before = verb - 1
      if Lexicon.personalPronouns.contains(list[before].lower),
        !isPossessive(list[before].lower)
      {
        return before...before
      }
      if list[before].isCapitalized, !Lexicon.weekdays.contains(list[before].lower) {
        var first = before
        while first > 0,
          list[first - 1].isCapitalized
            || Lexicon.nameConnectors.contains(list[first - 1].lower),
          words.punctuation(before: first) == nil
        {
          first -= 1
        }
        // "Interior Minister John Reimberg said": the person, not the title.
        return names.stripTitles(first...before, words)
      }
      // "the official said", "a US official said".
      var first = before
      while first > 0, first > before - 3, words.punctuation(before: first) == nil,
        !Lexicon.isFunctionWord(list[first - 1].lower)
          || Lexicon.articles.contains(list[first - 1].lower)
      {
        first -= 1
        if Lexicon.articles.contains(list[first].lower) { return first...before }
      }
    }
    // "…," said Rubio.
    let mark = words.punctuation(before: verb)
    if verb + 1 < list.count, list[verb + 1].isCapitalized,
      verb == 0 || mark == "," || mark == "\"" || mark == "”"
    {
      var last = verb + 1
      while last + 1 < list.count, list[last + 1].isCapitalized,
        words.punctuation(after: last) == nil
      {
        last += 1
      }
      return (verb + 1)...last
    }
    if words.punctuation(before: verb) == "," { return subject(before: verb, words) }
    return nil
  }

  /// The sentence's subject before a position: its first name or pronoun.
  func subject(before position: Int, _ words: SentenceWords) -> ClosedRange<Int>? {
    let list = words.words
    if let first = list.first, Lexicon.personalPronouns.contains(first.lower),
      !isPossessive(first.lower)
    {
      return 0...0
    }
    let people = names.recognizedSpans(words).filter { span in
      span.upperBound < position && names.fits(span: span, kind: .person, words: words)
    }
    // "Opposition leader Dara Quint called …, saying": a common noun capitalised only because
    // it opens the sentence describes the speaker the next name gives.
    let opensAsCommonWord = { (span: ClosedRange<Int>) in
      span == 0...0 && !names.lexicon.partsOfSpeech(list[0].lower).isEmpty
    }
    return (people.first { !opensAsCommonWord($0) } ?? people.first)
      .map { names.stripTitles($0, words) }
  }

  /// A name or noun phrase from a position to the next punctuation: "according to official
  /// data", "according to Reuters".
  func nounPhrase(startingAt start: Int, _ words: SentenceWords) -> ClosedRange<Int>? {
    guard start < words.words.count else { return nil }
    var end = start
    while end + 1 < words.words.count, words.punctuation(after: end) == nil, end - start < 5 {
      end += 1
    }
    return start...end
  }

  func isPossessive(_ pronoun: String) -> Bool {
    Lexicon.possessiveDeterminers.contains(pronoun)
  }

  /// Whether a quote closes right before a speaker: only a comma and the closing mark between.
  func closesBefore(_ quote: ClosedRange<Int>, _ speaker: ClosedRange<Int>, _ words: SentenceWords)
    -> Bool
  {
    guard quote.upperBound < speaker.lowerBound else { return false }
    return speaker.lowerBound - quote.upperBound <= 2
  }

  /// Word ranges inside quotation marks ("…" or “…”); a quote the sentence leaves open runs
  /// to its end.
  func quotedRanges(_ words: SentenceWords) -> [ClosedRange<Int>] {
    let bytes = words.bytes
    let marks = Self.quotationMarks(in: bytes)
    var ranges: [ClosedRange<Int>] = []
    var index = 0
    // A quote that began in the sentence before closes in this one ("Maybe it's happening
    // right now," Rubio told …): an odd mark that follows a word, not a space, closes.
    if marks.count % 2 == 1, let first = marks.first, first > 0,
      bytes[first - 1] != UInt8(ascii: " ")
    {
      let inside = words.words.indices.filter { words.words[$0].utf8Range.upperBound <= first }
      if let last = inside.last { ranges.append(0...last) }
      index = 1
    }
    while index < marks.count {
      let open = marks[index]
      let close = index + 1 < marks.count ? marks[index + 1] : bytes.count
      let inside = words.words.indices.filter {
        words.words[$0].utf8Range.lowerBound > open && words.words[$0].utf8Range.upperBound <= close
      }
      if let first = inside.first, let last = inside.last { ranges.append(first...last) }
      index += 2
    }
    return ranges
  }

  func inside(_ position: Int, _ quotes: [ClosedRange<Int>]) -> Bool {
    quotes.contains { $0.contains(position) }
  }
}
