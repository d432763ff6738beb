import Testing

@testable import NewsdeskCore

struct QuestionTypeCase: Sendable, CustomTestStringConvertible {
  var question: String
  var type: AnswerType
  var form: QuestionForm
  var testDescription: String { question }

  init(_ question: String, _ type: AnswerType, _ form: QuestionForm) {
    self.question = question
    self.type = type
    self.form = form
  }
}

@Suite(.needsWordNet) struct QuestionAnalyzerTests {
  let analyzer = QuestionAnalyzer()

  static let cases: [QuestionTypeCase] = [
    QuestionTypeCase("who did Rubio meet?", .person, .who),
    QuestionTypeCase("Who will Rubio meet in Quito on Thursday?", .person, .who),
    QuestionTypeCase("who is Noboa?", .description, .who),
    QuestionTypeCase("Who was Rafael Correa?", .description, .who),
    // A passive is an act done to someone, not what someone is.
    QuestionTypeCase("who was arrested in Leeds?", .person, .who),
    QuestionTypeCase("who was sacked by the club?", .person, .who),
    QuestionTypeCase("who is the person who said they murdered 11 people?", .person, .who),
    QuestionTypeCase("whom did Trump blame?", .person, .whom),
    QuestionTypeCase("when was the base closed?", .date, .when),
    QuestionTypeCase("where is Manta?", .place, .where),
    QuestionTypeCase("how many people were killed?", .number, .howMany),
    QuestionTypeCase("how much did it cost?", .money, .howMuch),
    QuestionTypeCase("how much debt does Ecuador owe China?", .money, .howMuch),
    QuestionTypeCase("how much cocaine leaves Ecuador?", .quantity, .howMuch),
    QuestionTypeCase("how long did the US operate the base?", .duration, .howLong),
    QuestionTypeCase("how old is Noboa?", .quantity, .how),
    QuestionTypeCase("how did the US destroy the boat?", .manner, .how),
    QuestionTypeCase("what year did Noboa win?", .date, .what),
    QuestionTypeCase("what time did the meeting start?", .time, .what),
    QuestionTypeCase("which gang owned the boat?", .organization, .which),
    QuestionTypeCase("which channel did Reimberg speak to?", .organization, .which),
    QuestionTypeCase("what kind of organization is Tren de Aragua?", .organization, .what),
    QuestionTypeCase("which country produces the most cocaine?", .place, .which),
    QuestionTypeCase("in which city was the base?", .place, .which),
    QuestionTypeCase("In which city was the base?", .place, .which),
    QuestionTypeCase("and where did Rubio speak?", .place, .where),
    QuestionTypeCase("what percentage of the world's cocaine leaves Ecuador?", .percent, .what),
    QuestionTypeCase("how much percentage of the land is farmed?", .percent, .howMuch),
    QuestionTypeCase("which president refused to renew the lease?", .person, .which),
    QuestionTypeCase("what position does Reimberg hold?", .role, .what),
    QuestionTypeCase("why was the base closed?", .reason, .why),
    QuestionTypeCase("what is Tren de Aragua?", .description, .what),
    // The noun after the copula names the kind: closed by a time phrase, after an owner.
    QuestionTypeCase("what was the profit last year?", .money, .what),
    QuestionTypeCase("what was Velmora's profit last year?", .money, .what),
    // WordNet lists "profits" as a lemma of its own, before "profit": the plural still asks.
    QuestionTypeCase("what were the profits?", .money, .what),
    QuestionTypeCase("what was the price of oil?", .money, .what),
    QuestionTypeCase("what did Rubio say about gangs in the region?", .quote, .what),
    QuestionTypeCase("is Rubio in Ecuador?", .yesNo, .yesNo),
    QuestionTypeCase("Did the United States close the base?", .yesNo, .yesNo),
    QuestionTypeCase("Rubio met Noboa", .other, .statement),
    QuestionTypeCase("name the gang", .organization, .name),
  ]

  @Test(arguments: cases)
  func answerTypeAndForm(_ example: QuestionTypeCase) {
    let analysis = analyzer.analyze(example.question)
    #expect(analysis.answerType == example.type)
    #expect(analysis.form == example.form)
  }

  @Test func headNoun() {
    #expect(analyzer.analyze("which gang owned the boat?").headNoun == "gang")
    #expect(analyzer.analyze("in which city was the base?").headNoun == "city")
    #expect(analyzer.analyze("what kind of organization is it?").headNoun == "organization")
    #expect(analyzer.analyze("who did Rubio meet?").headNoun == nil)
  }

