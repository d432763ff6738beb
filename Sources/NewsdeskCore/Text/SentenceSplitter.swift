/// A sentence's place in its article's text.
public struct SentenceSpan: Sendable, Equatable, Hashable {
  /// In the original text, trimmed of surrounding whitespace.
  public var range: Range<String.Index>
  /// 0-based paragraph number; paragraphs are separated by blank lines.
  public var paragraph: Int

  public init(range: Range<String.Index>, paragraph: Int) {
    self.range = range
    self.paragraph = paragraph
  }
}

/// Splits news text into sentences in one pass over its UTF-8 bytes.
///
/// The archive holds millions of sentences, so the scan works on raw bytes with
/// integer offsets and only decodes scalars or looks words up at the few places
/// where a sentence might end. The rules that decide those places live in
/// `SentenceSplitter+Rules.swift`; in short:
///
/// - A blank line (or U+2029) always ends a sentence; a single newline is a space.
/// - `.`, `?`, `!`, `…` and runs of them end a sentence only when followed by
///   whitespace (so `example.com`, `3.14`, `U.S.A` never split), optionally after
///   closing quotes or brackets, and only when the next word does not start in
///   lower case (so `"Is it over?" he asked.` stays whole).
/// - After a known abbreviation or an initial, the sentence ends only if the next
///   word is a typical sentence starter (The, He, But, ...); titles such as Mr. or
///   Gen. never end a sentence; No./Fig./Jan. never end one before a number.
/// - CJK full stops (。！？) end a sentence without needing a following space.
public struct SentenceSplitter: Sendable {
  public init() {}

  public func split(_ text: String) -> [SentenceSpan] {
    if let spans = text.utf8.withContiguousStorageIfAvailable({ Self.scan($0, of: text) }) {
      return spans
    }
    // Bridged strings have no UTF-8 storage; offsets into a native copy are
    // still UTF-8 offsets, which `scan` maps back through the original's view.
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable { Self.scan($0, of: text) } ?? []
  }

  public func sentences(_ text: String) -> [String] {
    split(text).map { String(text[$0.range]) }
  }
}

extension SentenceSplitter {
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [SentenceSpan] {
    let utf8 = text.utf8
    let count = bytes.count
    var spans: [SentenceSpan] = []
    spans.reserveCapacity(count / 100 + 1)

    var start = -1  // first byte of the open sentence, or -1 between sentences
    var end = 0  // one past the open sentence's last non-whitespace byte
    var paragraph = 0
    var sawContent = false
    var paragraphPending = false  // a blank line was seen since the last content
    var newlinesInGap = 0  // newlines in the current run of whitespace
    var insideQuote = false  // the open sentence has opened a quotation it has not closed

    func close() {
      guard start >= 0 else { return }
      // UTF-8 view offsetting is O(1) on native strings.
      let lower = utf8.index(utf8.startIndex, offsetBy: start)
      let upper = utf8.index(lower, offsetBy: end - start)
      spans.append(SentenceSpan(range: lower..<upper, paragraph: paragraph))
      start = -1
      insideQuote = false
    }
    func open(_ i: Int) {
      newlinesInGap = 0
      guard start < 0 else { return }
      if paragraphPending && sawContent { paragraph += 1 }
      paragraphPending = false
      sawContent = true
      start = i
    }
    func lineBreak() {
      newlinesInGap += 1
      if newlinesInGap >= 2 { paragraphBreak() }
    }
    func paragraphBreak() {
      close()
      paragraphPending = true
    }
    /// Consumes the punctuation cluster at `i`, closing the sentence if it ends
    /// there, and returns where scanning resumes.
    func terminator(at i: Int) -> Int {
      open(i)
      let cluster = terminatorCluster(bytes, at: i)
      end = cluster.end
      insideQuote = quoteState(bytes, from: cluster.start, to: cluster.end, inside: insideQuote)
      guard endsSentence(bytes, cluster: cluster, sentenceStart: start) else { return cluster.end }
      // `"It will happen again. Maybe it is happening now," he said.` is one
      // statement: its speaker stands after the quotation closes.
      if insideQuote, quotationCloses(bytes, after: cluster.end) { return cluster.end }
      close()
      return cluster.end
    }

    var i = 0
    while i < count {
      let byte = bytes[i]
      if byte < 0x80 {
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
          i += 1
        case 0x0A:
          lineBreak()
          i += 1
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"):
          i = terminator(at: i)
        default:
          open(i)
          if byte == UInt8(ascii: "\"") { insideQuote.toggle() }
          i += 1
          end = i
        }
        continue
      }
      if let space = unicodeSpace(bytes, at: i) {
        switch space.kind {
        case .space: break
        case .line: lineBreak()
        case .paragraph: paragraphBreak()
        }
        i += space.width
        continue
      }
      if terminatorWidth(bytes, at: i) > 0 {
        i = terminator(at: i)
        continue
      }
      // Continuation bytes land here too, so `end` stays on a scalar boundary
      // once the whole scalar has been passed.
      open(i)
      insideQuote = quoteState(bytes, from: i, to: i + 1, inside: insideQuote)
      i += 1
      end = i
    }
    close()
    return spans
  }
}

// MARK: Deciding whether a punctuation cluster ends the sentence

