/// Questions that ask for several things: a plural kind ("which countries", "what films",
/// "which two teenage girls"), a plural copula before a plural noun ("who were the previous
/// winners?", "what are the benefits?"), "name the …" / "list …", or "who else …".
extension QuestionAnalyzer {
  func asksForList(_ words: [String], form: QuestionForm, head: String?) -> Bool {
    guard words.count >= 3 else { return false }
    switch form {
    case .which, .what:
      if let head, isPlural(head) { return true }
      return pluralKind(words) || pluralCopulaBeforePlural(words)
    case .where:
      // "where are the six tracks …" asks for several places; "where were Persians more
      // successful" for one.
      guard let wh = words.firstIndex(of: "where"), wh + 2 < words.count,
        Lexicon.determiners.contains(words[wh + 2]) || words[(wh + 2)...].contains("s")
      else { return false }
      return pluralCopulaBeforePlural(words)
    case .who:
      if words.count >= 4, words.contains("else") { return true }
      return pluralCopulaBeforePlural(words)
    case .name:
      if words.first == "list" { return true }
      return head.map(isPlural) ?? false
    default:
      return false
    }
  }

  /// "which US presidents", "what two films": a plural noun in the few words after the
  /// wh-word, before its verb.
  private func pluralKind(_ words: [String]) -> Bool {
    guard let wh = words.firstIndex(where: { ["which", "what"].contains($0) }) else {
      return false
    }
    for word in words.dropFirst(wh + 1).prefix(4) {
      if Lexicon.finiteAuxiliaries.contains(word) || looksLikeVerb(word) { return false }
      if isPlural(word) { return true }
    }
    return false
  }

  /// "who were the previous winners", "what are Ecuador's main exports": "are"/"were" right
  /// after the wh-word, and a plural noun after it.
  private func pluralCopulaBeforePlural(_ words: [String]) -> Bool {
    guard let wh = words.firstIndex(where: { Self.questionWords.contains($0) }),
      wh + 2 < words.count, ["are", "were"].contains(words[wh + 1])
    else { return false }
    return words[(wh + 2)...].contains { isPlural($0) }
  }

  /// A plural noun: one whose singular is another word ("countries" → country, "men" → man),
  /// and that is no verb in "-s" ("what causes …") nor a word that only looks plural.
  func isPlural(_ word: String) -> Bool {
    guard word.count > 2, !Lexicon.isFunctionWord(word) else { return false }
    if let wordNet = lexicon.wordNet {
      // "news", "series": nouns that are only their own singular are not lists; "judges" is
      // also a book of the Bible, and still the plural of "judge".
      return wordNet.lemmas(word, pos: .noun).contains { $0 != word }
    }
    return word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
  }
}
