/// Statements read off the dependency parse (`AnnotatedSentence.speechActs`), in the word
/// positions the answer rules use.
extension ReportedSpeech {
  /// The parse's statements of a sentence, or nil when no parser is loaded.
  func parsedStatements(in words: SentenceWords) -> [Statement]? {
    guard let annotator, !words.words.isEmpty else { return nil }
    let sentence = annotator.annotate(words.sentence)
    return sentence.speechActs().compactMap { act in
      guard let content = wordRange(act.content, in: sentence, words),
        let verb = wordRange(act.verb...act.verb, in: sentence, words, overlapping: true)
      else { return nil }
      let phrase = act.speaker.flatMap { wordRange($0, in: sentence, words) }
      // "Interior Minister John Reimberg" when the tagger takes the title for a name.
      let name = act.name.flatMap { wordRange($0, in: sentence, words) }.map {
        names.stripTitles($0, words)
      }
      let speaker =
        name
        ?? act.speakerHead.flatMap { head in
          // A pronoun or a common noun speaks as its phrase ("the official", "analysts at
          // Fjord Securities"), without an apposition set off by a comma after it.
          let phraseEnd = max(act.speaker?.upperBound ?? head, head)
          let end =
            (head...phraseEnd).contains { sentence.tokens[$0].text == "," } ? head : phraseEnd
          return wordRange(
            (act.speaker?.lowerBound ?? head)...end, in: sentence, words)
        }
      return Statement(
        speaker: speaker, content: content, verb: verb.lowerBound, isQuote: act.isQuote,
        speakerPhrase: phrase, runsOn: act.runsOn, lacksSubject: act.lacksSubject)
    }
  }

  /// The words that lie within tokens `tokens` (or, with `overlapping`, touch them).
  func wordRange(
    _ tokens: ClosedRange<Int>, in sentence: AnnotatedSentence, _ words: SentenceWords,
    overlapping: Bool = false
  ) -> ClosedRange<Int>? {
    let lower = sentence.tokens[tokens.lowerBound].utf8Range.lowerBound
    let upper = sentence.tokens[tokens.upperBound].utf8Range.upperBound
    let inside = words.words.indices.filter { index in
      let range = words.words[index].utf8Range
      return overlapping
        ? range.overlaps(lower..<upper)
        : range.lowerBound >= lower && range.upperBound <= upper
    }
    guard let first = inside.first, let last = inside.last else { return nil }
    return first...last
  }

  /// The role the sentence gives a speaker whose name is at `range`: the words of the
  /// speaker phrase before the name ("economy minister") or in the apposition after it
  /// ("chief economist at Danube Bank").
  func role(ofSpeaker range: Range<Int>, in sentence: String) -> String? {
    let words = SentenceWords(sentence)
    for statement in statements(in: words) {
      guard let name = statement.speaker, let phrase = statement.speakerPhrase,
        words.utf8Range(from: name.lowerBound, through: name.upperBound).overlaps(range)
      else { continue }
      if phrase.lowerBound < name.lowerBound {
        var role = words.text(from: phrase.lowerBound, through: name.lowerBound - 1)
        // "Analyst Nadia Quist said": a role noun capitalised only because it opens the
        // sentence is written in lower case.
        if phrase.lowerBound == 0, phrase.lowerBound == name.lowerBound - 1,
          names.lexicon.isOpeningRole(
            words.words[0].lower, next: words.words[name.lowerBound].lower)
        {
          role = words.words[0].lower
        }
        // "… Nadia Quist of Brennock Securities said": whom the speaker works for.
        if phrase.upperBound > name.upperBound, name.upperBound + 1 < words.words.count,
          ReportedSpeech.affiliationWords.contains(words.words[name.upperBound + 1].lower)
        {
          role += " " + words.text(from: name.upperBound + 1, through: phrase.upperBound)
        }
        return role
      }
      if phrase.upperBound > name.upperBound {
        var first = name.upperBound + 1
        while first < phrase.upperBound, Lexicon.determiners.contains(words.words[first].lower) {
          first += 1
        }
        return words.text(from: first, through: phrase.upperBound)
      }
    }
    return nil
  }

  /// Prepositions after a speaker's name that say whom they work for: "of Brennock
  /// Securities", "at Fjord Bank".
  static let affiliationWords: Set<String> = ["of", "at", "for", "from", "with"]

  /// Whether a sentence only carries on a quote: it opens with a quotation mark and reports
  /// no speech of its own ("Tough times," Parsons said. "We will cut costs.").
  func isBareContinuation(_ words: SentenceWords) -> Bool {
    let marks = Self.quotationMarks(in: words.bytes)
    guard let first = marks.first, let word = words.words.first,
      first < word.utf8Range.lowerBound
    else { return false }
    return statements(in: words).isEmpty
  }
}
