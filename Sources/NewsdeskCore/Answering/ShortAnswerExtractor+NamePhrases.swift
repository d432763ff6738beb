/// Names written with small words inside them: "the War of the Two Capitals", "the Bureau of
/// Buddhist and Tibetan Affairs", "the Religious Coalition for Reproductive Choice". The
/// surface name finder stops at "the", "for" and "and" (it must: "Bendigo and Geelong" are
/// two names), so it offers only a piece ("Two Capitals"); the parse tells a name that runs
/// on through them from two names side by side.
extension ShortAnswerExtractor {
  /// Small words a name may hold between its capitalised words.
  static let namePhraseConnectors: Set<String> = [
    "of", "the", "for", "and", "de", "des", "du", "la", "le", "von", "van", "al",
  ]

  /// The longest name read this way: a longer run is a list or a title, not one name.
  static let longestNamePhrase = 9

  /// Spans that read as one name across small words: capitalised words (or a closing number,
  /// "Act 1855") joined by `namePhraseConnectors`, no punctuation between, one subtree of
  /// the parse, and no "and" joining the name's own head to another name. Only the spans
  /// that hold such a small word: the rest the surface name finder already offers.
  func namePhraseSpans(_ parsed: ParsedWords?, words: SentenceWords) -> [ClosedRange<Int>] {
    guard let parsed else { return [] }
    let list = words.words
    var spans: [ClosedRange<Int>] = []
    var start = 0
    while start < list.count {
      guard list[start].isCapitalized, !StopWords.contains(list[start].lower) else {
        start += 1
        continue
      }
      var end = start
      var index = start + 1
      while index < list.count, index - start < Self.longestNamePhrase {
        if let mark = words.punctuation(before: index), !["'", "’", "-", "."].contains(mark) {
          break
        }
        let word = list[index]
        if word.isCapitalized || (word.isNumber && word.lower.count <= 4 && end == index - 1) {
          end = index
        } else if !Self.namePhraseConnectors.contains(word.lower) {
          break
        }
        index += 1
      }
      let span = start...end
      let holdsConnector = span.contains { Self.namePhraseConnectors.contains(list[$0].lower) }
      if holdsConnector, joinsAsOneName(span, words), isOneName(span, parsed: parsed) {
        spans.append(span)
        start = end + 1
      } else {
        // "Maribel the Feast of the Silver Lanterns" is no one name, but the run from a
        // later word may be.
        start += 1
      }
    }
    return spans
  }

  /// The small words read as inside a name, not between two: "for" before a name, not
  /// before "the" ("Nintendo for the GameCube" is a maker and its console); "and" only in
  /// the part after "of" ("Department of Health and Mental Hygiene"), as "Manhattan and
  /// Staten Island" are two.
  private func joinsAsOneName(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let list = words.words
    var afterOf = false
    for position in span {
      switch list[position].lower {
      case "of": afterOf = true
      case "for" where position < span.upperBound && list[position + 1].lower == "the":
        return false
      case "and" where !afterOf: return false
      default: break
      }
    }
    return true
  }

  /// One subtree, whose head coordinates with nothing inside it ("Bendigo and Geelong" are
  /// two names; "Buddhist and Tibetan" inside "Bureau of … Affairs" are one name's parts).
  private func isOneName(_ span: ClosedRange<Int>, parsed: ParsedWords) -> Bool {
    let tokens = parsed.tokens(of: span).filter {
      parsed.sentence.tokens[$0].coarseTag != "PUNCT"
    }
    let tops = parsed.tops(of: tokens)
    guard tops.count == 1, let top = tops.first else { return false }
    let all = parsed.sentence.tokens
    return !tokens.contains { all[$0].relation.isRelation("conj") && all[$0].head == top }
  }

  /// How well such a name fits the type asked: as a name of that kind for a who-, where- or
  /// which-organisation question, as a phrase for a what-question; nil for other types.
  func namePhraseFit(_ span: ClosedRange<Int>, type: AnswerType, words: SentenceWords)
    -> Double?
  {
    switch type {
    case .person, .organization, .place:
      return fits(span: span, type: type, words: words)
        ? 1 : AnswerWeights.nameOfOtherKindFit.value
    case .other, .description:
      return AnswerWeights.parsePhraseFit.value
    default:
      return nil
    }
  }
}
