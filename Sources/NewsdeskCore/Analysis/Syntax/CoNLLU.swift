/// One sentence of a CoNLL-U file (https://universaldependencies.org/format.html): its
/// syntactic words, with multiword-token lines ("1-2 don't") and empty nodes ("8.1") left
/// out, as the parser works on syntactic words.
public struct CoNLLUSentence: Sendable, Equatable {
  public struct Word: Sendable, Equatable {
    public var form: String
    public var lemma: String
    public var coarseTag: String
    public var fineTag: String
    /// The head's 1-based ID, 0 for the root, nil when the column is "_".
    public var head: Int?
    public var relation: String
  }

  public var words: [Word]
  /// The "# text = …" comment, when present.
  public var text: String?
}

/// Reading CoNLL-U. A malformed line is an error naming its line number.
public enum CoNLLU {
  public struct FormatError: Error, CustomStringConvertible, Equatable, Sendable {
    public let line: Int
    public let problem: String
    public var description: String { "line \(line): \(problem)" }
  }

  /// Every sentence in `text`. Heads are checked to point inside their sentence.
  public static func parse(_ text: String) throws(FormatError) -> [CoNLLUSentence] {
    var sentences: [CoNLLUSentence] = []
    var words: [CoNLLUSentence.Word] = []
    var sentenceText: String?
    var firstLine = 0
    func finish(at line: Int) throws(FormatError) {
      defer {
        words = []
        sentenceText = nil
      }
      guard !words.isEmpty else { return }
      for word in words {
        if let head = word.head, head > words.count {
          throw FormatError(line: firstLine, problem: "HEAD \(head) is past the sentence's end")
        }
      }
      sentences.append(CoNLLUSentence(words: words, text: sentenceText))
    }
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
        try finish(at: lineNumber)
        continue
      }
      if line.hasPrefix("#") {
        if line.hasPrefix("# text = ") { sentenceText = String(line.dropFirst(9)) }
        continue
      }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard columns.count == 10 else {
        throw FormatError(
          line: lineNumber, problem: "expected 10 tab-separated columns, found \(columns.count)")
      }
      let id = columns[0]
      if id.contains("-") || id.contains(".") { continue }
      guard let number = Int(id), number == words.count + 1 else {
        throw FormatError(line: lineNumber, problem: "ID '\(id)' should be \(words.count + 1)")
      }
      if words.isEmpty { firstLine = lineNumber }
      var head: Int?
      if columns[6] != "_" {
        guard let value = Int(columns[6]), value >= 0, value != number else {
          throw FormatError(line: lineNumber, problem: "HEAD '\(columns[6])' is not a valid head")
        }
        head = value
      }
      guard !columns[1].isEmpty else {
        throw FormatError(line: lineNumber, problem: "FORM is empty")
      }
      words.append(
        CoNLLUSentence.Word(
          form: String(columns[1]), lemma: String(columns[2]), coarseTag: String(columns[3]),
          fineTag: String(columns[4]), head: head, relation: String(columns[7])))
    }
    try finish(at: lineNumber + 1)
    return sentences
  }
}
