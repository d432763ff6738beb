/// Organisation names with "and" inside ("Toshiba Elevator and Building Systems", "Marks and
/// Spencer Group"): the name splits at "and" into two runs, and either alone is half of it.
extension ShortAnswerExtractor {
  /// Two names joined by "and" that read as one organisation's: the second ends with a word
  /// that marks an organisation ("Systems", "Group") and the first does not ("Omnicom Group
  /// and Interpublic Group" are two).
  func organisationNamesWithAnd(_ names: [ClosedRange<Int>], _ words: SentenceWords)
    -> [ClosedRange<Int>]
  {
    let list = words.words
    return zip(names, names.dropFirst()).compactMap { first, second in
      guard second.lowerBound == first.upperBound + 2,
        list[first.upperBound + 1].lower == "and",
        words.punctuation(before: first.upperBound + 1) == nil,
        words.punctuation(before: second.lowerBound) == nil,
        OrganizationCues.cueWords.contains(list[second.upperBound].lower),
        !OrganizationCues.cueWords.contains(list[first.upperBound].lower)
      else { return nil }
      return first.lowerBound...second.upperBound
    }
  }
}
