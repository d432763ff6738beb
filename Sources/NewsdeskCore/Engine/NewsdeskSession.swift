/// A conversation with the loaded articles: the library, the answering rules, and what was
/// asked last (for `:why`). The shell, `ask`, `run` and the benchmarks all go through it.
public struct NewsdeskSession: Sendable {
  public private(set) var library: ArticleLibrary
  public var composer: AnswerComposer
  /// How many ranked sentences an answer lists (`--top`).
  public var top = 5
  public private(set) var lastAnswer: Answer?
  /// How the last question was read against the conversation, for `:why`.
  public private(set) var lastFollowUp: FollowUp?
  /// The turns follow-up questions are read against; `reset()` forgets them.
  public private(set) var memory = ConversationMemory()
  /// Restricts questions to one article (its number in load order), when set.
  public var focus: Int?
  let analyzer: QuestionAnalyzer
  public let followUps: FollowUpResolver
  /// WordNet, the syntax model and the closed word classes, opened once and passed to every
  /// stage that reads words.
  public let lexicon: Lexicon
  /// The people of the article the last answer came from, kept while the conversation
  /// stays with that article (keyed by its number and id, which a reload may change).
  var storyPeopleCache: (article: Int, id: String, people: [StoryPerson])?
  /// How much a related word from the lexicon counts against a word of the question.
  static let expansionWeight = 0.5