  /// A noun that is first an adjective ("general") still heads the wh-phrase where the
  /// phrase ends; a noun whose usual senses are people asks for a person.
  @Test func personNounsHeadTheWhPhrase() {
    let general = analyzer.analyze("which young general did the khan send north?")
    #expect(general.headNoun == "general")
    #expect(general.answerType == .person)
    let descendant = analyzer.analyze("which descendant of the king rebuilt the abbey?")
    #expect(descendant.answerType == .person)
    // Not a person: the noun's usual senses are things.
    #expect(analyzer.analyze("which bridge did the council close?").answerType != .person)
  }

  /// "What is X known for?": the participle after the subject, and the question asks for its
  /// object; a name ending in -en ("Tren") is no participle.
  @Test func participleAfterTheSubjectOfACopula() {
    let analysis = analyzer.analyze("what is Tren de Aragua not known for?")
    #expect(analysis.verb == "known")
    #expect(!analysis.asksForSubject)
    #expect(analyzer.analyze("who was taken to hospital?").verb == "taken")
  }

  /// After "did" and its subject, the verb is the first bare verb, known to WordNet or not.
  @Test func verbOfAnObjectQuestion() {
    #expect(analyzer.analyze("What did colonial authorities reduce?").verb == "reduce")
    #expect(analyzer.analyze("What did Watt add to the steam engine?").verb == "add")
    #expect(analyzer.analyze("What did the crew of Apollo 8 read from?").verb == "read")
    #expect(analyzer.analyze("What did colonial authorities reduce?").asksForSubject == false)
  }

  /// "Someone", "anything": placeholders for any argument, not words an article must use.
  @Test func indefinitePlaceholdersAreNoTerms() {
    let analysis = analyzer.analyze("what did someone say about the strike?")
    #expect(analysis.terms == ["say", "strike"])
    #expect(!analysis.focusWords.contains("someone"))
    #expect(analyzer.analyze("did anybody see anything?").terms == ["see"])
  }

  /// "When" opening a clause is not what is asked.
  @Test func whenClauseBeforeTheQuestion() {
    let analysis = analyzer.analyze("When the three types of rock are re-melted what is formed?")
    #expect(analysis.form == .what)
    #expect(analysis.answerType != .date)
    #expect(analyzer.analyze("When did the war end?").answerType == .date)
    #expect(analyzer.analyze("When was the base closed, and who closed it?").answerType == .date)
  }

  /// The head is the last noun of the phrase after the wh-word, not its first modifier.
  @Test func headNounEndsTheNounPhrase() {
    #expect(analyzer.analyze("What Apollo mission was the sixth landing?").headNoun == "mission")
    #expect(analyzer.analyze("What space station supported three missions?").headNoun == "station")
    #expect(analyzer.analyze("What Khitan leader defected to the Mongols?").answerType == .person)
    #expect(analyzer.analyze("What type of steam engine produces power?").headNoun == "engine")
    #expect(analyzer.analyze("What city later became Beijing?").headNoun == "city")
    // A verb in "-s" ends the phrase: the question is not about "extension".
    #expect(analyzer.analyze("What causes rock extension?").headNoun == "causes")
    #expect(analyzer.analyze("Which Mongolian word meaning wide appears?").headNoun == "word")
    #expect(analyzer.analyze("Which task force states that it is harmful?").headNoun == "force")
  }

  @Test func termsAndFocusWords() {
    let analysis = analyzer.analyze("  Who did Rubio meet in Ecuador's capital?  ")
    #expect(analysis.text == "Who did Rubio meet in Ecuador's capital?")
    #expect(analysis.focusWords == ["rubio", "meet", "ecuador", "capital"])
    #expect(analysis.terms == ["rubio", "meet", "ecuador", "capit"])
    #expect(analysis.notice == nil)
  }

  @Test(arguments: ["", "   ", "?!?", "...", "— “ ” …", "\u{07}\u{00}"])
  func questionsWithoutWordsDoNotCrash(_ question: String) {
    let analysis = analyzer.analyze(question)
    #expect(analysis.terms.isEmpty)
    #expect(analysis.answerType == .other)
    #expect(analysis.notice == nil)
  }

  @Test(arguments: ["من التقى روبيو؟", "את מי פגש רוביו?", "¿A quién conoció Rubio en Bogotá?"])
  func nonEnglishQuestionsKeepTheirWords(_ question: String) {
    let analysis = analyzer.analyze(question)
    #expect(!analysis.terms.isEmpty)
    #expect(analysis.text == question)
  }

  @Test func aLongQuestionIsCutToAThousandWordsWithANotice() throws {
    let words = (0..<1500).map { "word\($0)" }
    let analysis = analyzer.analyze("who did Rubio meet " + words.joined(separator: " "))
    #expect(WordTokenizer.words(in: analysis.text).count == 1000)
    #expect(analysis.text.hasPrefix("who did Rubio meet word0"))
    #expect(analysis.text.hasSuffix("word995"))
    let notice = try #require(analysis.notice)
    #expect(notice.contains("1000"))
    #expect(analysis.answerType == .person)
  }

