/// "And X?", "What about X?": the last question about another name or topic.
extension FollowUpResolver {
  /// The last question about `entity` instead of the name of the same kind it held.
  func swap(_ entity: String, into question: String) -> String? {
    let words = SentenceWords(question)
    let names = extractor.nameSpans(words).filter { $0.lowerBound > 0 }
    let entityIsPlace = PlaceGazetteer.isPlace(entity)
    let sameKind = names.first { span in
      PlaceGazetteer.isPlace(words.text(from: span.lowerBound, through: span.upperBound))
        == entityIsPlace
    }
    // "what did Rubio say about the gangs?" + "What about China?": with no name of China's
    // kind to replace, the topic after "about" is what changes.
    if sameKind == nil, let about = words.words.lastIndex(where: { $0.lower == "about" }),
      about + 1 < words.words.count
    {
      let bytes = Array(question.utf8)
      let start = words.words[about + 1].utf8Range.lowerBound
      let end = words.words[words.words.count - 1].utf8Range.upperBound
      return String(decoding: bytes[..<start], as: UTF8.self) + entity
        + String(decoding: bytes[end...], as: UTF8.self)
    }
    guard !names.isEmpty else { return nil }
    let span = sameKind ?? names[0]
    let bytes = Array(question.utf8)
    let range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
    var replacement = entity
    // "And Venezuela's?" after "who is Ecuador's interior minister?": the possessive is
    // already in the question.
    for mark in ["'s", "’s"] where replacement.hasSuffix(mark) {
      let after = String(decoding: bytes[range.upperBound...], as: UTF8.self)
      if after.hasPrefix("'s") || after.hasPrefix("’s") {
        replacement = String(replacement.dropLast(mark.count))
      }
    }
    var before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self)
    // "the United States" → "Ecuador", not "the Ecuador".
    if before.lowercased().hasSuffix("the "), !replacement.lowercased().hasPrefix("the "),
      !replacement.contains(" ")
    {
      before.removeLast(4)
    }
    return before + replacement + String(decoding: bytes[range.upperBound...], as: UTF8.self)
  }
}
