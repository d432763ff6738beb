/// The spans of each answer type a sentence offers, each with how well its kind fits the
/// type asked (`AnswerWeights`, "spanFit"): the candidates the rules then score.
extension ShortAnswerExtractor {
  /// Spans of the expected type, each with how well it fits. When no span fits the type
  /// well, the sentence's phrases come in as weak candidates.
  func typedSpans(
    _ words: SentenceWords, type: AnswerType, context: QuestionContext,
    analyzer: inout TermAnalyzer
  ) -> [(ClosedRange<Int>, Double)] {
    let found = recognized(words)
    let names = found.names
    switch type {
    case .person, .organization, .place:
      var spans = names.filter { fits(span: $0, type: type, words: words) }.map {
        (type == .person ? self.names.stripTitles($0, words) : $0, 1.0)
      }
      // A name the gazetteer does not know may still be a place ("Urgench", "Zhongdu").
      spans += names.filter { !fits(span: $0, type: type, words: words) }.map { span in
        let titled = span.contains { Self.titles.contains(words.words[$0].lower) }
        // "on Tuesday", "in March": a day or a month is a time, never an unknown place.
        let isTime = span.contains {
          Self.weekdays.contains(words.words[$0].lower)
            || Self.months.contains(words.words[$0].lower)
        }
        guard type == .place, !titled, !isTime else {
          return (span, AnswerWeights.nameOfOtherKindFit.value)
        }
        // After "in", "at", "near" an unknown name is likelier a place than elsewhere, with
        // or without its article ("at the Hard Rock Cafe").
        var before = span.lowerBound - 1
        if before > 0, words.words[before].lower == "the" { before -= 1 }
        // "in the capital, Port Selwyn": the sentence calls the name a place, as in "the
        // port of Manta".
        if renamesPlaceNoun(span, words) { return (span, 1.0) }
        let placed =
          (before >= 0 && Lexicon.placeOrDirectionPrepositions.contains(words.words[before].lower))
          || namesPlacePhraseBefore(span, words)
        return (
          span,
          placed
            ? AnswerWeights.unknownNameAfterPlacePrepositionFit.value
            : AnswerWeights.unknownNameFit.value
        )
      }
      let chunks = PhraseChunker(lexicon: lexicon).chunks(words)
      if type == .place, !context.asksForNamedPlace {
        // "Where": a phrase after a preposition of place ("in the altitude chamber"). Not for
        // "which city": a city is named.
        spans += chunks.filter { chunk in
          var before = chunk.lowerBound - 1
          // "in the altitude chamber": past the determiner.
          if before > 0, Lexicon.determiners.contains(words.words[before].lower) {
            before -= 1
          }
          return before >= 0
            && Lexicon.placeOrDirectionPrepositions.contains(words.words[before].lower)
            // "shot in the thigh outside the studios": a part of the body says where on
            // someone, not where it happened.
            && lexicon.wordNet?.noun(
              words.words[chunk.upperBound].lower, isA: "body_part", senses: 1) != true
        }.map { ($0, AnswerWeights.placePhraseFit.value) }
      }
      spans += chunks.map { chunk in
        // "Who was drawn to Jacksonville?" → "filmmakers": people named by what they are.
        (
          chunk,
          type == .person && namesPeople(chunk, words)
            ? AnswerWeights.peopleNounFit.value : AnswerWeights.otherPhraseFit.value
        )
      }
      // "Who must approve it?" may be answered by a body: "the Competition and Markets
      // Authority" whole, as for "which organisation".
      if type == .organization || type == .person {
        spans += organisationNamesWithAnd(names, words).map { ($0, 1.0) }
      }
      if context.asksForSeveral {
        spans += coordinatedNames(names, words).map {
          ($0, AnswerWeights.coordinatedNamesFit.value)
        }
      }
      return spans
    case .date, .time:
      // "When?" over "between 12 January and 10 February": both dates are the answer, one
      // alone half of it. "In what year?" asks for one.
      var single = found.singleDates
      // "In what year?" over "in May 2012": the year is the answer, the month is more.
      if context.analysis.headNoun == "year" {
        single = single.map { entities.yearOfDate($0, words) ?? $0 }
      }
      let joined = context.analysis.form == .when ? entities.joinedDateSpans(single, words) : []
      return single.map { ($0, 1.0) } + joined.map { ($0, AnswerWeights.joinedDatesFit.value) }
        + clauseSpans(words, type: type).map {
          ($0.span, AnswerWeights.timeClauseFit.value * $0.fit)
        }
    case .number, .quantity, .duration:
      // A count is the bare number; a quantity or duration carries its unit ("three days").
      let bare = type == .number ? 1.0 : AnswerWeights.bareNumberForMeasureFit.value
      let spans =
        found.numbers.map { ($0, bare) }
        + found.unitNumbers.map {
          ($0, type == .number ? AnswerWeights.unitNumberForCountFit.value : 1.0)
        }
      // "How long did Apollo run?" → "from 1961 to 1972": a span of years is a duration.
      let ranges =
        type == .duration
        ? found.yearRanges.map { ($0, AnswerWeights.yearRangeFit.value) } : []
      return spans.map { span, fit in
        (span, fit * countLikelihood(span, words, context: context) * unitFit(span, words, context))
      } + ranges
    case .percent:
      return found.percents.map { ($0, 1.0) }
        + found.numbers.map {
          ($0, AnswerWeights.bareNumberForAmountFit.value)
        }
    case .money:
      // "What is the cost of borrowing?" → "5.1%": a price or a change in it may be given
      // as a rate; "how much prize money" asks for the sum itself.
      let asksForSum = context.analysis.focusWords.contains { Self.sumWords.contains($0) }
      return found.money.map { ($0, 1.0) }
        + (asksForSum
          ? [] : found.percents.map { ($0, AnswerWeights.percentForAmountFit.value) })
        + found.numbers.map {
          ($0, AnswerWeights.bareNumberForAmountFit.value)
        }
    case .reason: return clauseSpans(words, type: type).map { ($0.span, $0.fit) }
    case .manner:
      // "How did the emperor die?" → "drowned": without "by …", the verb phrase says how.
      return clauseSpans(words, type: type).map { ($0.span, $0.fit) }
        + instrumentSpans(words, context: context, analyzer: &analyzer).map { ($0, 1.0) }
        + predicateSpans(words, questionWords: context.questionWords).map {
          ($0, AnswerWeights.mannerPhraseFit.value)
        }
        + adverbSpans(words).map { ($0, AnswerWeights.mannerPhraseFit.value) }
    case .yesNo: return []
    case .role:
      return roleSpans(words, names: names).map { ($0, 1.0) }
        + PhraseChunker(lexicon: lexicon).chunks(words).map {
          ($0, AnswerWeights.rolePhraseFit.value)
        }
    case .description, .other, .quote:
      // A whole phrase ("more US attacks") over the name inside it ("US").
      let predicates =
        context.asksForAction
        ? (predicateSpans(words, questionWords: context.questionWords)
          + actionSpans(words, context: context)).map { ($0, 1.0) } : []
      // "What happened in 2009?" → "The base was closed": the clause the time belongs to.
      let events =
        context.asksForAction && context.analysis.time != nil
        ? eventClauses(words).map { ($0, AnswerWeights.eventClauseFit.value) } : []
      let chunks = PhraseChunker(lexicon: lexicon).chunks(words)
      let stranded = context.strandedPreposition.map { gerundClauses(after: $0, words) } ?? []
      return events + predicates + chunks.map { ($0, 1.0) } + stranded.map { ($0, 1.0) }
        + joinedPhrases(chunks, words).map { ($0, 1.0) }
        + names.map { ($0, AnswerWeights.nameInPhraseFit.value) }
        + quotedSpans(words).map { ($0, 1.0) }
        + (context.asksForSeveral
          ? coordinatedNames(names, words).map { ($0, AnswerWeights.coordinatedNamesFit.value) }
          : [])
    }
  }
}

