/// Answers to "what did X say?": the quotes and reported clauses of a sentence whose speaker
/// is the one the question names.
extension ShortAnswerExtractor {
  func statementCandidates(
    _ words: SentenceWords, context: QuestionContext,
    references: [ReferenceResolver.Mention], next: SentenceWords?, analyzer: inout TermAnalyzer
  ) -> [Candidate] {
    let statements = ReportedSpeech(lexicon: lexicon).statements(in: words, next: next)
    guard !statements.isEmpty else { return [] }
    let names = speakerTerms(of: context.analysis, analyzer: &analyzer)
    // The names among them decide who is meant: "the LSE's chief executive" is not the
    // British Library's, whatever role words they share.
    let properNames = speakerNameTerms(of: context.analysis, analyzer: &analyzer)
    let verbTerm = context.verbTerm
    var result: [Candidate] = []
    for statement in statements {
      let speaker =
        statement.speakerInNextSentence
        ?? statement.speaker.map { span -> String in
          // "He warned": the name the pronoun stands for ("Mr Rubio" stays as written).
          if let mention = references.first(where: { !$0.isShortName && $0.words.overlaps(span) }
          ) {
            return mention.name
          }
          return words.text(from: span.lowerBound, through: span.upperBound)
        }
      // The speaker as the sentence writes it ("the official"), with the role it gives
      // them ("chairman and chief executive Richard Parsons", "Ecuador's Interior
      // Minister"), as well as resolved ("Pablo Herrera").
      let written =
        statement.speakerInNextSentence
        ?? statement.speakerPhrase.map { words.text(from: $0.lowerBound, through: $0.upperBound) }
        ?? statement.speaker.map { span -> String in
          let range = words.utf8Range(from: span.lowerBound, through: span.upperBound)
          let role = AnswerDetails().role(of: range, in: words.sentence) ?? ""
          return words.text(from: span.lowerBound, through: span.upperBound) + " " + role
        }
      let speakerTerms = Set(
        analyzer.terms(in: [speaker, written].compactMap { $0 }.joined(separator: " ")))
      var fit: Double
      if names.isEmpty {
        fit =
          speaker == nil
          ? AnswerWeights.unattributedStatementFit.value : AnswerWeights.anySpeakerFit.value
      } else {
        fit =
          Self.speakerMatches(
            names: properNames, roles: names.subtracting(properNames), speakerTerms: speakerTerms)
          ? 1 : AnswerWeights.otherSpeakerFit.value
      }
      // "an operation Trump said killed 11 people": a clause without its subject is half
      // of what was said; a whole statement by the same speaker comes first.
      if statement.lacksSubject { fit *= AnswerWeights.subjectlessStatementFactor.value }
      // The verb the question uses ("warn") over any verb of saying.
      if let verbTerm, analyzer.term(for: words.words[statement.verb].lower) == verbTerm {
        fit *= AnswerWeights.sameVerbStatementFactor.value
      }
      // What the question asks about ("about the boat") inside what was said.
      let content = statement.content
      var topical = 0.0
      var topicWeight = 0.0
      for (term, weight) in context.termWeights where !names.contains(term) && term != verbTerm {
        topicWeight += weight
        let inside = content.contains { analyzer.term(for: words.words[$0].lower) == term }
        if inside { topical += weight }
      }
      let topicShare = topicWeight > 0 ? topical / topicWeight : 0.5
      var text = balancedQuotes(content, words)
      // "… stands at 5.1%": the sign belongs to the figure that ends what was said.
      if words.hasPercentSign(after: content.upperBound),
        text.hasSuffix(words.words[content.upperBound].surface)
      {
        text += "%"
      }
      if statement.isQuote, let next, let carried = carriedOnQuote(next) {
        // "Tough times are ahead," Parsons said. "We will cut costs.": one statement.
        let opening = Self.trimmedQuote(text)
        let stop = opening.last.map { ".?!".contains($0) } == true ? "" : "."
        text = opening + stop + " " + carried
      }
      result.append(
        Candidate(
          text: statement.isQuote ? "“\(Self.trimmedQuote(text))”" : text,
          utf8Range: words.utf8Range(from: content.lowerBound, through: content.upperBound),
          score: fit * (AnswerWeights.statementTopicBase.value + topicShare), typeFit: min(1, fit),
          speaker: speaker))
    }
    return result.sorted { $0.score > $1.score }
  }

