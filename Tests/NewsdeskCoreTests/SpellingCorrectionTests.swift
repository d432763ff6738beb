import Foundation
import Testing

@testable import NewsdeskCore

/// Misspelt question words are read as the articles' words, and nothing else is.
@Suite(.needsWordNet) struct SpellingCorrectionTests {
  func seedSession() throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.seedArticlePath])
    return session
  }

  /// A session over one article built from `text`.
  func session(over text: String) throws -> NewsdeskSession {
    var session = NewsdeskSession()
    try #require(session.addArticle(text: text, id: "memory") != nil)
    return session
  }

  /// The Damerau–Levenshtein distance (optimal string alignment), to check the edits.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  @Test func editsAreExactlyTheWordsOneSlipAway() {
    let edits = SpellingEdits.distanceOne(from: "seige")
    #expect(Set(edits).count == edits.count)
    #expect(edits.allSatisfy { Self.distance($0, "seige") == 1 })
    // A swap, a wrong letter, a missing letter, an extra letter.
    for expected in ["siege", "seize", "sege", "seiges"] { #expect(edits.contains(expected)) }
    // Every word at distance 1 over a-z: 4 swaps, 5 × 25 wrong letters, 5 missing, 6 × 26
    // extra, less the extra letters that double a neighbour and so come out twice.
    let alphabet = "abcdefghijklmnopqrstuvwxyz"
    var all = Set<String>()
    let letters = Array("seige")
    for position in 0...letters.count {
      for letter in alphabet {
        var longer = letters
        longer.insert(letter, at: position)
        all.insert(String(longer))
      }
    }
    for position in letters.indices {
      var shorter = letters
      shorter.remove(at: position)
      all.insert(String(shorter))
      for letter in alphabet where letter != letters[position] {
        var changed = letters
        changed[position] = letter
        all.insert(String(changed))
      }
    }
    for position in 0..<(letters.count - 1) {
      var swapped = letters
      swapped.swapAt(position, position + 1)
      all.insert(String(swapped))
    }
    all.remove("seige")
    #expect(Set(edits) == all)
  }

  /// A misspelt word finds the same answer as the right spelling, and the answer says how
  /// the question was read.
  @Test(arguments: [
    ("who did Rubbio meet?", "who did Rubio meet?", "read \"Rubbio\" as \"Rubio\""),
    ("when was the base closd?", "when was the base closed?", "read \"closd\" as \"closed\""),
    (
      "what percentage of the world's cocaine departs from Ecaudor?",
      "what percentage of the world's cocaine departs from Ecuador?",
      "read \"Ecaudor\" as \"Ecuador\""
    ),
    (
      "who is Ecuador's intreior minister?", "who is Ecuador's interior minister?",
      "read \"intreior\" as \"interior\""
    ),
    (
      "Whree did the United States operate a military base?",
      "Where did the United States operate a military base?", "read \"Whree\" as \"Where\""
    ),
  ])
  func misspeltQuestionFindsTheSameAnswer(typed: String, right: String, notice: String) throws {
    var session = try seedSession()
    let expected = session.ask(right)
    session.reset()
    let answer = session.ask(typed)
    #expect(!expected.abstained)
    #expect(expected.analysis.notice == nil)
    #expect(answer.shortAnswer == expected.shortAnswer)
    #expect(answer.evidence?.sentence == expected.evidence?.sentence)
    #expect(answer.abstained == expected.abstained)
    #expect(answer.analysis.answerType == expected.analysis.answerType)
    #expect(answer.analysis.notice == notice)
    // The question is shown as typed; the analysis says how it was read.
    #expect(answer.question == typed)
    #expect(answer.analysis.text == right)
  }

  /// Words the articles lack but the lexicon knows, and names no article gives, are asked
  /// as typed: their abstentions stand.
  @Test(arguments: [
    "what did Putin say?",
    "who is Ecuador's defence minister?",
    "what did Sheinbaum say about the boat?",
    "Why wasn't the lease renewed?",
  ])
  func realWordsAndUnknownNamesAreNotRead(question: String) throws {
    var session = try seedSession()
    let answer = session.ask(question)
    #expect(answer.analysis.notice == nil)
    #expect(answer.analysis.text == question)
    if question.contains("Putin") || question.contains("defence")
      || question.contains("Sheinbaum")
    {
      #expect(answer.abstained)
    }
  }

  /// "boot" is a word: over an article about a boat it stays "boot", however near.
  @Test func aRealWordIsNotReadAsItsNeighbour() throws {
    let session = try session(over: "The boat sank off the coast. The boat carried fuel.")
    let reading = SpellingCorrector(index: session.library.index).read("who sank the boot?")
    #expect(reading.corrections.isEmpty)
    #expect(reading.text == "who sank the boot?")
    let misspelt = SpellingCorrector(index: session.library.index).read("who sank the baot?")
    #expect(misspelt.text == "who sank the boat?")
  }

  /// Two equally common candidates make the reading a guess; a clearly commoner one does not.
  @Test func ambiguousCandidatesAreLeftAlone() throws {
    let tied = try session(over: "The cart was red. The card was blue.")
    #expect(
      SpellingCorrector(index: tied.library.index).read("what colour was the carx?")
        .corrections.isEmpty)
    let clear = try session(over: "The cart was red. The card was blue. The card was torn.")
    let reading = SpellingCorrector(index: clear.library.index).read("what colour was the carx?")
    #expect(reading.corrections.map(\.readAs) == ["card"])
  }

  /// A capitalised word inside the question is a name: not read as a function word, and
  /// its spelling may be one the stemmer cuts ("Genghis" → "genghi").
  @Test func namesAreReadAsNames() throws {
    let session = try session(
      over: "Genghis Khan learned siege warfare from the Chinese. Then he turned west.")
    let corrector = SpellingCorrector(index: session.library.index)
    #expect(corrector.read("who taught Gengis Khan?").text == "who taught Genghis Khan?")
    #expect(corrector.read("what did Thenn say?").corrections.isEmpty)
    #expect(corrector.read("what did he do thenn?").text == "what did he do then?")
  }

  /// The first word of a question is capitalised anyway: held to the rules for words.
  @Test func theFirstWordIsNotTakenForAName() throws {
    let session = try session(over: "The empire grew. The empire fell.")
    let corrector = SpellingCorrector(index: session.library.index)
    // "empirer" stems as "empire" does but is no word.
    #expect(corrector.read("Emporer of what?").corrections.isEmpty)
    #expect(corrector.read("what emporer?").corrections.isEmpty)
  }

  @Test func numbersShortWordsAndAccentedWordsAreLeftAlone() throws {
    let session = try session(over: "The G20 met in 2009 at Quito. The bank lent money.")
    let corrector = SpellingCorrector(index: session.library.index)
    #expect(corrector.read("when did the G21 meet?").corrections.isEmpty)
    #expect(corrector.read("who lent the bnk money?").corrections.isEmpty)
    #expect(corrector.read("where is Quitó?").corrections.isEmpty)
    #expect(corrector.read("when did the G20 meet in 2008?").corrections.isEmpty)
  }

  @Test func theNoticeJoinsOneTheQuestionAlreadyHas() throws {
    let session = try seedSession()
    var analyzer = QuestionAnalyzer()
    analyzer.maximumWords = 3
    let cut = analyzer.analyze("who did Rubbio meet on Thursday?")
    #expect(cut.notice == "Your question was cut to its first 3 words.")
    let read = SpellingCorrector(index: session.library.index).correcting(cut, analyzer: analyzer)
    #expect(read.text == "who did Rubio")
    #expect(
      read.notice == "Your question was cut to its first 3 words; read \"Rubbio\" as \"Rubio\"")
  }

  @Test func everyCorrectionIsNamedInTheNoticeAndTheJSON() throws {
    var session = try seedSession()
    let answer = session.ask("who did Rubbio meet in Ecaudor?")
    #expect(answer.analysis.notice == "read \"Rubbio\" as \"Rubio\", \"Ecaudor\" as \"Ecuador\"")
    #expect(answer.shortAnswer?.contains("Noboa") == true)
    guard case .object(let members) = answer.json(includeCandidates: false) else {
      Issue.record("the answer's JSON is not an object")
      return
    }
    #expect(
      members.first { $0.0 == "notice" }?.1
        == .string("read \"Rubbio\" as \"Rubio\", \"Ecaudor\" as \"Ecuador\""))
  }

  /// Follow-ups build on the question as read: the correction is made and told once.
  @Test func followUpsBuildOnTheQuestionAsRead() throws {
    var session = try seedSession()
    let first = session.ask("who did Rubbio meet?")
    #expect(first.analysis.notice == "read \"Rubbio\" as \"Rubio\"")
    let when = session.ask("when?")
    #expect(when.analysis.text.contains("Rubio"))
    #expect(!when.analysis.text.contains("Rubbio"))
    #expect(when.analysis.notice == nil)
    #expect(when.shortAnswer?.contains("Thursday") == true)
  }

  @Test func caseFollowsTheTypedWord() {
    #expect(SpellingCorrector.matchingCase("bendigo", of: "Bedigo") == "Bendigo")
    #expect(SpellingCorrector.matchingCase("nato", of: "NTAO") == "NATO")
    #expect(SpellingCorrector.matchingCase("siege", of: "seige") == "siege")
  }

  /// A possessive is a word like any other; a word misspelt twice is told once.
  @Test func possessivesAreReadAndEachSlipToldOnce() throws {
    var session = try seedSession()
    let possessive = session.ask("what is Rubbio's job?")
    #expect(possessive.analysis.text == "what is Rubio's job?")
    let twice = session.ask("did Rubbio meet Noboa before Rubbio left?")
    #expect(twice.analysis.notice == "read \"Rubbio\" as \"Rubio\"")
  }
}

/// A place typed without its accent is found written with it, and not "corrected".
@Suite struct AccentlessQuestionTests {
  @Test func placeTypedWithoutItsAccent() throws {
    var session = NewsdeskSession()
    try #require(
      session.addArticle(
        text: "Talks in Bogotá\n\nThe talks were held in Bogotá on Monday, officials said.",
        id: "talks") != nil)
    let answer = session.ask("when were the talks held in Bogota?")
    #expect(answer.shortAnswer == "Monday")
    #expect(answer.analysis.notice == nil)
  }
}