extension ShortAnswerExtractor {
  /// "What did Hale criticise the referee for?" → "allowing the winning goal to stand": the
  /// clause a verb's -ing form opens after the preposition the question ends with, up to the
  /// next mark.
  func gerundClauses(after preposition: String, _ words: SentenceWords) -> [ClosedRange<Int>] {
    let list = words.words
    return list.indices.compactMap { index in
      guard list[index].lower == preposition, index + 1 < list.count,
        isGerund(list[index + 1].lower)
      else { return nil }
      var end = index + 1
      while end + 1 < list.count,
        words.punctuation(before: end + 1).map({ ",;:(".contains($0) }) != true
      {
        end += 1
      }
      return (index + 1)...end
    }
  }

  /// A name set off by a comma right after a noun for a kind of place: "the capital, Port
  /// Selwyn".
  func renamesPlaceNoun(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    span.lowerBound >= 1 && words.punctuation(before: span.lowerBound) == ","
      && Self.placeNouns.contains(words.words[span.lowerBound - 1].lower)
  }

  /// A name set off by a comma after a short place phrase, naming it: "in the capital, Port
  /// Selwyn", "at the plant, Greenhill".
  func namesPlacePhraseBefore(_ span: ClosedRange<Int>, _ words: SentenceWords) -> Bool {
    let start = span.lowerBound
    guard start >= 2, words.punctuation(before: start) == "," else { return false }
    for preposition in stride(from: start - 2, through: max(0, start - 4), by: -1) {
      if preposition + 1 < start, words.punctuation(before: preposition + 1) != nil {
        return false
      }
      if Lexicon.placeOrDirectionPrepositions.contains(words.words[preposition].lower) {
        return true
      }
    }
    return false
  }
}

extension ShortAnswerExtractor {
  /// Words that ask for a sum of money itself, which a percentage never gives.
  static let sumWords: Set<String> = [
    "money", "cash", "dollars", "pounds", "euros", "funds", "funding", "sum",
  ]
}
