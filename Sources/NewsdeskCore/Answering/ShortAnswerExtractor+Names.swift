/// Names are recognised in Analysis (`NameRecognizer`); the span finders and rules call it
/// through `names`, with the answer type the question expects read as a kind of name.
extension ShortAnswerExtractor {
  var names: NameRecognizer { NameRecognizer(lexicon: lexicon) }

  /// What the recognisers found in the sentence of `words` (name runs, dates, figures): kept
  /// with its annotation, so each is read once per sentence however many rules ask.
  func recognized(_ words: SentenceWords) -> SentenceRecognition {
    lexicon.recognition(of: words)
  }

  /// Whether a capitalised span can be a name of the expected type; a type that is no kind
  /// of name (a date, a number, other) takes any span.
  func fits(span: ClosedRange<Int>, type: AnswerType, words: SentenceWords) -> Bool {
    guard let kind = NameRecognizer.Kind(type) else { return true }
    return names.fits(span: span, kind: kind, words: words)
  }
}

extension NameRecognizer.Kind {
  /// The kind of name an answer type asks for, or nil when it asks for no name.
  init?(_ type: AnswerType) {
    switch type {
    case .person: self = .person
    case .organization: self = .organization
    case .place: self = .place
    default: return nil
    }
  }
}
