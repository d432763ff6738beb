/// "What did the chairman say?" + "and the chief executive?": a role swapped for the role the
/// last question asked about. Read as a topic ("what did the chairman say about the chief
/// executive?"), the question found the chief executive's words and declined them as someone
/// else's.
extension FollowUpResolver {
  /// The last question with its role description ("the chairman", "Harbeck's chairman")
  /// replaced by the one typed, or by the person the conversation gave that role ("the
  /// captain" → "Callum Reece"); nil when the follow-up names no role or the question holds
  /// none other.
  func roleSwap(_ entity: String, into question: String, memory: ConversationMemory) -> String? {
    let typed = SentenceWords(entity).words
    let roleWords = typed.first?.lower == "the" ? Array(typed.dropFirst()) : typed
    guard (1...3).contains(roleWords.count),
      roleWords.allSatisfy({ !$0.isCapitalized && isRoleNoun($0.lower) })
    else { return nil }
    let role = roleWords.map(\.lower).joined(separator: " ")
    let words = SentenceWords(question)
    let list = words.words
    guard
      let first = list.indices.dropFirst().first(where: {
        !list[$0].isCapitalized && Lexicon.personRoles.contains(list[$0].lower)
      })
    else { return personSwap(role, into: words, question: question, memory: memory) }
    var end = first
    while end + 1 < list.count, !list[end + 1].isCapitalized, isRoleNoun(list[end + 1].lower),
      !Lexicon.isFunctionWord(list[end + 1].lower)
    {
      end += 1
    }
    let asked = words.text(from: first, through: end).lowercased()
    guard asked != role, !Self.sharesRole(asked, role) else { return nil }
    // "the chairman", or "Harbeck's chairman" (the owner, a capitalised run before "'s"):
    // the new role may be another firm's, so the owner goes with the old one.
    var start = first
    if start > 0, list[start - 1].lower == "the" {
      start -= 1
    } else if start > 1, words.isPossessiveClitic(start - 1), list[start - 2].isCapitalized {
      start -= 2
      while start > 1, list[start - 1].isCapitalized { start -= 1 }
    }
    let replacement = person(withRole: role, memory: memory) ?? "the " + role
    return replacing(words.utf8Range(from: start, through: end), in: question, with: replacement)
  }

  /// "What did he say?" read as "what did Omar Haddad say?", then "and what about the
  /// chairman?": the question names the person, not the role, and the person asked about
  /// is who the role replaces (by the person the conversation gave it, or the role itself).
  func personSwap(
    _ role: String, into words: SentenceWords, question: String, memory: ConversationMemory
  ) -> String? {
    guard
      let span = extractor.recognized(words).names.first(where: {
        $0.lowerBound > 0 && Self.kind(ofNameAt: $0, in: words) == .person
      })
    else { return nil }
    let named = words.text(from: span.lowerBound, through: span.upperBound)
    let replacement = person(withRole: role, memory: memory) ?? "the " + role
    guard replacement != named else { return nil }
    return replacing(
      words.utf8Range(from: span.lowerBound, through: span.upperBound), in: question,
      with: replacement)
  }
}
