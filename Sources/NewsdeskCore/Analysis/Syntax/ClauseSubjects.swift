/// The subjects the parser hung from one verb, which the parse repairs read when a verb has
/// been given more than one (a verb has one subject; several are a misreading to mend).
enum ClauseSubjects {
  static let relations: Set<String> = ["nsubj", "nsubj:pass"]

  /// The tokens attached to `verb` as its subject (active or passive), in sentence order.
  static func of(_ verb: Int, in tokens: [AnnotatedSentence.Token]) -> [Int] {
    tokens.indices.filter { tokens[$0].head == verb && relations.contains(tokens[$0].relation) }
  }
}
