/// Reads an article file's text into metadata and body.
///
/// Understands a front-matter block (`title:`, `date:`, `source:` between `---` lines), a header
/// of such lines ended by a blank line (ArticleParser+HeaderLines), a leading
/// `date YYYY-MM-DD` (in the seed article the date and the first sentence share a line), and in
/// Markdown a leading `# Heading` as the title.
public struct ArticleParser: Sendable {
  public var splitter = SentenceSplitter()
  /// The longest title made from a first sentence, in characters.
  public var maximumDerivedTitleLength = 72

  public init() {}

  public struct Parsed: Sendable {
    public var title: String?
    public var date: CalendarDate?
    public var source: String?
    public var body: String
  }

  public func parse(_ text: String, isMarkdown: Bool) -> Parsed {
    var parsed = Parsed(title: nil, date: nil, source: nil, body: text)
    var remaining = Substring(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    if let header = Self.frontMatter(in: remaining) ?? Self.headerLines(in: remaining) {
      for (key, value) in header.fields {
        switch key {
        case "title": parsed.title = value.isEmpty ? nil : CharacterReferences.decoded(value)
        case "date": parsed.date = FeedDate.calendarDate(in: value)
        case "source": parsed.source = value.isEmpty ? nil : value
        default: break
        }
      }
      remaining = header.rest
    }
    let leading = remaining.drop(while: \.isWhitespace)
    if let dateLine = Self.leadingDate(in: leading) {
      if parsed.date == nil { parsed.date = dateLine.date }
      remaining = dateLine.rest
    }
    if isMarkdown {
      let stripped = Self.markdownHeading(in: remaining)
      if parsed.title == nil { parsed.title = stripped.heading }
      remaining = stripped.rest
    }
    parsed.body = CharacterReferences.decoded(String(remaining))
    return parsed
  }

  /// A title for an article that has none: its first sentence, cut at a word boundary.
  ///
  /// Reads only as many words as the title can hold: a first sentence can run to
  /// kilobytes, and every article of an archive without titles comes through here.
  public func derivedTitle(body: String, sentences: [SentenceLocation]) -> String {
    guard let first = sentences.first else { return "(untitled)" }
    let utf8 = body.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: Int(first.start))
    let end = utf8.index(utf8.startIndex, offsetBy: Int(first.end))
    var sentence = body[start..<end]
    if let title = sentence.withUTF8({ Self.asciiTitle($0, maximum: maximumDerivedTitleLength) }) {
      return title
    }
    return Self.characterTitle(sentence, maximum: maximumDerivedTitleLength)
  }

  /// `derivedTitle` for any text, Character by Character.
  static func characterTitle(_ sentence: Substring, maximum: Int) -> String {
    // The words up to one past the limit, and whether the whole sentence fits.
    var words: [Substring] = []
    var length = 0
    var position = sentence.startIndex
    while position < sentence.endIndex, length <= maximum {
      guard let wordStart = sentence[position...].firstIndex(where: { !$0.isWhitespace }) else {
        break
      }
      let wordEnd = sentence[wordStart...].firstIndex(where: \.isWhitespace) ?? sentence.endIndex
      let word = sentence[wordStart..<wordEnd]
      length += (words.isEmpty ? 0 : 1) + word.count
      words.append(word)
      position = wordEnd
    }
    guard length > maximum else { return words.joined(separator: " ") }
    var title = ""
    for word in words {
      if title.count + word.count + 1 > maximum - 1 { break }
      title += title.isEmpty ? String(word) : " " + word
    }
    if title.isEmpty {
      title = String(words.joined(separator: " ").prefix(maximum - 1))
    }
    return title + "…"
  }

  /// `derivedTitle` for a first sentence whose opening is plain ASCII (most news copy),
  /// worked out on bytes, where one byte is one character; nil as soon as a byte is not
  /// ASCII. Testing Character by Character for whitespace was a tenth of loading an archive.
  static func asciiTitle(_ bytes: UnsafeBufferPointer<UInt8>, maximum: Int) -> String? {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    var words: [Range<Int>] = []
    var length = 0
    var index = 0
    while index < bytes.count, length <= maximum {
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { break }
      let start = index
      while index < bytes.count, !isSpace(bytes[index]) {
        if bytes[index] >= 0x80 { return nil }
        index += 1
      }
      length += (words.isEmpty ? 0 : 1) + (index - start)
      words.append(start..<index)
    }
    var title: [UInt8] = []
    let fits = length <= maximum
    for word in words {
      if !fits, title.count + word.count + 1 > maximum - 1 { break }
      if !title.isEmpty { title.append(0x20) }
      title += bytes[word]
    }
    if fits { return String(decoding: title, as: UTF8.self) }
    if title.isEmpty, let first = words.first {
      title = Array(bytes[first.lowerBound..<min(first.upperBound, first.lowerBound + maximum - 1)])
    }
    return String(decoding: title, as: UTF8.self) + "…"
  }

  static func frontMatter(in text: Substring) -> (fields: [(String, String)], rest: Substring)? {
    // Most articles have none: look no further than the first bytes.
    guard text.utf8.starts(with: "---".utf8) else { return nil }
    // By Character, so a CRLF line end (one Character, "\r\n") ends a line as "\n" does.
    var lines = text.split(
      maxSplits: 64, omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    guard lines.first?.trimmingWhitespace() == "---" else { return nil }
    lines.removeFirst()
    var fields: [(String, String)] = []
    for (offset, line) in lines.enumerated() {
      if line.trimmingWhitespace() == "---" {
        let restStart =
          line.endIndex < text.endIndex ? text.index(after: line.endIndex) : line.endIndex
        return (fields, text[restStart...])
      }
      guard offset < 63, let colon = line.firstIndex(of: ":") else {
        if line.trimmingWhitespace().isEmpty { continue }
        return nil
      }
      let key = line[..<colon].trimmingWhitespace().lowercased()
      var value = line[line.index(after: colon)...].trimmingWhitespace()
      if value.count >= 2, let first = value.first, let last = value.last,
        (first == "\"" && last == "\"") || (first == "'" && last == "'")
      {
        value = String(value.dropFirst().dropLast())
      }
      fields.append((key, value))
    }
    return nil
  }

  static func leadingDate(in text: Substring) -> (date: CalendarDate, rest: Substring)? {
    guard text.utf8.count >= 15, text.prefix(4).lowercased() == "date" else { return nil }
    var rest = text.dropFirst(4)
    guard let separator = rest.first, separator == " " || separator == ":" || separator == "\t"
    else { return nil }
    rest = rest.drop { $0 == " " || $0 == ":" || $0 == "\t" }
    guard let date = CalendarDate(iso: rest.prefix(10)) else { return nil }
    rest = rest.dropFirst(10)
    guard rest.first.map({ $0.isWhitespace }) ?? true else { return nil }
    return (date, rest.drop { $0 == " " || $0 == "\t" })
  }

  static func markdownHeading(in text: Substring) -> (heading: String?, rest: Substring) {
    let trimmed = text.drop(while: \.isWhitespace)
    guard trimmed.hasPrefix("# ") else { return (nil, text) }
    let lineEnd = trimmed.firstIndex(where: \.isNewline) ?? trimmed.endIndex
    let heading = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<lineEnd]
      .trimmingWhitespace()
    return (heading.isEmpty ? nil : heading, trimmed[lineEnd...])
  }
}

extension StringProtocol {
  func trimmingWhitespace() -> String {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }
}
