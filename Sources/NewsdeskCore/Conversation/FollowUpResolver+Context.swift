/// What referring words would mean now: the `:context` command's table.
extension FollowUpResolver {
  /// One referring word and what it would be read as, nil when nothing fits.
  public struct ContextEntry: Sendable, Equatable {
    public var word: String
    public var referent: String?
  }

  /// The words `:context` explains, in the order it lists them.
  static let contextWords = ["he", "she", "it", "they", "there", "then"]

  /// What "he", "she", "it", "they", "there" and "then" would refer to if typed now.
  public func context(_ memory: ConversationMemory) -> [ContextEntry] {
    Self.contextWords.map { word in
      let kinds = Self.pronouns[word]?.kinds ?? []
      let gender: Gender? = word == "he" ? .male : word == "she" ? .female : nil
      return ContextEntry(word: word, referent: referent(kinds, memory: memory, gender: gender))
    }
  }
}
