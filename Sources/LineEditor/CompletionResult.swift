/// What a completer offers for the word before the cursor.
///
/// The completer decides how much of the typed text a candidate replaces, so it can
/// complete multi-word names ("Daniel No" → "Daniel Noboa") and match case-insensitively
/// ("nob" → "Noboa").
public struct CompletionResult: Sendable, Equatable {
  /// How many characters (Swift `Character`s) immediately before the cursor each candidate replaces.
  public var replacedCount: Int
  public var candidates: [String]

  public init(replacedCount: Int, candidates: [String]) {
    self.replacedCount = replacedCount
    self.candidates = candidates
  }
}
