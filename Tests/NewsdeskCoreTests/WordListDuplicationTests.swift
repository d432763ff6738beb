import Foundation
import Testing

@testable import NewsdeskCore

/// The closed word classes live once, in the lexicon (Analysis/Lexicon*.swift). A list
/// written out again elsewhere drifts from it (three copies of the honorifics once held three
/// different contents), so the source tree is read for string-set literals that copy one.
@Suite struct WordListDuplicationTests {
  /// The lexicon's closed classes by name: a list elsewhere copies one when it takes its name
  /// or when nearly all of it is there again.
  static let closedClasses: [String: Set<String>] = [
    "honorifics": Lexicon.honorifics, "titles": Lexicon.titles, "months": Lexicon.months,
    "weekdays": Lexicon.weekdays, "copulas": Lexicon.copulas, "articles": Lexicon.articles,
    "determiners": Lexicon.determiners, "quantifiers": Lexicon.quantifiers,
    "prepositions": Lexicon.prepositions, "placePrepositions": Lexicon.placePrepositions,
    "timePrepositions": Lexicon.timePrepositions, "conjunctions": Lexicon.conjunctions,
    "pronouns": Lexicon.pronouns, "personalPronouns": Lexicon.personalPronouns,
    "possessiveDeterminers": Lexicon.possessiveDeterminers, "whWords": Lexicon.whWords,
    "beForms": Lexicon.beForms, "haveForms": Lexicon.haveForms, "modals": Lexicon.modals,
    "auxiliaries": Lexicon.auxiliaries, "numberWords": Lexicon.numberWords,
    "ordinalWords": Lexicon.ordinalWords, "unitWords": Lexicon.unitWords,
    "monthPrefixes": Set(CalendarDate.monthPrefixes),
    "personRoles": Lexicon.personRoles, "organizationRoles": Lexicon.organizationRoles,
    "personNouns": Lexicon.personNouns, "organizationNouns": Lexicon.organizationNouns,
    "organizationKindNouns": Lexicon.organizationKindNouns,
    "statementVerbs": Lexicon.statementVerbs, "reportingVerbs": Lexicon.reportingVerbs,
  ]
  /// Names the role, organisation and speech lists went by before they were merged into the
  /// lexicon: a list by one of them is a copy growing back.
  static let formerNames: [String: String] = [
    "titleWords": "personRoles", "groupNouns": "organizationNouns",
    "speechVerbs": "statementVerbs", "roleTitles": "personRoles",
  ]
  /// Where the lists are kept: the lexicon, its speech verbs (by lemma), and the calendar below
  /// it for the month prefixes.
  static let homes = [
    "Analysis/Lexicon", "Analysis/SpeechVerbs.swift", "Corpus/CalendarDate.swift",
  ]

  @Test func noClosedClassIsWrittenOutTwice() throws {
    let root = TestSupport.repositoryRoot.appendingPathComponent("Sources/NewsdeskCore")
    let copies = try WordListScan(root: root).literals()
      .filter { literal in !Self.homes.contains { literal.path.hasPrefix($0) } }
      .compactMap { literal in
        Self.copiedClass(of: literal).map { "\(literal.path):\(literal.line) copies Lexicon.\($0)" }
      }
    #expect(copies.isEmpty, "\(copies.joined(separator: "\n"))")
  }

