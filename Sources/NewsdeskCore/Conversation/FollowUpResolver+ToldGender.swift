/// Which of "he" and "she" a person may be, from what the user and the turn say of them when
/// the story does not: a man the user called "he" is no one "she" may mean, nor is the
/// role that names him ("Dunlin's chief executive" after "who is Dunlin's chief executive?"
/// → Ross Amell).
extension FollowUpResolver {
  /// The people the user's own "he" or "she" became, by name, the latest turn last: the
  /// spelled-out question names them where the typed one had the pronoun.
  func gendersTheUserGave(_ memory: ConversationMemory) -> [String: Gender] {
    var told: [String: Gender] = [:]
    for turn in memory.turns {
      guard let typed = turn.typed,
        let gender = Self.pronounGender(of: SentenceWords(typed))
      else { continue }
      for mention in mentions(in: turn)
      where mention.referent == .person && turn.question.contains(mention.text)
        && !typed.contains(mention.text)
      {
        told[mention.text] = gender
      }
    }
    return told
  }

  /// `mention` with the gender the user gave it, or for a role the gender of the person of
  /// the same turn who holds it: one whose role ends the same way, or the answer to "who is
  /// <role>?".
  func withToldGender(
    _ mention: Mention, among turnMentions: [Mention], told: [String: Gender],
    turn: ConversationMemory.Turn
  ) -> Mention {
    guard mention.referent == .person, mention.gender == nil else { return mention }
    var mention = mention
    let role = mention.text.lowercased()
    let asksWhoHoldsIt = Self.identityOpenings.contains { turn.question.lowercased().hasPrefix($0) }
    if let gender = told[mention.text] {
      mention.gender = gender
    } else if let holder = turnMentions.first(where: { other in
      guard other.referent == .person, other.text != mention.text else { return false }
      if let held = other.role?.lowercased(), held.hasSuffix(role) || role.hasSuffix(held) {
        return true
      }
      return asksWhoHoldsIt && other.text == turn.answer
    }) {
      mention.gender = holder.gender ?? told[holder.text]
    }
    return mention
  }

  static let identityOpenings = ["who is ", "who was ", "who's "]

  /// A place word ("there") takes a place, never a firm a preposition of place happened to
  /// stand before ("who works at Brennock Securities?").
  static func canBePlace(_ mention: Mention, among turnMentions: [Mention]) -> Bool {
    !OrganizationCues.looksLikeOrganization(mention.text)
      && !turnMentions.contains { $0.text == mention.text && $0.referent == .organization }
  }
}
