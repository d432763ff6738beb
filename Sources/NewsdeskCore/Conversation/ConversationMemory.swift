/// What a conversation remembers for follow-up questions: the last few questions as newsdesk
/// read them and what it answered. It holds a fixed number of turns, so a session of a
/// thousand questions uses no more memory than one of ten.
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

    public init(
      question: String, analysis: QuestionAnalysis, answer: String?,
      answerDate: CalendarDate? = nil, given: [String] = []
    ) {
      self.question = question
      self.analysis = analysis
      self.answer = answer
      self.answerDate = answerDate
      self.given = given
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
    turns[turns.count - 1].given.append(answer)
    if turns[turns.count - 1].given.count > Self.givenCapacity {
      turns[turns.count - 1].given.removeFirst()
    }
  }

  public mutating func forget() {
    turns.removeAll()
  }
}
