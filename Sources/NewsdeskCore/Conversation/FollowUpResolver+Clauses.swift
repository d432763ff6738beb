/// The clause of a question an ellipsis asks about again.
extension FollowUpResolver {
  /// The question without a clause coordinated after its first: "whose shot crossed the line
  /// but was not given?" + "from how far?" asks how far the shot was taken from, not how far
  /// it was not given from. The second clause's words (and its "not") would pull the search
  /// away from the sentence that answers.
  static func mainClause(of question: String) -> String {
    let words = SentenceWords(question)
    let list = words.words
    // The wh-phrase, a verb and something of the clause come before any coordination.
    guard list.count > 4 else { return question }
    for index in list.indices.dropFirst(3).dropLast() {
      let word = list[index].lower
      let next = list[index + 1].lower
      let coordinatesClause =
        word == "but"
        || (["and", "or"].contains(word)
          && (Lexicon.finiteAuxiliaries.contains(next) || ["then", "later", "also"].contains(next)))
      if coordinatesClause {
        return words.text(from: 0, through: index - 1) + "?"
      }
    }
    return question
  }

  /// "With what did …?", "For how much …?", "From how far …?": a question that asks for the
  /// phrase of a preposition it fronts.
  public static func asksPrepositionSlot(_ question: String) -> Bool {
    let words = WordTokenizer.words(in: question)
    return words.count > 2 && whPrepositions.contains(words[0])
      && Lexicon.whWords.contains(words[1])
  }
}