extension SentenceSplitter {
  static func endsSentence(_ b: Bytes, cluster: TerminatorCluster, sentenceStart: Int) -> Bool {
    let n = b.count
    var j = cluster.end
    guard j < n else { return true }
    // Without a following space, "." is inside a token (3.14, example.com, U.S.A);
    // CJK text has no spaces, so its full stops end sentences regardless.
    guard cluster.kind == .ideographic || isSpace(b, at: j) else { return false }
    var newlines = 0
    while j < n {
      let byte = b[j]
      if byte < 0x80 {
        guard isASCIISpace(byte) else { break }
        if byte == 0x0A { newlines += 1 }
        j += 1
      } else {
        guard let space = unicodeSpace(b, at: j) else { break }
        if space.kind != .space { newlines += space.kind == .line ? 1 : 2 }
        j += space.width
      }
    }
    if j >= n || newlines >= 2 { return true }

    let next = nextKind(b, at: j)
    switch cluster.kind {
    case .ideographic:
      return true
    case .exclamation:
      // `"Is it over?" he asked.` continues in lower case.
      return next != .lower && next != .continuing
    case .ellipsis:
      // An ellipsis also marks elided words, so only a capital starts anew.
      return next == .upper || next == .caseless || next == .opener
    case .period:
      if next == .lower || next == .continuing { return false }
      // `(He denied it.) Then` and `"no." Then`: the closer shows the period
      // ended a clause rather than an abbreviation.
      if cluster.hasClosers { return true }
      return periodEnds(b, at: cluster.start, sentenceStart: sentenceStart, next: next, nextAt: j)
    }
  }

  /// Classifies the word before a lone "." and applies its rule.
  private static func periodEnds(
    _ b: Bytes, at period: Int, sentenceStart: Int, next: NextKind, nextAt j: Int
  ) -> Bool {
    // Abbreviations are short, so a long word is ordinary without reading it all.
    let limit = max(sentenceStart, period - 24)
    var start = period
    while start > limit, !isASCIISpace(b[start - 1]), !endsUnicodeSpace(b, before: start) {
      start -= 1
    }
    if start == limit && start > sentenceStart { return true }
    while start < period {
      let byte = b[start]
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"")
        || byte == UInt8(ascii: "'")
      {
        start += 1
      } else if byte == 0xE2, start + 2 < period, b[start + 1] == 0x80,
        b[start + 2] == 0x9C || b[start + 2] == 0x98
      {
        start += 3  // “ or ‘
      } else {
        break
      }
    }
    let length = period - start
    if length == 0 { return true }

    if isInitial(b, from: start, count: length) {
      return startsNewSentence(b, at: j, next: next)
    }
    if let key = WordKey(b, from: start, count: length), let wordClass = wordClasses[key] {
      switch wordClass {
      case .neverEnds: return false
      case .numberPrefix: return next != .digit
      case .month: return next != .digit && startsNewSentence(b, at: j, next: next)
      case .canEnd: return startsNewSentence(b, at: j, next: next)
      }
    }
    if isDottedAcronym(b, from: start, count: length) {
      return startsNewSentence(b, at: j, next: next)
    }
    return true
  }

  /// After an abbreviation or initial: does the next word look like a sentence
  /// opener (a pronoun, determiner, conjunction...) or an opening quotation?
  private static func startsNewSentence(_ b: Bytes, at j: Int, next: NextKind) -> Bool {
    switch next {
    case .caseless:
      return true
    case .opener:
      return b[j] == UInt8(ascii: "\"") || (b[j] == 0xE2 && j + 2 < b.count && b[j + 2] == 0x9C)
    case .upper:
      var k = j
      while k < b.count, isASCIILetter(b[k]) { k += 1 }
      // "J. R. R. Tolkien": a following initial continues the name.
      if k - j == 1, k < b.count, b[k] == UInt8(ascii: ".") { return false }
      guard let key = WordKey(b, from: j, count: k - j) else { return false }
      return sentenceStarters.contains(key)
    default:
      return false
    }
  }

  static func nextKind(_ b: Bytes, at j: Int) -> NextKind {
    let byte = b[j]
    if byte < 0x80 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upper
      case UInt8(ascii: "a")...UInt8(ascii: "z"): return .lower
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["),
        UInt8(ascii: "{"):
        return .opener
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
        UInt8(ascii: "]"),
        UInt8(ascii: "}"), UInt8(ascii: "%"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "?"),
        UInt8(ascii: "!"):
        return .continuing
      default: return .other
      }
    }
    if byte == 0xE2, j + 2 < b.count, b[j + 1] == 0x80 {
      switch b[j + 2] {
      case 0x9C, 0x98: return .opener  // “ ‘
      case 0x9D, 0x99, 0x93, 0x94, 0xA6: return .continuing  // ” ’ – — …
      default: break
      }
    }
    if byte == 0xC2, j + 1 < b.count, b[j + 1] == 0xAB { return .opener }  // «
    guard let (scalar, _) = scalar(b, at: j) else { return .other }
    let properties = scalar.properties
    if properties.isUppercase { return .upper }
    if properties.isLowercase { return .lower }
    return properties.isAlphabetic ? .caseless : .other
  }
}
