/// Whether one token lies under another in the tree, for readers and for the repairs that
/// re-hang tokens before the sentence is made.
extension AnnotatedSentence {
  /// Whether `token` is `head` or lies in its subtree.
  func descends(_ token: Int, from head: Int) -> Bool {
    Self.descends(token, from: head, in: tokens)
  }

  /// Whether `token` is `head` or lies in its subtree, in tokens not yet made a sentence (a
  /// repair reads them before): at most one step per token, so a loop ends.
  static func descends(_ token: Int, from head: Int, in tokens: [Token]) -> Bool {
    var current = token
    for _ in 0...tokens.count {
      if current == head { return true }
      guard let next = tokens[current].head else { return false }
      current = next
    }
    return false
  }
}
