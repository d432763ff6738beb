/// A name of the question the articles never write, where they write one like it with a word
/// swapped: "Clawshot Princess" over articles on "Twilight Princess", "Ten Eyes" over "Nine
/// Eyes", "Royale Casino" over "Casino Royale". Each word is in the articles, so no check of
/// single words finds it; SQuAD 2.0 writes unanswerable questions so, and a reporter who
/// misremembers a name meets the same.
extension QuestionContrast {
  /// The first name of two or more words in `question` (capitalised words after the first,
  /// "of" and "the" between them) that no text of `texts` holds as written, while one holds
  /// a name of as many words with the same words in another order, or with one word other
  /// than the question's, not a spelling of it (three letters or more apart) nor a title
  /// ("Mr", "Dr").
  static func otherName(question questionText: SentenceWords, texts: [SentenceWords])
    -> Opposite?
  {
    let question = questionText.words
    let textWords = texts.map { $0.words.map { plain($0.lower) } }
    // An acronym may stand for words the text writes out: "EU Vet Fund" for "European Union
    // Vet Fund".
    let acronyms = Set(
      question.filter { $0.surface.count >= 2 && $0.surface.allSatisfy(\.isUppercase) }.map {
        plain($0.lower)
      })
    let askedNames = names(in: questionText, skippingFirst: true).flatMap {
      withParts($0, in: questionText)
    }
    for name in askedNames {
      let asked = name.map { plain(question[$0].lower) }.filter { !connectors.contains($0) }
      // Written, maybe with words between ("MTV Music Awards" in "MTV Video Music Awards")
      // or spelt otherwise ("Khubilai Khan" for "Kublai Khan").
      guard !textWords.contains(where: { writes($0, asked) }) else { continue }
      for (text, folded) in zip(texts, textWords) {
        for run in names(in: text, skippingFirst: false) {
          let words = run.filter { !connectors.contains(folded[$0]) }
          guard words.count >= asked.count else { continue }
          for start in 0...(words.count - asked.count) {
            let span = Array(words[start..<(start + asked.count)])
            let written = span.map { folded[$0] }
            guard isSwap(asked, written),
              asked.allSatisfy({ written.contains($0) || !acronyms.contains($0) })
            else { continue }
            // A word swapped in that the text has beside the name is no swap: "Haiti
            // Earthquake" over "Hope for Haiti Now: … Earthquake Relief".
            let near = Set(folded[max(0, span[0] - 6)..<min(folded.count, span.last! + 7)])
            guard
              asked.sorted() == written.sorted()
                || !asked.contains(where: {
                  !written.contains($0) && near.contains($0)
                })
            else { continue }
            // A person the articles call by the shared last word alone may be the one asked:
            // "Harper Lee" over "Lee has said …" and her father "Amasa Coleman Lee".
            if asked.last == written.last, asked.first != written.first,
              let last = asked.last, texts.contains(where: { namesAlone($0, last) })
            {
              continue
            }
            return Opposite(
              asked: name.map { question[$0].surface }.joined(separator: " "),
              stated: text.text(from: span[0], through: span.last!))
          }
        }
      }
    }
    return nil
  }

  /// A word as names are compared: accents folded, a plural "s" dropped ("Games Radar").
  static func plain(_ word: String) -> String {
    var folded = AccentFolding.fold(word)
    if folded.count > 3, folded.hasSuffix("s"), !folded.hasSuffix("ss") { folded.removeLast() }
    return folded
  }

  /// A run of names joined by "of" ("Alyssa Rosenberg of The Washington Observer"), then each
  /// part of two words or more on its own: articles write a person and their paper apart
  /// ("Alyssa Rosenberg, writing for The Washington Post").
  static func withParts(_ run: [Int], in text: SentenceWords) -> [[Int]] {
    let words = text.words
    var parts: [[Int]] = []
    var part: [Int] = []
    for position in run {
      if words[position].lower == "of" {
        parts.append(part)
        part = []
      } else if !(part.isEmpty && connectors.contains(words[position].lower)) {
        part.append(position)
      }
    }
    parts.append(part)
    let named = parts.filter { $0.count >= 2 }
    return parts.count > 1 ? [run] + named : [run]
  }

