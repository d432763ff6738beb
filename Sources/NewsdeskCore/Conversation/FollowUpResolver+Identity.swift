/// "Since when?" after "who is Martin Yeo?" → "spokesman": a question of who someone is has
/// no act to date. Spelled out ("Since when is spokesman Martin Yeo?") it searched the
/// person's words alone and dated whatever the sentence that names him dates ("calling for
/// change since October"), sure of it; so the user is asked what they mean instead.
extension FollowUpResolver {
  /// Whether a time ellipsis ("when?", "since when?", "how long?") follows a question of
  /// who a named person is: nothing in that question happened at a time. The answer may be
  /// capitalised like a name ("US Secretary of State"). "Who is Ecuador's president?" →
  /// "Daniel Noboa" names a role held, which "since when?" asks about, and is spelled out as
  /// before.
  func timeFitsNothing(_ wh: [String], base: ConversationMemory.Turn) -> Bool {
    guard wh.contains("when") || wh == ["how", "long"], base.answer != nil,
      let subject = identitySubject(base)
    else { return false }
    return Self.looksLikeName(subject)
  }

  /// The name a "who is NAME?" question asks about, as written; nil for any other shape.
  func identitySubject(_ turn: ConversationMemory.Turn) -> String? {
    guard [.who, .whom].contains(turn.analysis.form) else { return nil }
    let words = SentenceWords(Self.droppingLeadingFillers(turn.question))
    let list = words.words
    guard list.count >= 3, ["who", "whom"].contains(list[0].lower),
      Lexicon.beForms.contains(list[1].lower)
    else { return nil }
    return Self.stripped(words.text(from: 2, through: list.count - 1))
  }

  /// The ask-back for `timeFitsNothing`, with an example about the person asked about (a
  /// name of the loaded articles, since the last answer came from them).
  func unclearTime(_ typed: String, base: ConversationMemory.Turn) -> FollowUp {
    let subject = identitySubject(base) ?? "…"
    return FollowUp(
      kind: .needsContext, question: typed,
      message:
        "What does '\(Self.stripped(typed))' refer to? The last question (\(Self.stripped(base.question))?) asks who someone is, which happened at no time; ask about what they did, e.g. when did \(subject) …?"
    )
  }
}
