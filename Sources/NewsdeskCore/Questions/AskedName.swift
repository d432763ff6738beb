/// The name a "who/what is NAME …?" question asks about, read once when the question is
/// analysed. The readers of such a question (the extractor's role candidates, the composer's
/// roles from the articles, the apposition rule, the follow-ups) read it here rather than
/// each reading the question's words again with a test of its own.
public struct AskedName: Sendable, Equatable {
  /// The name's words, lower-cased.
  public var words: [String]
  /// Whether the question asks only who or what the name is ("who is Jez Moxey?", "what is
  /// Mindark?"): the name and nothing else follows the verb. False for a question that goes
  /// on ("what was Noboa before he came to power?"), which still asks about the name.
  public var asksIdentity: Bool
  /// Whether it asks who one person is: "who is/was NAME?" with the name written
  /// capitalised. The extractor then answers only with a role a sentence gives the person;
  /// for "what are Poes?" or "who were otachi?" its phrase rules answer better (make quality:
  /// reading every identity question that way broke 2 on the yardstick and SQuAD 2.0).
  public var asksForPerson: Bool = false
}

extension QuestionAnalysis {
  /// The words of the name when the question asks only who or what it is ("who is Jez
  /// Moxey?"); nil for any other question.
  public var identityName: [String]? {
    askedName.flatMap { $0.asksIdentity ? $0.words : nil }
  }
}

extension AskedName {
  /// The name `question` asks about, given the answer type the analyser read it with; nil
  /// for a question that is not "who/what is/was/are/were NAME …".
  init?(question: String, answerType: AnswerType) {
    let list = SentenceWords(question).words
    guard list.count >= 3, ["who", "what"].contains(list[0].lower),
      Lexicon.copulas.contains(list[1].lower)
    else { return nil }
    let rest = list[2...]
    if Self.isWholeName(rest, asking: list[0].lower, answerType: answerType) {
      words = rest.map(\.lower)
      asksIdentity = true
      asksForPerson =
        list[0].lower == "who" && ["is", "was"].contains(list[1].lower)
        && rest.allSatisfy(\.isCapitalized)
    } else if list[2].isCapitalized {
      // "What was Noboa before he came to power?": the capitalised run after the verb.
      words = rest.prefix { $0.isCapitalized }.map(\.lower)
      asksIdentity = false
    } else {
      return nil
    }
  }

  /// Whether the words after the verb are a name and nothing else: at most five words, none
  /// a function word; after "who" the analyser must have read a description ("who is
  /// Noboa?", not "who is Ecuador's president?"), after "what" every word is capitalised
  /// ("what is Mindark?", not "what is happening?").
  private static func isWholeName(
    _ rest: ArraySlice<SentenceWords.Word>, asking: String, answerType: AnswerType
  ) -> Bool {
    guard rest.count <= 5, !rest.contains(where: { Lexicon.isFunctionWord($0.lower) }) else {
      return false
    }
    return asking == "who" ? answerType == .description : rest.allSatisfy(\.isCapitalized)
  }
}
