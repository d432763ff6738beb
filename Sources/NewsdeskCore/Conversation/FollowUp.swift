/// How a question reads once the conversation before it is taken into account.
public struct FollowUp: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// The question stands on its own.
    case standalone
    /// A follow-up spelled out against earlier turns ("When?" → "When will Rubio meet
    /// Daniel Noboa?").
    case rewritten
    /// "What else?": the last question again, for an answer not yet given.
    case more
    /// A follow-up with nothing before it to follow ("When?" as the first question), or
    /// one that fits nothing before it ("For how much?" after "who is Noboa?").
    case needsContext
  }

  /// How a follow-up was read, for `:why`.
  public enum Shape: String, Sendable, Equatable {
    case standalone = "a question of its own"
    case ellipsis = "an ellipsis: the last question asked again with a new question word"
    case reference = "words that refer back (he, it, they, the company …)"
    case swap = "the last question about something else of the same kind"
    case more = "the last question again, for answers not yet given"
    case attribution = "who said the last answer"
    case unclear = "a follow-up that fits nothing before it"
  }

  /// One word or phrase of the typed question and what it was read as ("he" → "Rod
  /// Eddington").
  public struct Reading: Sendable, Equatable {
    public var typed: String
    public var readAs: String

    public init(typed: String, readAs: String) {
      self.typed = typed
      self.readAs = readAs
    }
  }

  public var kind: Kind
  /// The question to answer: the typed one when it stands alone.
  public var question: String
  /// For `.needsContext`, what to tell the user.
  public var message: String?
  public var shape: Shape
  /// What each referring word or swapped name became.
  public var readings: [Reading]
  /// Answers the rewritten question cannot have: "And third?" after "Who came second?"
  /// is someone other than the one who came second.
  public var excluding: [String] = []
  /// For a swap, the name asked about instead ("Oxford" of "and what about Oxford?").
  public var topic: String?

  public init(
    kind: Kind, question: String, message: String? = nil, shape: Shape? = nil,
    readings: [Reading] = []
  ) {
    self.kind = kind
    self.question = question
    self.message = message
    self.shape = shape ?? Self.defaultShape(kind)
    self.readings = readings
  }

  static func defaultShape(_ kind: Kind) -> Shape {
    switch kind {
    case .standalone, .rewritten: return .standalone
    case .more: return .more
    case .needsContext: return .unclear
    }
  }

  /// The reply to "what else?" when every answer has been given.
  public static let nothingElse = "That is all the loaded articles say about it."

  /// The reply to a follow-up that has nothing to follow. The example names nobody: a name
  /// from no loaded article would send the reporter after a story that is not there.
  public static let askForContext =
    "What are you asking about? Ask a full question first, e.g. who did … meet?"
}
