/// "Striker Jonah Tedesco, the club's top scorer, was arrested …": the capitalised run that
/// opens a sentence holds the person's role before the name, capitalised only because it comes
/// first. Answered as written ("Striker Jonah Tedesco"), the role word rode along into the
/// name the next question's "he" stood for.
extension AnswerComposer {
  /// The chosen answer without a role noun that opens the sentence before a full name
  /// ("Striker", "Campaigner", "Flanker": `Lexicon.isOpeningRole`), and that noun in lower
  /// case; nil when the answer is no such run of three words or more.
  func withoutOpeningRole(_ candidate: ShortAnswerExtractor.Candidate, in sentence: String)
    -> (candidate: ShortAnswerExtractor.Candidate, role: String)?
  {
    let words = SentenceWords(sentence)
    let list = words.words
    guard list.count >= 3, list[0].utf8Range.lowerBound == candidate.utf8Range.lowerBound,
      let last = list.lastIndex(where: { $0.utf8Range.upperBound == candidate.utf8Range.upperBound }
      ),
      last >= 2, words.punctuation(after: 0) == nil
    else { return nil }
    // The name is the capitalised run; "of Brennock Securities" after it says whom the
    // person works for, which the role gives ("Analyst Nadia Quist of Brennock Securities").
    var nameEnd = last
    if let connector = list[0...last].firstIndex(where: { !$0.isCapitalized }) {
      guard connector >= 3, ReportedSpeech.affiliationWords.contains(list[connector].lower),
        connector < last, list[connector...last].dropFirst().allSatisfy(\.isCapitalized)
      else { return nil }
      nameEnd = connector - 1
    }
    let role = list[0].lower
    guard lexicon.isOpeningRole(role, next: list[1].lower) else { return nil }
    var trimmed = candidate
    trimmed.text = words.text(from: 1, through: nameEnd)
    trimmed.utf8Range = list[1].utf8Range.lowerBound..<list[nameEnd].utf8Range.upperBound
    return (trimmed, role)
  }
}