  /// The terms naming who the question asks about: the words between "did" and the
  /// reporting verb ("what did the official say about Rubio?" → official), not the topic.
  func speakerTerms(of analysis: QuestionAnalysis, analyzer: inout TermAnalyzer) -> Set<String> {
    let words = WordTokenizer.words(in: analysis.text)
    guard let verb = analysis.verb, let end = words.firstIndex(of: verb), end > 2 else {
      return Set(analysis.nameTerms)
    }
    // "What did someone say?" names no speaker: anyone's words answer it.
    return Set(
      words[Range.positions(from: 2, upTo: end, in: words.count)].compactMap {
        Lexicon.indefinitePlaceholders.contains($0) ? nil : analyzer.term(for: $0)
      })
  }

  /// Whether a speaker is the one the question names: by a name of theirs ("Ferguson" for
  /// "Sir Alex Ferguson") when the question gives one, else by the role it gives, all of it
  /// but a word in three ("the chief executive" is not "the share price's chief executive").
  static func speakerMatches(names: Set<String>, roles: Set<String>, speakerTerms: Set<String>)
    -> Bool
  {
    if !names.isEmpty { return !names.isDisjoint(with: speakerTerms) }
    let missing = roles.subtracting(speakerTerms).count
    return missing == 0 || (roles.count >= 3 && missing == 1)
  }

  /// The terms of the names (capitalised words other than titles) among the speaker words
  /// of the question: "Lord Browne" → browne; "the LSE's chief executive" → lse.
  func speakerNameTerms(of analysis: QuestionAnalysis, analyzer: inout TermAnalyzer)
    -> Set<String>
  {
    let words = SentenceWords(analysis.text).words
    guard let verb = analysis.verb, let end = words.firstIndex(where: { $0.lower == verb }),
      end > 2
    else { return [] }
    return Set(
      words[2..<end].filter {
        $0.isCapitalized && !Self.titles.contains($0.lower)
          && !Lexicon.honorifics.contains($0.lower)
      }.compactMap { analyzer.term(for: $0.lower) })
  }

  /// The content's words with a quotation mark it opens closed: `for "some time"`, not
  /// `for "some time`. The mark the sentence closes it with is taken in, or one is added.
  func balancedQuotes(_ content: ClosedRange<Int>, _ words: SentenceWords) -> String {
    let text = words.text(from: content.lowerBound, through: content.upperBound)
    let marks = ReportedSpeech.quotationMarks(in: Array(text.utf8)).count
    guard marks % 2 == 1, let last = text.last, last.isLetter || last.isNumber else {
      return text
    }
    var end = words.words[content.upperBound].utf8Range.upperBound
    // `financially."`: the stop before the closing mark is left out.
    if end + 1 < words.bytes.count, ".,!?".utf8.contains(words.bytes[end]) { end += 1 }
    if end < words.bytes.count, words.bytes[end] == UInt8(ascii: "\"") { return text + "\"" }
    if end + 2 < words.bytes.count, words.bytes[end] == 0xE2, words.bytes[end + 2] == 0x9D {
      return text + "”"
    }
    return text
  }

  /// The words of a next sentence that only carries the quote on, without its marks.
  func carriedOnQuote(_ next: SentenceWords) -> String? {
    let speech = ReportedSpeech(lexicon: lexicon)
    guard speech.isBareContinuation(next), let quote = speech.quotedRanges(next).first,
      quote.lowerBound == 0
    else { return nil }
    return Self.trimmedQuote(next.text(from: quote.lowerBound, through: quote.upperBound))
  }

  /// A quote without the comma or stop that closed it inside the marks.
  static func trimmedQuote(_ text: String) -> String {
    var result = text
    while let last = result.last, ",;:".contains(last) { result.removeLast() }
    return result
  }
}
