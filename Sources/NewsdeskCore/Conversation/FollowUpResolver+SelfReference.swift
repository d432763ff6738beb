/// "Who did he blame?" after "who is the local MP?" → Gareth Holloway: whoever he blamed,
/// met or replaced is someone other than he. Neither his name nor a description the
/// conversation gave him ("local MP", "MP") answers the question, though the sentence that
/// names him best matches it ("The local MP, Gareth Holloway, called …").
extension FollowUpResolver {
  /// `followUp` with the people its referring words became, and their descriptions, among
  /// the answers it cannot have, when it asks who someone acted on. "Who is he?" asks for
  /// his description, so a who-question with a copula keeps them.
  func excludingReferents(_ followUp: FollowUp, people: [String], memory: ConversationMemory)
    -> FollowUp
  {
    let words = SentenceWords(followUp.question).words.map(\.lower)
    guard !people.isEmpty, words.count > 2, ["who", "whom"].contains(words[0]),
      !Lexicon.copulas.contains(words[1])
    else { return followUp }
    var followUp = followUp
    for person in people {
      for description in descriptions(of: person, memory: memory)
      where !followUp.excluding.contains(description) {
        followUp.excluding.append(description)
      }
    }
    return followUp
  }

  /// A person's name and the roles the conversation and the story gave them, each with its
  /// shorter endings ("local MP", "MP"): a short answer may be any tail of the role phrase.
  func descriptions(of person: String, memory: ConversationMemory) -> [String] {
    var roles: [String] = []
    for turn in memory.turns.reversed() {
      roles += mentions(in: turn).filter { $0.text == person }.compactMap(\.role)
      roles += turn.storyPeople.filter { $0.name == person }.compactMap(\.role)
    }
    var result = [person]
    for role in roles {
      let words = role.split(separator: " ")
      for start in words.indices {
        let tail = words[start...].joined(separator: " ")
        if !result.contains(tail) { result.append(tail) }
      }
    }
    return result
  }
}
