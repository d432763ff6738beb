/// Runs of capitalised words in a sentence that read as names, with the cues around them.
struct NameRuns {
  /// The parts of speech and noun classes that tell a describing word from a name.
  let lexicon: Lexicon

  struct Run {
    var name: String
    /// A title before it ("President", "Mr") or a reporting verb after it ("said").
    var personCue: Bool
    /// "in", "to", "from" just before it.
    var afterPlacePreposition: Bool
    /// A reporting verb after it with no title before: a lone word that speaks ("Nissan
    /// said") is a body when no person of the article has that name.
    var speaks: Bool
  }

  /// Marks inside a name: "O'Leary", "Rolls-Royce".
  static let joiningMarks: Set<Character> = ["'", "’", "-"]

  /// A capitalised word that is an adjective, adverb or conjunction first ("former",
  /// "although"), or a common noun for a person before a full name ("singer").
  func describes(_ word: String, before remaining: Int) -> Bool {
    if Lexicon.isFunctionWord(word) { return true }
    // "British Airways", "Chinese Academy": a nationality belongs to the name.
    if PlaceGazetteer.demonyms[word] != nil { return false }
    let parts = lexicon.partsOfSpeech(word)
    guard let first = parts.first else { return false }
    if first == .adjective || first == .adverb { return true }
    return first == .noun && remaining >= 2 && lexicon.wordNet?.nounClass(word) == "person"
  }

  func find(in words: SentenceWords) -> [Run] {
    var runs: [Run] = []
    let list = words.words
    var start: Int?
    func close(_ end: Int) {
      guard var first = start else { return }
      start = nil
      var last = end - 1
      var titled = false
      while first <= last,
        StopWords.contains(list[first].lower)
          || ShortAnswerExtractor.titles.contains(list[first].lower)
      {
        titled = titled || ShortAnswerExtractor.titles.contains(list[first].lower)
        first += 1
      }
      while last >= first, StopWords.contains(list[last].lower) { last -= 1 }
      // "Although Mr Jacobsen", "Former Southampton", "Singer Bruce Springsteen": a word
      // that opens the run only because it opens the sentence, or describes the name.
      while first < last, describes(list[first].lower, before: last - first) {
        titled = titled || lexicon.wordNet?.nounClass(list[first].lower) == "person"
        first += 1
        while first <= last, ShortAnswerExtractor.titles.contains(list[first].lower) {
          titled = true
          first += 1
        }
      }
      guard first <= last else { return }
      guard first <= last else { return }
      let span = list[first...last]
      // A lone capitalised word opening a sentence is most often just the sentence's
      // first word ("Officials", "Shares").
      if span.count == 1, first == 0 { return }
      if span.contains(where: {
        Lexicon.months.contains($0.lower)
          || Lexicon.weekdays.contains($0.lower) || $0.isNumber
      }) {
        return
      }
      // As written, so "O'Leary" and "Rolls-Royce" keep their marks.
      let name = words.text(from: first, through: last)
      guard name.count > 1, name.count <= 60 else { return }
      let before = first > 0 ? list[first - 1].lower : ""
      let after = last + 1 < list.count ? list[last + 1].lower : ""
      titled = titled || (first > 0 && ShortAnswerExtractor.titles.contains(before))
      runs.append(
        Run(
          name: name,
          // "Google said" is no person: a lone word needs a title ("Mr Ghosn").
          personCue: titled || (span.count > 1 && Lexicon.reportingVerbs.contains(after)),
          afterPlacePreposition: Lexicon.placeOrDirectionPrepositions.contains(before),
          speaks: !titled && Lexicon.reportingVerbs.contains(after)))
    }
    for (position, word) in list.enumerated() {
      let connects =
        start != nil && ShortAnswerExtractor.nameConnectors.contains(word.lower)
        && position + 1 < list.count && list[position + 1].isCapitalized
      if (word.isCapitalized && !word.isNumber) || connects {
        if start != nil, let mark = words.punctuation(before: position),
          !Self.joiningMarks.contains(mark)
        {
          close(position)
        }
        if start == nil { start = position }
      } else {
        close(position)
      }
    }
    close(list.count)
    return runs
  }
}
