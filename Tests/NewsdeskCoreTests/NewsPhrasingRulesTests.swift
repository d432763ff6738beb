import Testing

@testable import NewsdeskCore

/// The phrasings of news copy the short-answer rules read, on invented sentences: a title
/// after "called" read whole, an opponent after "against" that is no place, the owner of a
/// place phrase, a nickname in straight single quotes, a hyphenated fraction, a reason past a
/// bracket, an organisation named with "and", a count that opens the sentence.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct NewsPhrasingRulesTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var question: String
    var sentence: String
    var answer: String
    /// The rule that must fire for `losing`, the candidate it demotes; nil when the case
    /// checks only the answer.
    var rule: String?
    var losing: String?
    var testDescription: String { question }
  }

  static let cases: [Case] = [
    Case(
      question: "What is the documentary about the harbour called?",
      sentence: "The Leeds-based film is called Waiting For The Tide, after a poem by the skipper.",
      answer: "Waiting For The Tide", rule: "titleCutShort", losing: "Waiting"),
    Case(
      question: "Where is the cup final being played?",
      sentence: "Venn is confident ahead of the cup final against Corvania on Saturday in Lusk.",
      answer: "Lusk", rule: "nonPlacePreposition", losing: "Corvania"),
    Case(
      question: "Where was a steward shot?",
      sentence: "A steward was shot outside Dunmore's Kestrel 9 studios while the team was on air.",
      answer: "Kestrel 9 studios", rule: "placeOfPlacePhrase", losing: "Dunmore"),
    Case(
      question: "What was the director dubbed for predicting storms?",
      sentence: "Dubbed 'the tide whisperer' for predicting storms, the director stayed on.",
      answer: "tide whisperer"),
    Case(
      question: "How long is the manager's contract?",
      sentence: "The manager signed a three-and-a-half year contract on Monday.",
      answer: "three-and-a-half year"),
    Case(
      question: "Why is the lab closing?",
      sentence:
        "The lab is closing because neither the council nor the Northern Science Trust (NST) was willing to fund it.",
      answer: "willing to fund it"),
    // The cause an actor gives ("blaming"), a reason "for" doing, and no purpose in "to"
    // before a name.
    Case(
      question: "Why did Halvorsen's profits fall?",
      sentence:
        "Halvorsen reported a 38% fall in profits in the three months to September, blaming weak freight rates.",
      answer: "weak freight rates"),
    Case(
      question: "Why did Hale criticise the referee?",
      sentence: "Hale criticised the referee for allowing the winning goal to stand.",
      answer: "allowing the winning goal to stand"),
    Case(
      question: "What did Hale criticise the referee for?",
      sentence: "Hale criticised the referee, Owen Blake, for allowing the winning goal to stand.",
      answer: "allowing the winning goal to stand", rule: "renamesGivenArgument",
      losing: "Owen Blake"),
    Case(
      question: "Which company built the sea wall?",
      sentence: "The sea wall was built by Harlow Steel and Marine Systems in 2001.",
      answer: "Harlow Steel and Marine Systems", rule: "partOfJoinedName",
      losing: "Harlow Steel"),
    Case(
      question: "How many tokens are worth one euro?",
      sentence: "Ten tokens are worth one euro at the arcade.",
      answer: "Ten"),
  ]

  @Test(arguments: cases) func theWholePhraseAnswers(_ test: Case) throws {
    let all = TestSupport.candidates(test.question, in: test.sentence, parse: true)
    let best = try #require(all.first)
    #expect(best.text.contains(test.answer), "\(all.prefix(3).map(\.trace.summary))")
    guard let rule = test.rule, let losing = test.losing else { return }
    let demoted = try #require(all.first { $0.text == losing }, "no candidate \(losing)")
    #expect(demoted.firings.contains { $0.rule == rule }, "\(demoted.trace.summary)")
  }

  /// The rules leave alone what they are not about: a where-question's place after "in", a
  /// name that is the whole place phrase, a name after "called" that ends at a comma.
  @Test func theRulesLeaveTheAnswerAlone() throws {
    let place = TestSupport.candidates(
      "Where is the cup final being played?",
      in: "The cup final will be played in Lusk on Saturday.", parse: true)
    let lusk = try #require(place.first { $0.text == "Lusk" })
    #expect(
      !lusk.firings.contains { ["nonPlacePreposition", "placeOfPlacePhrase"].contains($0.rule) })
    let title = TestSupport.candidates(
      "What is the film called?", in: "The film is called Harbour, after the town.", parse: true)
    let harbour = try #require(title.first { $0.text == "Harbour" })
    #expect(!harbour.firings.contains { $0.rule == "titleCutShort" })
  }

  /// An apostrophe after a word ("the Curtis' widow") opens no quote; a quote touches its words.
  @Test(arguments: [
    ("He was dubbed 'the iron chancellor' by aides.", 3...5, true),
    ("The Curtis' widow wrote 'Touching' last year.", 2...2, false),
    ("The Curtis' widow wrote 'Touching' last year.", 4...4, true),
  ])
  func straightSingleQuotes(_ sentence: String, _ span: ClosedRange<Int>, _ quoted: Bool) {
    #expect(SentenceWords(sentence).isInStraightSingleQuotes(span) == quoted)
  }

  /// "Where was a man shot?" has a verb, "shoot", once the participle read as a noun is put
  /// right; a real noun ("Where was the gun shop?") stays a noun.
  @Test func aParticipleReadAsANounIsTheVerb() throws {
    let shot = try #require(SentenceAnnotator.standard?.annotate("Where was a man shot?"))
    #expect(QuestionFrame(shot, lexicon: TestSupport.lexicon)?.verbLemma == "shoot")
    let shop = try #require(SentenceAnnotator.standard?.annotate("Where was the gun shop?"))
    #expect(QuestionFrame(shop, lexicon: TestSupport.lexicon) == nil)
  }

  /// "Where are the nurses hired for the appeal based?" asks where they are based: the last
  /// participle is the verb, the first a reduced relative of the subject.
  @Test(arguments: [
    ("Where are the nurses hired for the winter appeal based?", "base"),
    ("When were the men arrested in the raid charged?", "charge"),
    ("Where were the nurses hired?", "hire"),
  ])
  func theFinalParticipleIsTheVerb(_ question: String, _ verb: String) throws {
    let parse = try #require(SentenceAnnotator.standard?.annotate(question))
    #expect(QuestionFrame(parse, lexicon: TestSupport.lexicon)?.verbLemma == verb)
  }

  /// "What did X urge Y to set up?" asks for the object of "set up", not for what was said.
  @Test(arguments: [
    ("What did the panel urge the club to set up?", false),
    ("What did the mayor say to reporters?", true),
    ("What did the mayor say about the strike?", true),
  ])
  func infinitiveObjectIsNoQuote(_ question: String, _ isQuote: Bool) {
    #expect((QuestionAnalyzer().analyze(question).answerType == .quote) == isQuote)
  }
}
