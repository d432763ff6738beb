// Byte-level rules behind `SentenceSplitter`. Every helper takes the text's UTF-8
// bytes and integer byte offsets; callers only ever pass offsets that sit on
// scalar boundaries, and multi-byte sequences are bounds-checked before use.

extension SentenceSplitter {
  typealias Bytes = UnsafeBufferPointer<UInt8>

  enum SpaceKind { case space, line, paragraph }

  /// A run of sentence-final punctuation plus any closing quotes or brackets.
  struct TerminatorCluster {
    enum Kind { case period, ellipsis, exclamation, ideographic }
    var start: Int
    var end: Int
    var hasClosers: Bool
    var kind: Kind
  }

  /// What the word after a possible sentence end starts with.
  enum NextKind { case upper, lower, digit, opener, continuing, caseless, other }

  /// How a word followed by "." behaves.
  enum WordClass: Sendable {
    /// Titles and Latin connectives (Mr., Gen., vs., e.g.): never end a sentence.
    case neverEnds
    /// No., Fig., p.: never end a sentence before a number, else behave like words.
    case numberPrefix
    /// Jan., Sept.: never end before a number, else like `canEnd`.
    case month
    /// Inc., U.S., a.m., etc.: end a sentence only before a typical sentence starter.
    case canEnd
  }

  /// Up to 16 ASCII bytes packed into two integers, so lookups need no String.
  struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init?(_ bytes: Bytes, from start: Int, count: Int) {
      guard count > 0, count <= 16 else { return nil }
      for k in 0..<count { add(bytes[start + k], at: k) }
    }

    init(_ word: String) {
      for (k, byte) in word.utf8.prefix(16).enumerated() { add(byte, at: k) }
    }

