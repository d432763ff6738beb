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
    /// A follow-up with nothing before it to follow ("When?" as the first question).
    case needsContext
  }

  public var kind: Kind
  /// The question to answer: the typed one when it stands alone.
  public var question: String
  /// For `.needsContext`, what to tell the user.
  public var message: String?

  public init(kind: Kind, question: String, message: String? = nil) {
    self.kind = kind
    self.question = question
    self.message = message
  }

  /// The reply to "what else?" when every answer has been given.
  public static let nothingElse = "That is all the loaded articles say about it."

  /// The reply to a follow-up that has nothing to follow.
  public static let askForContext =
    "What are you asking about? Ask a full question first, e.g. who did Rubio meet?"
}
