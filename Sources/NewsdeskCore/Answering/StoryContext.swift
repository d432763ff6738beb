/// The story a conversation is on: the article and sentence the last answer came from.
///
/// A reporter's follow-up is usually about the same story ("Who bought a stake in Sina?",
/// then "For how much?"), and the story tells it over several sentences: the price sits
/// three sentences after the buyer, in a sentence that names neither. A sentence of the same
/// article may therefore borrow the words of the last answer's sentence, the way a sentence
/// that opens with "he" borrows the words of the one before it.
public struct StoryContext: Sendable, Equatable {
  /// The article's number in load order.
  public var articleNumber: Int
  /// The last answer's sentence.
  public var evidence: String

  public init(articleNumber: Int, evidence: String) {
    self.articleNumber = articleNumber
    self.evidence = evidence
  }
}
