/// A named entity of a sentence: a name (person, organisation, place) or a figure or time
/// (date, time of day, number, percentage, sum of money, quantity), where it stands, and for
/// a date the day it names.
public struct SentenceEntity: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case person, organization, place, date, time, number, percent, money, quantity
  }

  public var kind: Kind
  /// Where it is in its sentence, as UTF-8 offsets.
  public var utf8Range: Range<Int>
  /// Its first and last word in the sentence's surface words (`SentenceWords`), the unit
  /// the answer rules count positions in.
  public var words: ClosedRange<Int>
  public var text: String
  /// For a date, the day it names: resolved against the article's date when one is given
  /// ("Thursday", "two days ago"), and without one only when written out in full ("4
  /// September 2025"). Nil for a month, a year or a period, which name no single day.
  public var date: CalendarDate?
}

/// Reads every entity of a sentence once, with the recognisers the answer rules use
/// (`NameRecognizer`, `EntityRecognizer`), so that a stage reading the annotated sentence
/// finds them there rather than looking again.
public struct EntityReader: Sendable {
  /// A class around the name reader: it holds a lexicon, which holds the annotator, which
  /// holds this reader, and a value cannot contain itself.
  final class Names: Sendable {
    let recognizer: NameRecognizer
    init(_ recognizer: NameRecognizer) { self.recognizer = recognizer }
  }

  let names: Names
  let figures = EntityRecognizer()

  /// A reader whose names are read with `lexicon` (WordNet tells an opening word from a
  /// name); a lexicon without WordNet reads the surface alone.
  public init(lexicon: Lexicon) {
    names = Names(NameRecognizer(lexicon: lexicon))
  }

  /// The reader without WordNet.
  public static let surface = EntityReader(lexicon: Lexicon(wordNet: nil, syntax: nil))

  /// The entities of `text`, in sentence order, none overlapping another. Where spans
  /// overlap, a sum of money wins over a percentage, a date, a time, a quantity and a bare
  /// number, in that order, and every figure over a name ("March" in "4 March").
  public func entities(in text: String) -> [SentenceEntity] {
    entities(of: SentenceRecognition(SentenceWords(text), reader: self))
  }

  /// The entities of the sentence `recognized` has read, from the spans it keeps.
  func entities(of recognized: SentenceRecognition) -> [SentenceEntity] {
    let words = recognized.words
    guard !words.words.isEmpty else { return [] }
    var taken: [(ClosedRange<Int>, SentenceEntity.Kind)] = []
    func take(_ spans: [ClosedRange<Int>], as kind: SentenceEntity.Kind) {
      // Longest first, so that "between 12 January and 10 February" is kept whole.
      for span in spans.sorted(by: { $0.count > $1.count })
      where !taken.contains(where: { $0.0.overlaps(span) }) {
        taken.append((span, kind))
      }
    }
    take(recognized.money, as: .money)
    take(recognized.percents, as: .percent)
    take(recognized.dates, as: .date)
    take(recognized.times, as: .time)
    take(
      recognized.measures.filter {
        $0.count > 1 && Self.quantityUnits.contains(words.words[$0.upperBound].lower)
      }, as: .quantity)
    take(recognized.numbers, as: .number)
    for span in recognized.names {
      guard let named = nameKind(span, words) else { continue }
      take([named.span], as: named.kind)
    }
    return taken.sorted { $0.0.lowerBound < $1.0.lowerBound }.map { span, kind in
      var range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
      // "$4.1bn", "12%": a figure keeps the signs the words leave out.
      if [.money, .percent, .quantity, .number].contains(kind) {
        range = figures.completedFigure(range, words) ?? range
      }
      let phrase = String(decoding: words.bytes[range], as: UTF8.self)
      return SentenceEntity(
        kind: kind, utf8Range: range, words: span, text: phrase,
        date: kind == .date ? DateResolver().resolve(phrase, articleDate: nil) : nil)
    }
  }

  /// The units a quantity ends in; not "in" (inches), which far more often opens a phrase
  /// after one ("33,300 miles in three days").
  static let quantityUnits = Lexicon.unitWords.subtracting(Lexicon.prepositions)

  /// What a name span names: an organisation when a cue says so ("Bank", "Ltd", "FC"), a
  /// place when the gazetteer knows it or a preposition of place comes before it, else a
  /// person, without the titles before the name. Nil for a weekday or month alone and for
  /// a nationality ("Venezuelan"), which name no one.
  func nameKind(_ span: ClosedRange<Int>, _ words: SentenceWords)
    -> (span: ClosedRange<Int>, kind: SentenceEntity.Kind)?
  {
    let recognizer = names.recognizer
    let text = words.text(from: span.lowerBound, through: span.upperBound)
    guard PlaceGazetteer.country(forDemonym: text) == nil,
      recognizer.fits(span: span, kind: .person, words: words)
        || recognizer.fits(span: span, kind: .place, words: words)
        || OrganizationCues.looksLikeOrganization(text)
    else { return nil }
    if OrganizationCues.looksLikeOrganization(text) { return (span, .organization) }
    if recognizer.fits(span: span, kind: .place, words: words) { return (span, .place) }
    return (Self.withoutTitles(span, words), .person)
  }

  /// A person's name without the titles, roles and words of address before it: "Trade
  /// Minister Alan Tarrant" → "Alan Tarrant", "Ms Grace Osei" → "Grace Osei".
  static func withoutTitles(_ span: ClosedRange<Int>, _ words: SentenceWords) -> ClosedRange<Int> {
    let last = span.dropLast().last { index in
      let lower = words.words[index].lower
      return Lexicon.titles.contains(lower) || Lexicon.personRoles.contains(lower)
        || Lexicon.honorifics.contains(lower)
    }
    return last.map { ($0 + 1)...span.upperBound } ?? span
  }
}

extension [SentenceEntity] {
  /// The same entities with each date resolved against the article's date, in the
  /// direction `tense` gives for the date's clause (unmarked: the nearest day).
  public func resolvingDates(
    against articleDate: CalendarDate?,
    tense: (SentenceEntity) -> ClauseTense = { _ in .unmarked }
  ) -> [SentenceEntity] {
    guard let articleDate else { return self }
    let resolver = DateResolver()
    return map { entity in
      guard entity.kind == .date else { return entity }
      var resolved = entity
      resolved.date = resolver.resolve(
        entity.text, articleDate: articleDate, tense: tense(entity))
      return resolved
    }
  }
}
