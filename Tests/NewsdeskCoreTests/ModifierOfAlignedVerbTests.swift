import Testing

@testable import NewsdeskCore

/// When, where and why over the parse: the time, place or reason that modifies the
/// sentence's verb aligned with the question's, on invented sentences.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct ModifierOfAlignedVerbTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var question: String
    var sentence: String
    var answer: String
    var testDescription: String { question }
  }

  static let cases: [Case] = [
    Case(
      question: "When did Kessler resign from the board?",
      sentence: "Kessler resigned from the board on 14 March, two weeks after the vote in June.",
      answer: "14 March"),
    Case(
      question: "Where was the auction held?",
      sentence: "The auction, organised by Brandt & Pike, was held at the Corn Exchange in Leeds.",
      answer: "Corn Exchange"),
    Case(
      question: "Where are the engineers based?",
      sentence:
        "The plan would send engineers from the Fifth Regiment, based in Valdoria, to Ostrava.",
      answer: "Valdoria"),
  ]

  @Test(arguments: cases) func theModifierOfTheAlignedVerbAnswers(_ test: Case) throws {
    let all = ParseAlignmentRulesTests.candidates(test.question, in: test.sentence)
    let best = try #require(all.first)
    #expect(best.text.contains(test.answer), "\(all.prefix(3).map(\.trace.summary))")
    #expect(
      best.firings.contains { $0.rule == "modifierOfAlignedVerb" }, "\(best.trace.summary)")
  }

  /// "Where was a man shot in the leg?": the question's own modifier is not the place asked.
  @Test func theQuestionsOwnModifierIsNotBoosted() throws {
    let all = ParseAlignmentRulesTests.candidates(
      "Where was a guard shot in the leg?",
      in: "A guard was shot in the leg outside the Harbour Street depot.")
    let leg = all.first { $0.text.contains("leg") }
    #expect(leg?.firings.contains { $0.rule == "modifierOfAlignedVerb" } != true)
  }

  /// A question that asks for an argument, not a modifier, leaves the rule silent.
  @Test func argumentQuestionsAreLeftAlone() {
    let all = ParseAlignmentRulesTests.candidates(
      "Who resigned from the board?", in: "Kessler resigned from the board on 14 March.")
    #expect(!all.contains { $0.firings.contains { $0.rule == "modifierOfAlignedVerb" } })
  }
}

/// The question's parse put right, and a noun naming the act read as its verb.
@Suite(.needsWordNet, .enabled(if: SentenceAnnotator.standard != nil, "needs the syntax model"))
struct QuestionAlignmentRepairTests {
  /// "Which drugmaker did Novartis buy?" asks for the object, however the parser reads it.
  @Test(arguments: [
    ("Which drugmaker did Halvorsen buy?", ArgumentRole.patient),
    ("Which company bought the Tennant mill?", ArgumentRole.agent),
    ("What did someone announce?", ArgumentRole.patient),
    ("Which judges ruled on Ivo Sallis's appeal?", ArgumentRole.agent),
  ])
  func theAskedRoleIsRead(_ question: String, _ role: ArgumentRole) throws {
    let parse = try #require(SentenceAnnotator.standard?.annotate(question))
    let frame = try #require(QuestionFrame(parse, lexicon: TestSupport.lexicon))
    #expect(frame.askedRole == role)
  }

  /// "Who bought X?" over "Harlow Group's purchase of X": the possessor is the agent.
  @Test func aNounNamingTheActAligns() throws {
    let all = ParseAlignmentRulesTests.candidates(
      "Who bought the Tennant mill?",
      in: "Harlow Group's purchase of the Tennant mill was approved by regulators.")
    let best = try #require(all.first)
    #expect(best.text.contains("Harlow Group"), "\(all.prefix(3).map(\.trace.summary))")
    // "purchase" is not the question's own verb: the alignment counts for less.
    let factor = try #require(best.firings.first { $0.rule == "alignedRole" }?.factor)
    #expect(factor > 1 && factor < AnswerWeights.alignedRoleBoost.value)
  }

