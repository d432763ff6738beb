/// One line of a `.qa` file that says what the answer to the question above it must be.
public struct QAExpectation: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// `= TEXT`: the short answer contains TEXT's words, after SQuAD normalisation.
    case contains(String)
    /// `== TEXT`: the short answer is TEXT, after SQuAD normalisation.
    case equals(String)
    /// `~ /REGEX/flags`: the short answer matches.
    case matches(QARegex)
    /// `!`: newsdesk abstains.
    case abstains
    /// `!!`: newsdesk answers.
    case answers
    /// `@ ARTICLE#N`: the cited article and, when given, the sentence number; an article that
    /// gives the same answer ("Also in") counts too.
    case cites(article: String?, sentence: Int?)
    /// `+ TEXT`: another article gives a different answer, containing TEXT's words.
    case differs(String)
  }

  /// 1-based line in the file.
  public var line: Int
  public var kind: Kind

  public init(line: Int, kind: Kind) {
    self.line = line
    self.kind = kind
  }

  /// The expectation as it is written in a `.qa` file.
  public var source: String {
    switch kind {
    case .contains(let text): return "= \(text)"
    case .equals(let text): return "== \(text)"
    case .matches(let regex): return "~ \(regex.source)"
    case .abstains: return "!"
    case .answers: return "!!"
    case .cites(let article, let sentence):
      return "@ " + (article ?? "") + (sentence.map { "#\($0)" } ?? "")
    case .differs(let text): return "+ \(text)"
    }
  }

  /// Expectations that only an answer can meet: `!` contradicts them.
  public var needsAnswer: Bool {
    if case .differs = kind { return true }
    return kind == .answers || isAboutText
  }

  /// Expectations about the short answer's text, as opposed to abstention or citation.
  public var isAboutText: Bool {
    switch kind {
    case .contains, .equals, .matches: return true
    case .abstains, .answers, .cites, .differs: return false
    }
  }
}

/// A `~` expectation's pattern: kept as text (so the value stays `Sendable` and `Equatable`)
/// and validated when the script is parsed.
public struct QARegex: Sendable, Equatable {
  public var pattern: String
  /// Any of `i` (ignore case), `s` (dot matches newlines), `m` (^ and $ match at line ends).
  public var flags: String

  public static let knownFlags: Set<Character> = ["i", "s", "m"]

  /// Parses `/pattern/flags`; throws a message for the script error.
  public init(parsing text: String) throws(QARegexError) {
    guard text.hasPrefix("/"), let close = text.lastIndex(of: "/"), close != text.startIndex else {
      throw .notDelimited
    }
    pattern = String(text[text.index(after: text.startIndex)..<close])
    flags = String(text[text.index(after: close)...])
    if let unknown = flags.first(where: { !Self.knownFlags.contains($0) }) {
      throw .unknownFlag(unknown)
    }
    if pattern.isEmpty { throw .empty }
    do {
      _ = try compiled()
    } catch {
      throw .invalid(String(describing: error))
    }
  }

  public var source: String { "/\(pattern)/\(flags)" }

  func compiled() throws -> Regex<AnyRegexOutput> {
    var regex = try Regex(pattern)
    if flags.contains("i") { regex = regex.ignoresCase() }
    if flags.contains("s") { regex = regex.dotMatchesNewlines() }
    if flags.contains("m") { regex = regex.anchorsMatchLineEndings() }
    return regex
  }

  /// Whether the pattern occurs anywhere in `text`.
  public func matches(_ text: String) -> Bool {
    guard let regex = try? compiled() else { return false }
    return text.contains(regex)
  }
}

public enum QARegexError: Error, Sendable, Equatable, CustomStringConvertible {
  case notDelimited
  case empty
  case unknownFlag(Character)
  case invalid(String)

  public var description: String {
    switch self {
    case .notDelimited: return "a regex goes between slashes, e.g. ~ /noboa/i"
    case .empty: return "the regex is empty"
    case .unknownFlag(let flag): return "unknown regex flag '\(flag)' (use i, s or m)"
    case .invalid(let reason): return "invalid regex: \(reason)"
    }
  }
}
