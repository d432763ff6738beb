import Synchronization

/// What the recognisers find in one sentence, by position in its surface words
/// (`SentenceWords`): the runs of capitalised words that make names, dates, times and
/// figures. Each kind is read on first use and kept; the value lives with the sentence's
/// annotation (`AnnotatedSentence.recognized`), so that the entity list, the answer rules and
/// the follow-ups share one reading of a sentence rather than each running the recognisers
/// again. A class so that copies of the annotation share what has been read; `Mutex` makes
/// the sharing safe.
final class SentenceRecognition: Sendable {
  let words: SentenceWords
  let reader: EntityReader

  init(_ words: SentenceWords, reader: EntityReader) {
    self.words = words
    self.reader = reader
  }

  private enum Kind: Int, CaseIterable {
    case names, money, percents, singleDates, dates, times, numbers, unitNumbers, measures
    case yearRanges
  }

  private let found = Mutex<[[ClosedRange<Int>]?]>(
    Array(repeating: nil, count: Kind.allCases.count))

  private func spans(_ kind: Kind, _ read: () -> [ClosedRange<Int>]) -> [ClosedRange<Int>] {
    if let known = found.withLock({ $0[kind.rawValue] }) { return known }
    let made = read()
    found.withLock { $0[kind.rawValue] = made }
    return made
  }

  private var figures: EntityRecognizer { reader.figures }

  /// The runs of capitalised words that make names, titles still on, of any kind
  /// (`NameRecognizer.nameSpans`): a rule weighs what kind each is.
  var names: [ClosedRange<Int>] { spans(.names) { reader.names.recognizer.nameSpans(words) } }
  var money: [ClosedRange<Int>] { spans(.money) { figures.moneySpans(words) } }
  var percents: [ClosedRange<Int>] { spans(.percents) { figures.percentSpans(words) } }
  /// Each date phrase by itself ("24 November", "last Monday").
  var singleDates: [ClosedRange<Int>] {
    spans(.singleDates) { figures.singleDateSpans(words) }
  }
  /// The date phrases with the part of a period ("the late 1990s") and two dates joined
  /// ("between 12 January and 10 February") besides each single one.
  var dates: [ClosedRange<Int>] {
    spans(.dates) {
      let single = singleDates
      return single + figures.periodPartSpans(single, words)
        + figures.joinedDateSpans(single, words)
    }
  }
  var times: [ClosedRange<Int>] { spans(.times) { figures.timeSpans(words) } }
  /// Runs of numerals alone ("33,300", "three").
  var numbers: [ClosedRange<Int>] {
    spans(.numbers) { figures.numberSpans(words, unitWords: []) }
  }
  /// Runs of numerals with any unit word after them (`Lexicon.unitWords`).
  var unitNumbers: [ClosedRange<Int>] {
    spans(.unitNumbers) { figures.numberSpans(words, unitWords: Lexicon.unitWords) }
  }
  /// Runs of numerals with the units of a quantity (`EntityReader.quantityUnits`).
  var measures: [ClosedRange<Int>] {
    spans(.measures) { figures.numberSpans(words, unitWords: EntityReader.quantityUnits) }
  }
  /// Spans of years ("1961 to 1972").
  var yearRanges: [ClosedRange<Int>] { spans(.yearRanges) { figures.yearRanges(words) } }
}

extension Lexicon {
  /// The recognition of the sentence of `words`: the one kept with its annotation when the
  /// parser has annotated it, else read afresh from `words` (nothing is parsed only to find
  /// names).
  func recognition(of words: SentenceWords) -> SentenceRecognition {
    annotator?.annotation(ifMade: words.sentence)?.recognized
      ?? SentenceRecognition(words, reader: EntityReader(lexicon: self))
  }
}