  /// Whether `text` writes `word` as a name on its own: capitalised inside the sentence with no
  /// capitalised word beside it.
  static func namesAlone(_ text: SentenceWords, _ word: String) -> Bool {
    let words = text.words
    return words.indices.contains { position in
      position > 0 && words[position].isCapitalized && plain(words[position].lower) == word
        && !words[position - 1].isCapitalized
        && !(position + 1 < words.count && words[position + 1].isCapitalized)
    }
  }

  /// Whether `words` hold the name's words in order, at most two other words between them,
  /// each word as written or spelt a little otherwise (two letters apart at most).
  static func writes(_ words: [String], _ name: [String]) -> Bool {
    func same(_ one: String, _ other: String) -> Bool {
      one == other || one.count > 3 && other.count > 3 && editDistance(one, other) <= 2
        || isShortening(one, other)
    }
    for start in words.indices where same(words[start], name[0]) {
      var position = start
      var found = 1
      var skipped = 0
      while found < name.count, position + 1 < words.count, skipped <= 2 {
        position += 1
        if same(words[position], name[found]) { found += 1 } else { skipped += 1 }
      }
      if found == name.count { return true }
    }
    return false
  }

  /// Whether `written` is `asked` with its words reordered or one word swapped for another.
  static func isSwap(_ asked: [String], _ written: [String]) -> Bool {
    guard asked.count == written.count, asked != written else { return false }
    if asked.sorted() == written.sorted() { return true }
    let differing = zip(asked, written).filter { $0 != $1 }
    guard differing.count == 1, let (mine, theirs) = differing.first else { return false }
    // The words both share must name something: "President Kennedy" is not "President
    // Johnson" swapped.
    let shared = asked.filter { written.contains($0) }
    return mine.allSatisfy(\.isLetter) && theirs.allSatisfy(\.isLetter)
      && !titles.contains(mine) && !titles.contains(theirs)
      && !connectors.contains(mine) && !connectors.contains(theirs)
      && !isShortening(mine, theirs) && editDistance(mine, theirs) > 2
      && shared.contains { !titles.contains($0) }
  }

  /// One word a shortening or derivation of the other: "vet" and "veterinary", "associated"
  /// and "association".
  static func isShortening(_ one: String, _ other: String) -> Bool {
    let common = zip(one, other).prefix { $0 == $1 }.count
    return common >= 3 && (common == min(one.count, other.count) || common >= 5)
  }

  /// The positions of each run of capitalised words, joined by "of" and "the", of two or more
  /// capitalised words; the first word of a question is capitalised as any first word is.
  static func names(in text: SentenceWords, skippingFirst: Bool) -> [[Int]] {
    let words = text.words
    var runs: [[Int]] = []
    var run: [Int] = []
    func close() {
      while let last = run.last, connectors.contains(words[last].lower) { run.removeLast() }
      if run.filter({ !connectors.contains(words[$0].lower) }).count >= 2 { runs.append(run) }
      run = []
    }
    // The first word of a question is a name's when the next is capitalised too and it is no
    // function word ("Lawrence Orr writes for …"; not "Which Washington paper …").
    let firstNamed =
      words.count > 1 && words[1].isCapitalized && !StopWords.contains(words[0].lower)
      && text.punctuation(before: 1) == nil
    for position in words.indices {
      let word = words[position]
      let capital =
        word.isCapitalized && !(skippingFirst && position == 0 && !firstNamed)
        && word.lower != "s"
      if capital, run.isEmpty || text.punctuation(before: position) == nil {
        run.append(position)
      } else if !run.isEmpty, connectors.contains(word.lower) {
        run.append(position)
      } else {
        close()
        if capital { run.append(position) }
      }
    }
    close()
    return runs
  }

  static func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    var previous = Array(0...b.count)
    for (i, letter) in a.enumerated() {
      var current = [i + 1]
      for (j, other) in b.enumerated() {
        current.append(
          min(previous[j + 1] + 1, current[j] + 1, previous[j] + (letter == other ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }

  static let connectors: Set<String> = ["of", "the"]
  /// Titles before a name: a title shared or swapped is no evidence of another name.
  static let titles = Lexicon.honorifics.union(Lexicon.titles)
}
