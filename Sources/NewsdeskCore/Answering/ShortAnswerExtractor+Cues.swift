/// Words in the sentence that introduce the kind of answer the question wants.
extension ShortAnswerExtractor {
  /// How much likelier a span is the answer for following a cue the question calls for:
  /// a name after "named", "called", "dubbed" or "known as" when a name is asked ("an eastern
  /// half named New South Wales", "is dubbed the Genesis Rock"); an example after "such as",
  /// "for example" or "including" when an example is asked ("warships, such as the
  /// dreadnought battleships").
  func cueFactor(_ span: ClosedRange<Int>, _ words: SentenceWords, context: QuestionContext)
    -> Double
  {
    let list = words.words
    // Past a determiner: "dubbed the Genesis Rock".
    var before = span.lowerBound - 1
    if before >= 0, WordClasses.determiners.contains(list[before].lower) { before -= 1 }
    guard before >= 0 else { return 1 }
    let previous = list[before].lower
    let twoBefore = before > 0 ? list[before - 1].lower + " " + previous : ""
    if context.prefersNames,
      Self.namingCues.contains(previous) || Self.namingCues.contains(twoBefore)
    {
      return Self.cueBoost
    }
    if context.asksForExample,
      Self.exampleCues.contains(previous) || Self.exampleCues.contains(twoBefore)
    {
      return Self.cueBoost
    }
    return 1
  }

  static let namingCues: Set<String> = [
    "named", "called", "dubbed", "termed", "titled", "entitled", "nicknamed", "known as",
    "renamed",
  ]

  static let exampleCues: Set<String> = [
    "such as", "for example", "for instance", "including", "e.g", "like", "notably",
    "especially",
  ]

  static let cueBoost = 2.0
}
