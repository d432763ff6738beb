/// "How much?" after "what did Martin Keane say?" → "£4.5m had been set aside to recruit 40
/// midwives from overseas": the amount asked is the one the statement just given holds. Asked
/// of the speaking ("how much did Martin Keane say?"), the question had no act to search for
/// and answered a figure from another speaker's sentence.
extension FollowUpResolver {
  /// The last answer's statement asked again with its figure left out and the wh-phrase
  /// before it: "How much did Martin Keane say had been set aside to recruit 40 midwives
  /// from overseas?". Nil when the last answer was no statement, or holds no figure of the
  /// kind asked.
  func statedFigure(_ wh: [String], base: ConversationMemory.Turn) -> String? {
    guard base.analysis.answerType == .quote, let statement = base.answer,
      wh.contains("much") || wh.contains("many")
    else { return nil }
    let words = SentenceWords(statement)
    let list = words.words
    let asksAmount = wh.contains("much")
    // An amount is money or a share ("£4.5m", "6%"); a count is a bare number ("9,000").
    guard
      let figure = list.firstIndex(where: { word in
        word.surface.contains(where: \.isNumber)
          && (asksAmount ? Self.isAmount(word.surface) : !Self.isAmount(word.surface))
      })
    else { return nil }
    let asking = SentenceWords(Self.droppingLeadingFillers(base.question)).words
    // "what did Martin Keane say" → "did Martin Keane say".
    guard asking.count > 2, Lexicon.whWords.contains(asking[0].lower) else { return nil }
    let speaking = Self.stripped(
      SentenceWords(Self.droppingLeadingFillers(base.question)).text(
        from: 1, through: asking.count - 1))
    let before = figure > 0 ? words.text(from: 0, through: figure - 1) : ""
    let after = figure + 1 < list.count ? words.text(from: figure + 1, through: list.count - 1) : ""
    return Self.asQuestion(
      [wh.joined(separator: " "), speaking, before, Self.stripped(after)].filter { !$0.isEmpty }
        .joined(separator: " "))
  }

  /// A figure of money or a share: a currency sign, a per cent sign, or a multiplier
  /// written on ("4.5m", "2bn").
  static func isAmount(_ surface: String) -> Bool {
    surface.contains(where: { "£$€¥%".contains($0) })
      || ["m", "bn", "k"].contains { surface.lowercased().hasSuffix($0) }
  }
}