  /// A session reading words with `lexicon` (`Lexicon.installed()` for the installed WordNet
  /// and syntax model): several sessions can share one.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    library = ArticleLibrary(lexicon: lexicon)
    composer = AnswerComposer(lexicon: lexicon)
    analyzer = QuestionAnalyzer(lexicon: lexicon)
    followUps = FollowUpResolver(lexicon: lexicon)
  }

  @discardableResult
  public mutating func load(paths: [String]) throws -> LoadReport {
    try library.load(paths: paths)
  }

  /// Waits for a warm start's background checks and reads again what changed; see
  /// `ArticleLibrary.confirmFreshness(waitingForFiles:)`. `ask` does it too (not waiting for
  /// a large index's files), but says nothing of it.
  @discardableResult
  public mutating func confirmFreshness(waitingForFiles: Bool = true) throws -> LoadReport? {
    try library.confirmFreshness(waitingForFiles: waitingForFiles)
  }

  /// Whether loads keep a saved index, and who hears of their progress.
  public var loadOptions: LoadOptions {
    get { library.options }
    set { library.options = newValue }
  }

  /// Reads the loaded paths again (`:reload`); a focus stays on the same article.
  @discardableResult
  public mutating func reload() throws -> LoadReport {
    let focusedID = focus.map { library.articles[$0].id }
    let report = try library.reload()
    focus = focusedID.flatMap { library.article(named: $0) }
    return report
  }

  /// Adds one article given as text; see `ArticleLibrary.add(text:id:path:)`.
  @discardableResult
  public mutating func addArticle(text: String, id: String) -> Int? {
    library.add(text: text, id: id)
  }

  /// Answers a question, reading it as a follow-up of the conversation so far when it is
  /// one ("When?", "what did he say?", "what else?").
  public mutating func ask(_ question: String) -> Answer {
    // Never from a saved index not yet confirmed: a loaded path that has gone leaves an
    // empty library, which answers that nothing is loaded.
    // Damaged text found since (read, or by the background pass) is rebuilt now and told
    // by the next `confirmFreshness()`.
    if library.textIsDamaged {
      library.settleDamagedText()
    } else if library.pendingConfirmation != nil {
      _ = try? library.confirmFreshness(waitingForFiles: false)
    }
    let before = self
    let answer = answerTurn(question)
    guard library.textIsDamaged else { return answer }
    // The answer read saved text that failed its checksum (read as nothing): the
    // conversation goes back to before the question, the saved index is rebuilt (told by
    // the next `confirmFreshness()`), and the question is answered from the rebuilt library.
    self = before
    library.settleDamagedText()
    return answerTurn(question)
  }

  /// `ask` for a library whose saved index has been confirmed.
  private mutating func answerTurn(_ question: String) -> Answer {
    let followUp = followUps.resolve(question, memory: memory)
    lastFollowUp = followUp
    let storyUse = StoryUse(followUp)
    switch followUp.kind {
    case .needsContext:
      var answer = Answer.clarification(question, analysis: analyzer.analyze(question))
      answer.clarification = followUp.message
      lastAnswer = answer
      return answer
    case .more:
      let given = memory.last.map { $0.given } ?? []
      var answer = answer(
        followUp.question, excluding: Set(given.map(AnswerNormalizer.normalize)))
      answer.question = question
      answer.analysis.askedAs = question
      answer.followUpShape = followUp.shape.rawValue
      if let short = answer.shortAnswer {
        memory.addGiven(short)
      } else {
        answer.abstained = true
        answer.clarification = FollowUp.nothingElse
      }
      lastAnswer = answer
      return answer
    case .rewritten, .standalone:
      var answer = answer(
        followUp.question, excluding: Set(followUp.excluding.map(AnswerNormalizer.normalize)),
        storyUse: storyUse)
      if answer.abstained, let topic = followUp.topic,
        let statement = statement(about: topic, declined: answer)
      {
        answer = statement
      }
      if followUp.kind == .rewritten {
        answer.question = question
        answer.analysis.askedAs = question
        answer.followUpShape = followUp.shape.rawValue
        answer.followUpReadings = followUp.readings.map {
          ReadWord(typed: $0.typed, readAs: $0.readAs)
        }
      }
      // Follow-ups build on the question as read, misspellings corrected: "what did he
      // say?" after "who did Rubbio meet?" is about Rubio.
      memory.remember(
        ConversationMemory.Turn(
          question: answer.analysis.text, analysis: answer.analysis, answer: answer.shortAnswer,
          answerDate: answer.answerDate, given: answer.shortAnswer.map { [$0] } ?? [],
          evidence: answer.abstained ? nil : answer.evidence?.sentence, role: answer.role,
          speaker: answer.speaker,
          isEllipsis: followUp.shape == .ellipsis,
          evidenceArticle: answer.abstained ? nil : answer.evidence?.articleNumber,
          evidenceSentence: answer.abstained ? nil : answer.evidence?.sentenceNumber,
          typed: question,
          // A question the story does not answer leaves the story as it was.
          storyPeople: answer.abstained
            ? (memory.last?.storyPeople ?? [])
            : cachedStoryPeople(ofArticle: answer.evidence?.articleNumber)))
      lastAnswer = answer
      return answer
    }
  }

  /// Retrieves and composes the answer to a question already read as a whole question.
  func answer(_ question: String, excluding: Set<String>, storyUse: StoryUse = .none) -> Answer {
    let asked = analyzer.analyze(question)
    // A misspelt word is read as the word of the loaded articles it was meant to be.
    let analysis = SpellingCorrector(index: library.index, lexicon: lexicon).correcting(
      asked, analyzer: analyzer)
    var weights: [String: Double] = [:]
    for term in analysis.expansions.keys { weights[term] = Self.expansionWeight }
    // What someone said is spread over many sentences that name them once and say "he"
    // after: read more of them.
    // So is a list the article may give in a sentence retrieval ranks lower.
    // So is the slot of an ellipsis like "with what?" within the story: the instrument or
    // the price is often told in a sentence that names neither party.
    let readsMore =
      analysis.answerType == .quote || analysis.asksForList
      || (storyUse == .confines && FollowUpResolver.asksPrepositionSlot(question))
    let read = composer.options.sentencesRead * (readsMore ? 2 : 1)
    var composer = self.composer
    composer.options.sentencesRead = read
    var retrieved = library.index.search(
      terms: analysis.terms + analysis.expansions.keys.sorted(), termWeights: weights,
      limit: max(top, read),
      articles: focus.map { [$0] })
    let story = storyUse == .none ? nil : self.story
    if let story {
      retrieved = preferringStory(
        retrieved, story: story,
        terms: analysis.terms + analysis.expansions.keys.sorted(), termWeights: weights,
        limit: max(top, read), confined: storyUse == .confines)
      if storyUse != .prefers { composer.options.story = story }
    }
    if analysis.answerType == .quote {
      retrieved = withFollowers(retrieved)
      composer.options.sentencesRead = retrieved.count
    }
    var answer = composer.compose(
      analysis: analysis, retrieved: retrieved, library: library, limit: top,
      excluding: excluding)
    // The question as typed; `analysis.text` says how it was read.
    answer.question = asked.text
    return answer
  }

  /// Forgets the conversation; the loaded articles stay.
  public mutating func reset() {
    lastAnswer = nil
    lastFollowUp = nil
    memory.forget()
  }
}