  @Test func aThousandWordsExactlyIsNotCut() {
    let question = (0..<1000).map { "word\($0)" }.joined(separator: " ")
    let analysis = analyzer.analyze(question)
    #expect(analysis.notice == nil)
    #expect(analysis.text == question)
  }

  @Test func cutNeverSplitsAMultiByteCharacter() {
    let question = Array(repeating: "Bogotá", count: 1200).joined(separator: " ")
    let analysis = analyzer.analyze(question)
    #expect(analysis.notice != nil)
    #expect(analysis.text.hasSuffix("Bogotá"))
    #expect(WordTokenizer.words(in: analysis.text).count == 1000)
  }

  @Test func aHundredKilobyteWordDoesNotCrash() {
    let analysis = analyzer.analyze(String(repeating: "a", count: 100_000) + "?")
    #expect(analysis.terms.count == 1)
  }
}

/// Looser relatives of a question's words, for choosing which sentence answers it.
@Suite(.needsWordNet) struct QuestionParaphraseTests {
  @Test func synonymsAndTheirDerivations() {
    let analysis = QuestionAnalyzer().analyze("What did the finding of gold cause?")
    var analyzer = TermAnalyzer()
    // "finding" → find → discover → discovery.
    let discovery = analyzer.term(for: "discoveries")
    #expect(discovery.map { analysis.paraphrases[$0] != nil } == true)
    // Not the question's own terms, nor the tighter expansions.
    #expect(Set(analysis.paraphrases.keys).isDisjoint(with: analysis.terms))
    #expect(Set(analysis.paraphrases.keys).isDisjoint(with: analysis.expansions.keys))
  }

  /// Paraphrases earn less than the words themselves, and nothing unless given: the
  /// composer passes them for choosing the sentence only.
  @Test func paraphrasesEarnLessThanTheWords() {
    let composer = AnswerComposer()
    var analyzer = TermAnalyzer()
    let weights = ["find": 1.0, "gold": 1.0]
    let loose = ["discoveri": "find"]
    let plain = composer.coverageOf(
      weights, expansions: [:], in: "Later discoveries of gold followed.", analyzer: &analyzer)
    let steered = composer.coverageOf(
      weights, expansions: [:], paraphrases: loose, in: "Later discoveries of gold followed.",
      analyzer: &analyzer)
    #expect(plain == 0.5)
    #expect(steered > plain && steered < 1)
  }
}

/// Paraphrases choose the sentence; they never raise the confidence.
@Suite(.needsWordNet) struct ParaphraseConfidenceTests {
  @Test func confidenceIsTheSameWithoutParaphrases() throws {
    var session = NewsdeskSession()
    try session.load(paths: [TestSupport.seedArticlePath])
    var analysis = QuestionAnalyzer().analyze("who refused to renew the lease on the base?")
    #expect(!analysis.paraphrases.isEmpty)
    let retrieved = session.library.index.search(
      terms: analysis.terms, termWeights: [:], limit: 6)
    let with = session.composer.compose(
      analysis: analysis, retrieved: retrieved, library: session.library, limit: 3)
    analysis.paraphrases = [:]
    let without = session.composer.compose(
      analysis: analysis, retrieved: retrieved, library: session.library, limit: 3)
    #expect(with.evidence?.sentence == without.evidence?.sentence)
    #expect(with.confidence == without.confidence)
  }

  @Test(arguments: [
    ("For how much did Carver Ltd buy the mill?", AnswerType.money),
    ("How much did the firm pay for the mill?", .money),
    ("How much did Novartis spend on its purchases?", .money),
    ("How much did the economy grow?", .quantity),
  ])
  func howMuchAsksForMoneyWhenItIsAPrice(_ example: (String, AnswerType)) {
    let analysis = QuestionAnalyzer().analyze(example.0)
    #expect(analysis.answerType == example.1)
    // An auxiliary after "how much" is no head noun.
    #expect(analysis.headNoun != "did")
  }

  @Test(arguments: [
    ("What is the price of oil?", AnswerType.money),
    ("what was the value of the deal?", .money),
    ("What is the cost of government borrowing?", .money),
    ("What is the population of Peru?", .quantity),
    ("What is the name of the deal?", .other),
  ])
  func whatIsTheAmountNounAsksForMoney(_ example: (String, AnswerType)) {
    #expect(QuestionAnalyzer().analyze(example.0).answerType == example.1)
  }
}
