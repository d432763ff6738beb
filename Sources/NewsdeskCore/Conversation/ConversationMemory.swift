/// What a conversation remembers for follow-up questions: the last few questions as newsdesk
/// read them, what it answered and the sentence it answered from. It holds a fixed number of
/// turns, each of bounded size, so a session of a thousand questions uses no more memory
/// than one of ten.
public struct ConversationMemory: Sendable, Equatable {
  /// One answered question.
  public struct Turn: Sendable, Equatable {
    /// The question as newsdesk read it, follow-ups already spelled out.
    public var question: String
    public var analysis: QuestionAnalysis
    /// The short answer given, nil when newsdesk abstained.
    public var answer: String?
    public var answerDate: CalendarDate?
    /// Every answer given to this question so far, for "what else?".
    public var given: [String]
    /// The sentence the answer was taken from: the people and organisations it names are
    /// what "he" and "it" may point to next, even when the short answer was a description
    /// ("Tory MP") rather than a name.
    public var evidence: String?
    /// Where that sentence stands: its article's number in load order and its number in the
    /// article (from 1). A reporter's next question is usually about the same story.
    public var evidenceArticle: Int?
    public var evidenceSentence: Int?
    /// The question as the user typed it: "and what about Shell?" contrasts with a firm the
    /// user named, not one a rewrite filled in.
    public var typed: String?
    /// The role the answer's sentence gives the person answered ("BA's chief executive"):
    /// "the chief executive" later means that person.
    public var role: String?
    /// Who said it, when the answer was a quote.
    public var speaker: String?
    /// Whether the question was an ellipsis ("For how much?") spelled out against an
    /// earlier one: the next ellipsis goes back to that earlier question, so "When?" after
    /// "For how much?" asks when the deal was done, not when "how much" was.
    public var isEllipsis: Bool
    /// The people the story's article names (see `FollowUpResolver.storyPeople`): who
    /// "Ms Okafor" is in full, and who a title-only lead ("a senior Tory MP") stands for.
    public var storyPeople: [StoryPerson]

    public init(
      question: String, analysis: QuestionAnalysis, answer: String?,
      answerDate: CalendarDate? = nil, given: [String] = [], evidence: String? = nil,
      role: String? = nil, speaker: String? = nil, isEllipsis: Bool = false,
      evidenceArticle: Int? = nil, evidenceSentence: Int? = nil, typed: String? = nil,
      storyPeople: [StoryPerson] = []
    ) {
      self.question = question
      self.analysis = analysis
      self.answer = answer
      self.answerDate = answerDate
      self.given = given
      self.evidence = evidence.map { Self.bounded($0) }
      self.role = role.map { Self.bounded($0) }
      self.speaker = speaker.map { Self.bounded($0) }
      self.isEllipsis = isEllipsis
      self.evidenceArticle = evidenceArticle
      self.evidenceSentence = evidenceSentence
      self.typed = typed.map { Self.bounded($0) }
      self.storyPeople = Array(storyPeople.prefix(StoryPerson.capacity)).map { person in
        var person = person
        person.name = Self.bounded(person.name)
        person.role = person.role.map { Self.bounded($0) }
        return person
      }
    }

    /// A sentence of news copy is well under this; a longer one (a table, text without
    /// stops) keeps its opening, which is where a sentence names its subject.
    static let maximumRememberedCharacters = 600

    static func bounded(_ text: String) -> String {
      text.count > maximumRememberedCharacters
        ? String(text.prefix(maximumRememberedCharacters)) : text
    }
  }

  /// Follow-ups reach back a few turns at most ("he" three questions later); older turns
  /// are dropped.
  public static let capacity = 8
  /// "What else?" asked again and again lists at most this many earlier answers.
  static let givenCapacity = 20

  public private(set) var turns: [Turn] = []

  public init() {}

  public var last: Turn? { turns.last }

  public var isEmpty: Bool { turns.isEmpty }

  /// The question an ellipsis builds on: the last turn, or, when that was itself an
  /// ellipsis, the question it was spelled out against.
  public var ellipsisBase: Turn? {
    turns.last { !$0.isEllipsis } ?? turns.last
  }

  public mutating func remember(_ turn: Turn) {
    var turn = turn
    if turn.given.count > Self.givenCapacity {
      turn.given.removeFirst(turn.given.count - Self.givenCapacity)
    }
    turns.append(turn)
    if turns.count > Self.capacity { turns.removeFirst(turns.count - Self.capacity) }
  }

  /// Records another answer to the last question ("what else?" found one more).
  public mutating func addGiven(_ answer: String) {
    guard !turns.isEmpty else { return }
    turns[turns.count - 1].given.append(Turn.bounded(answer))
    if turns[turns.count - 1].given.count > Self.givenCapacity {
      turns[turns.count - 1].given.removeFirst()
    }
  }

  public mutating func forget() {
    turns.removeAll()
  }
}
