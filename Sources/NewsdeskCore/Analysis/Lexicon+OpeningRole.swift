/// "Striker Jonah Tedesco, the club's top scorer, …", "Campaigner Dev Malhotra …": news copy
/// opens a sentence with the person's role before the full name, capitalised only because it
/// comes first.
extension Lexicon {
  /// Whether `word` (lower case), opening a sentence before the capitalised `next`, is such a
  /// role: a common noun for a person first of all. Words of address ("Lord Chris Smith")
  /// and titles (read where titles are) are not, and a place after it is no given name.
  func isOpeningRole(_ word: String, next: String) -> Bool {
    guard !Lexicon.honorifics.contains(word), !Lexicon.titles.contains(word),
      !PlaceGazetteer.isPlace(next), partsOfSpeech(word).first == .noun
    else { return false }
    return wordNet?.nounClass(word) == "person"
  }
}