  /// The question's own verb keeps the whole boost.
  @Test func theOwnVerbKeepsTheWholeBoost() throws {
    let all = ParseAlignmentRulesTests.candidates(
      "Who bought the Tennant mill?", in: "Harlow Group bought the Tennant mill in May.")
    let best = try #require(all.first)
    let factor = try #require(best.firings.first { $0.rule == "alignedRole" }?.factor)
    #expect(factor == AnswerWeights.alignedRoleBoost.value)
  }

  /// A possessor alone ("the company's takeover") reads either way, and is left alone.
  @Test func aPossessorAloneIsNoArgument() throws {
    let parse = try #require(
      SentenceAnnotator.standard?.annotate("The company's takeover was approved."))
    let noun = try #require(parse.tokens.firstIndex { $0.text == "takeover" })
    #expect(NominalPredicate.reading(of: noun, in: parse) == nil)
  }
}

/// Subjects joined by a conjunction, read as several subjects of one verb, are one
/// coordination; two subjects with no conjunction between are left to the other repairs.
@Suite struct CoordinatedSubjectsRepairTests {
  static let token = InfinitiveComplementRepairTests.token

  // Judge Rowe and Judge Mott ruled .
  static func tree(conjunction: String) -> [AnnotatedSentence.Token] {
    [
      token("Judge", "PROPN", 1, "compound"), token("Rowe", "PROPN", 5, "nsubj"),
      token(conjunction, conjunction == "and" ? "CCONJ" : "PUNCT", 4, "cc"),
      token("Judge", "PROPN", 4, "compound"), token("Mott", "PROPN", 5, "nsubj"),
      token("ruled", "VERB", nil, "root"), token(".", "PUNCT", 5, "punct"),
    ]
  }

  @Test func subjectsJoinedByAConjunctionAreOneCoordination() {
    let mended = CoordinatedSubjectsRepair().repaired(Self.tree(conjunction: "and"))
    #expect(mended[4].head == 1 && mended[4].relation == "conj")
    #expect(mended[1].head == 5 && mended[1].relation == "nsubj")
  }

  @Test func subjectsWithNoConjunctionStay() {
    let tree = Self.tree(conjunction: "-")
    #expect(CoordinatedSubjectsRepair().repaired(tree) == tree)
  }
}

/// "In which town does the mill stand?" read with two subjects: the fronted wh-phrase with
/// its preposition is the verb's oblique, without one its object.
@Suite struct FrontedWhPhraseRepairTests {
  static let token = InfinitiveComplementRepairTests.token

  // (In) which town does the mill stand ?
  static func question(preposition: Bool) -> AnnotatedSentence {
    let words: [AnnotatedSentence.Token] = [
      token("which", "DET", 1, "det"), token("town", "NOUN", 5, "nsubj"),
      AnnotatedSentence.Token(
        text: "does", utf8Range: 0..<0, coarseTag: "AUX", fineTag: "VBZ", lemma: "do", head: 5,
        relation: "aux"),
      token("the", "DET", 4, "det"),
      token("mill", "NOUN", 5, "nsubj"), token("stand", "VERB", nil, "root"),
      token("?", "PUNCT", 5, "punct"),
    ]
    guard preposition else { return AnnotatedSentence(text: "", tokens: words) }
    let shifted = words.map { word in
      var word = word
      word.head = word.head.map { $0 + 1 }
      return word
    }
    return AnnotatedSentence(text: "", tokens: [token("In", "ADP", 2, "case")] + shifted)
  }

  @Test(arguments: [(true, "obl"), (false, "obj")])
  func theFrontedPhraseTakesItsRelation(preposition: Bool, relation: String) {
    let repaired = QuestionParseRepair.repaired(
      Self.question(preposition: preposition), lexicon: TestSupport.lexicon)
    #expect(repaired.tokens[preposition ? 2 : 1].relation == relation)
  }
}