  /// The check itself, on literals written for it.
  @Test(
    arguments: [
      ("let honorifics: Set<String> = [\"sir\", \"lord\"]", "honorifics"),
      (
        "let passive = [\"was\", \"were\", \"been\", \"being\", \"is\", \"are\", \"be\"]", "beForms"
      ),
      ("guard [\"is\", \"are\", \"was\", \"were\"].contains(word)", "copulas"),
      ("let joints: Set<String> = [\"and\", \"or\", \"of\"]", nil),
      ("static let months = [\"jan\", \"feb\", \"mar\", \"apr\", \"may\", \"jun\"]", "months"),
      ("let particles: Set<String> = [\"up\", \"down\", \"in\", \"out\", \"off\"]", nil),
      ("static let titleWords: Set<String> = [\"mp\", \"boss\"]", "personRoles"),
      ("static let groupNouns: Set<String> = [\"gang\", \"firm\"]", "organizationNouns"),
      (
        "let kinds = [\"company\", \"firm\", \"club\", \"bank\", \"team\", \"gang\"]",
        "organizationNouns"
      ),
      (
        "if [\"say\", \"said\", \"tell\", \"told\", \"think\", \"ask\"].contains(verb)",
        "statementVerbs"
      ),
      ("guard [\"official\", \"spokesman\", \"aide\", \"envoy\"].contains(noun)", nil),
    ] as [(String, String?)])
  func aCopyIsFound(_ source: String, _ copied: String?) {
    let literal = WordListScan.literals(in: source, path: "Some/File.swift").first
    #expect(literal.flatMap(Self.copiedClass) == copied)
  }

  /// The classes that are open-ended (roles, kinds of organisation, verbs of saying): their
  /// copies drifted as partial lists with words of their own, so a literal copies one when
  /// most of its words are there, however small a part of the class it is.
  static let openClasses = [
    "personRoles", "personNouns", "organizationNouns", "organizationKindNouns", "statementVerbs",
  ]

  /// The class a literal copies: one whose name (or former name) it takes; a closed class
  /// holding all of at least four of its words and of which it holds two thirds or more; or
  /// an open class holding at least five of its words and two thirds or more of them.
  static func copiedClass(of literal: WordListScan.Literal) -> String? {
    if let name = literal.name, closedClasses[name] != nil { return name }
    if let name = literal.name, let merged = formerNames[name] { return merged }
    guard literal.words.count >= 4 else { return nil }
    let closedCopy = closedClasses.keys.sorted().first { name in
      let words = closedClasses[name]!
      return literal.words.isSubset(of: words) && literal.words.count * 3 >= words.count * 2
    }
    if let closedCopy { return closedCopy }
    return openClasses.first { name in
      let shared = literal.words.intersection(closedClasses[name]!).count
      return shared >= 5 && shared * 3 >= literal.words.count * 2
    }
  }
}

/// The string-set literals of the Swift files under a folder: `let name: Set<String> = [...]`,
/// `let name = [...]` and `[...].contains(`, each with the words it holds.
struct WordListScan {
  struct Literal {
    let path: String
    let line: Int
    let name: String?
    let words: Set<String>
  }

  let files: [String: String]

  init(root: URL) throws {
    var files: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root.path)
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".swift") else { continue }
      files[relative] = try String(
        contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
    self.files = files
  }

  func literals() -> [Literal] {
    files.keys.sorted().flatMap { Self.literals(in: files[$0]!, path: $0) }
  }

  /// A named list (`let x: Set<String> = [` or `let x = [`) or an inline one before
  /// `.contains(`, holding only string literals.
  static let pattern = try! NSRegularExpression(
    pattern:
      #"(?:(?:let|var)\s+(\w+)\s*(?::\s*(?:Set<String>|\[String\]))?\s*=\s*(?:Set\()?|(?<![\w\])])(?=\[\s*"[^\]]*\]\s*\.contains\())\[((?:\s*"[^"\n]*"\s*,?)+)\s*\]"#
  )
  static let word = try! NSRegularExpression(pattern: #""([^"\n]*)""#)

  static func literals(in text: String, path: String) -> [Literal] {
    let whole = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: whole).compactMap { match in
      guard let body = Range(match.range(at: 2), in: text) else { return nil }
      let bodyText = String(text[body])
      let words = word.matches(in: bodyText, range: NSRange(bodyText.startIndex..., in: bodyText))
        .compactMap { Range($0.range(at: 1), in: bodyText).map { String(bodyText[$0]) } }
      let name = Range(match.range(at: 1), in: text).map { String(text[$0]) }
      let line = text[..<body.lowerBound].filter { $0 == "\n" }.count + 1
      return Literal(path: path, line: line, name: name, words: Set(words))
    }
  }
}