    private mutating func add(_ byte: UInt8, at k: Int) {
      let shifted = UInt64(byte) << UInt64(8 * (k & 7))
      if k < 8 { low |= shifted } else { high |= shifted }
    }
  }

  // Case matters: "No." before a number is an abbreviation, while "ill." or
  // "mass." are ordinary words that may end a sentence.
  static let wordClasses: [WordKey: WordClass] = {
    var table: [WordKey: WordClass] = [:]
    func add(_ words: String, _ wordClass: WordClass) {
      for word in words.split(separator: " ") { table[WordKey(String(word))] = wordClass }
    }
    add(
      """
      Mr Mrs Ms Mx Messrs Mmes Mme Mlle Msgr Dr Drs Gen Gens Sen Sens Rep Reps Gov Govs \
      Lt Col Sgt Capt Cpt Cmdr Cdr Adm Maj Brig Cpl Pvt Prof Profs Rev Hon Rt Pres Supt \
      Det Insp Fr Amb Atty Mt Ft vs v e.g i.e cf viz a.k.a
      """, .neverEnds)
    add(
      """
      No Nos no nos Fig Figs fig Vol Vols vol p pp Art Arts Ch Chap Sec Sect Para Ex Op \
      Ref Tab Apt Ste Rm Rte Hwy Dist approx ca Nr Pt
      """, .numberPrefix)
    add("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec", .month)
    add(
      """
      Inc Corp Ltd Co Cos Bros Plc plc Jr Sr St Ave Blvd Rd Dept Univ Assn Intl Natl Govt \
      est etc al Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass \
      Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo
      """, .canEnd)
    return table
  }()

  /// Capitalised words that usually open a sentence, and rarely follow an
  /// abbreviation inside one ("U.S. He said" ends; "U.S. President" does not).
  static let sentenceStarters: Set<WordKey> = Set(
    """
    The A An This That These Those There Their They Them Then He She It Its I We You \
    Your Our His Her My In On At As But And Or Nor So Yet If When While Where What Why \
    How Who Which After Before Since Although Though However Meanwhile Still Also Now \
    Later Earlier Some Many Most Several All Both Each Every Other Others One No Not \
    Neither Either For From With Without By To Under Over During According Despite \
    Instead Last Next Such Among Until Unlike Because Once Even Only Here Yes
    """.split(separator: " ").map { WordKey(String($0)) })

  // MARK: Scanning primitives

  @inline(__always)
  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Non-ASCII whitespace at `i` (NBSP, thin spaces, line/paragraph separators, BOM).
  @inline(__always)
  static func unicodeSpace(_ b: Bytes, at i: Int) -> (width: Int, kind: SpaceKind)? {
    let n = b.count
    switch b[i] {
    case 0xC2:
      guard i + 1 < n else { return nil }
      if b[i + 1] == 0xA0 { return (2, .space) }
      if b[i + 1] == 0x85 { return (2, .line) }
      return nil
    case 0xE1:
      return i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? (3, .space) : nil
    case 0xE2:
      guard i + 2 < n else { return nil }
      if b[i + 1] == 0x81 { return b[i + 2] == 0x9F ? (3, .space) : nil }
      guard b[i + 1] == 0x80 else { return nil }
      switch b[i + 2] {
      case 0x80...0x8B, 0xAF: return (3, .space)
      case 0xA8: return (3, .line)
      case 0xA9: return (3, .paragraph)
      default: return nil
      }
    case 0xE3:
      return i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? (3, .space) : nil
    case 0xEF:
      return i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF ? (3, .space) : nil
    default:
      return nil
    }
  }

  @inline(__always)
  static func isSpace(_ b: Bytes, at i: Int) -> Bool {
    b[i] < 0x80 ? isASCIISpace(b[i]) : unicodeSpace(b, at: i) != nil
  }

  /// Width of the terminator at `i`: . ? ! … and the ideographic 。！？.
  @inline(__always)
  static func terminatorWidth(_ b: Bytes, at i: Int) -> Int {
    let byte = b[i]
    if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
      return 1
    }
    guard byte >= 0xE2, i + 2 < b.count else { return 0 }
    switch (byte, b[i + 1], b[i + 2]) {
    case (0xE2, 0x80, 0xA6), (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F): return 3
    default: return 0
    }
  }

  /// Whether a quotation is open after the bytes `from..<to`, given whether one was open
  /// before: a straight double quote toggles, “ opens and ” closes.
  static func quoteState(_ b: Bytes, from: Int, to: Int, inside: Bool) -> Bool {
    var inside = inside
    var i = from
    while i < to {
      if b[i] == UInt8(ascii: "\"") {
        inside.toggle()
      } else if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
        if b[i + 2] == 0x9C { inside = true } else if b[i + 2] == 0x9D { inside = false }
      }
      i += 1
    }
    return inside
  }

  /// The longest stretch a sentence end inside a quotation looks ahead for the quotation's
  /// close: a news quotation of two or three sentences, never a whole page.
  static let quotationLookahead = 400

  /// Does an open quotation close in this paragraph, within `quotationLookahead` bytes, on
  /// a comma (`… happening now," Rubio said`), so that its speaker follows in the same
  /// sentence? The next quotation mark decides: an opening one (`… incredible. "We feel
  /// robbed`, where news copy runs a quotation on without closing the last) or a close
  /// without a comma splits as usual, as do quotations that run over paragraphs.
  static func quotationCloses(_ b: Bytes, after start: Int) -> Bool {
    var i = start
    var newlines = 0
    let limit = min(b.count, start + quotationLookahead)
    while i < limit {
      let byte = b[i]
      if byte == UInt8(ascii: "\"") { return closesOnComma(b, quoteAt: i, after: start) }
      if byte == 0x0A {
        newlines += 1
        if newlines >= 2 { return false }
      } else if !isASCIISpace(byte) {
        newlines = 0
      }
      if byte == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
        if b[i + 2] == 0x9D { return closesOnComma(b, quoteAt: i, after: start) }
        // A paragraph separator, or a new quotation opening.
        if b[i + 2] == 0xA9 || b[i + 2] == 0x9C { return false }
      }
      i += 1
    }
    return false
  }

  private static func closesOnComma(_ b: Bytes, quoteAt i: Int, after start: Int) -> Bool {
    i > start && b[i - 1] == UInt8(ascii: ",")
  }

  /// Width of a closing quote or bracket at `i`: " ' ) ] } ” ’ » › 」 』 ）.
  @inline(__always)
  static func closerWidth(_ b: Bytes, at i: Int) -> Int {
    switch b[i] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"),
      UInt8(ascii: "}"):
      return 1
    case 0xC2:
      return i + 1 < b.count && b[i + 1] == 0xBB ? 2 : 0
    case 0xE2, 0xE3, 0xEF:
      guard i + 2 < b.count else { return 0 }
      switch (b[i], b[i + 1], b[i + 2]) {
      case (0xE2, 0x80, 0x9D), (0xE2, 0x80, 0x99), (0xE2, 0x80, 0xBA),
        (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xEF, 0xBC, 0x89):
        return 3
      default: return 0
      }
    default:
      return 0
    }
  }

  static func terminatorCluster(_ b: Bytes, at i: Int) -> TerminatorCluster {
    var j = i
    var dots = 0
    var exclamation = false
    var ellipsis = false
    var ideographic = false
    while j < b.count {
      let width = terminatorWidth(b, at: j)
      if width == 0 { break }
      switch b[j] {
      case UInt8(ascii: "."): dots += 1
      case UInt8(ascii: "?"), UInt8(ascii: "!"): exclamation = true
      case 0xE2: ellipsis = true
      default: ideographic = true
      }
      j += width
    }
    let marksEnd = j
    while j < b.count {
      let width = closerWidth(b, at: j)
      if width == 0 { break }
      j += width
    }
    let kind: TerminatorCluster.Kind =
      ideographic
      ? .ideographic
      : exclamation
        ? .exclamation
        : (ellipsis || dots >= 3) ? .ellipsis : .period
    return TerminatorCluster(start: i, end: j, hasClosers: j > marksEnd, kind: kind)
  }

  /// Decodes the scalar whose lead byte is at `i` (the text is valid UTF-8).
  static func scalar(_ b: Bytes, at i: Int) -> (value: Unicode.Scalar, width: Int)? {
    let lead = UInt32(b[i])
    let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard lead < 0x80 || lead >= 0xC0, i + width <= b.count else { return nil }
    var value = width == 1 ? lead : lead & (0x7F >> UInt32(width))
    for k in 1..<width {
      value = value << 6 | UInt32(b[i + k] & 0x3F)
    }
    return Unicode.Scalar(value).map { ($0, width) }
  }

  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// Whether a multi-byte space (NBSP, thin space...) ends just before `i`.
  static func endsUnicodeSpace(_ b: Bytes, before i: Int) -> Bool {
    guard b[i - 1] >= 0x80 else { return false }
    if i >= 2, unicodeSpace(b, at: i - 2)?.width == 2 { return true }
    return i >= 3 && unicodeSpace(b, at: i - 3)?.width == 3
  }

  /// A single capital letter, ASCII or not: "W." in "George W. Bush".
  static func isInitial(_ b: Bytes, from start: Int, count: Int) -> Bool {
    if count == 1 { return b[start] >= UInt8(ascii: "A") && b[start] <= UInt8(ascii: "Z") }
    guard count <= 4, b[start] >= 0xC0, let (scalar, width) = scalar(b, at: start) else {
      return false
    }
    return width == count && scalar.properties.isUppercase
  }

  /// Letter groups of one or two joined by dots: U.S, a.m, Ph.D, D.C.
  static func isDottedAcronym(_ b: Bytes, from start: Int, count: Int) -> Bool {
    guard count >= 3, count <= 16 else { return false }
    var run = 0
    var dots = 0
    for k in start..<start + count {
      if b[k] == UInt8(ascii: ".") {
        guard run > 0 else { return false }
        dots += 1
        run = 0
      } else {
        guard isASCIILetter(b[k]), run < 2 else { return false }
        run += 1
      }
    }
    return dots > 0 && run > 0
  }
}
