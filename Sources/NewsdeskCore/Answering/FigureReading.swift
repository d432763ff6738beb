/// A sentence's figures read against the parse for a figure question: whose figure each is
/// (the subject or possessor of the clause it stands in) and whether it is a change ("grew
/// by 0.4%", "a 12% rise") or a level ("to 550 trillion yen").
struct FigureReading {
  /// The sentence's figures as its parse places them.
  let parse: FigureParse
  /// The index terms of the names the question gives ("Japan" in "Japan's economy").
  let subjectNames: Set<String>
  /// "By how much did X rise?", "how much did X grow?": the change is asked for.
  let asksChange: Bool
  /// "How much did X rise to?": the level reached.
  let asksLevel: Bool
  /// The question's index terms.
  let questionTerms: Set<String>
  /// Other names of the places the question names, mapped to its terms.
  let aliases: [String: String]
  /// The lemmas the question's verb may have ("charges" → charge).
  let verbLemmas: Set<String>
  private var analyzer: TermAnalyzer

  init?(words: SentenceWords, lexicon: Lexicon, question: QuestionAnalysis) {
    guard let annotator = lexicon.annotator, !words.words.isEmpty else { return nil }
    analyzer = TermAnalyzer(lexicon: lexicon)
    parse = FigureParse(sentence: annotator.annotate(words.sentence), lexicon: lexicon)
    // The question's names, not its parse: questions are rare in the treebank the parser
    // learnt from, and it reads "how much did Harbour Media's profits rise" poorly.
    subjectNames = Set(question.nameTerms)
    aliases = question.aliases
    questionTerms = Set(question.terms)
    let lower = question.text.lowercased()
    let questionWords = WordTokenizer.words(in: lower)
    asksLevel = ["to", "from"].contains(questionWords.last ?? "")
    verbLemmas =
      question.verb.map { verb in
        Set([verb.lowercased()] + (lexicon.wordNet?.lemmas(verb.lowercased(), pos: .verb) ?? []))
      } ?? []
    asksChange =
      !asksLevel
      && (lower.contains("by how much")
        || questionWords.contains { word in
          FigureParse.changeWords.contains(word)
            || (lexicon.wordNet?.lemmas(word, pos: .verb) ?? []).contains(
              where: FigureParse.changeWords.contains)
        })
  }

  /// How much a figure's clause supports it: more when the question's subject owns the
  /// clause, much less when another name does; more for a change when the change is asked,
  /// less for a level.
  func clauseFactor(of candidate: ShortAnswerExtractor.Candidate) -> Double {
    guard let figure = parse.figureToken(in: candidate.utf8Range) else { return 1 }
    var reading = self
    var factor = reading.ownerFactor(of: figure)
    if reading.ownPhraseNamesQuestion(figure) { factor *= AnswerWeights.figureOwnPhraseBoost.value }
    // "How much does the ferry charge?" → "charges £10": the figure of the question's verb.
    if verbLemmas.contains(sentence.tokens[parse.predicate(of: figure)].lemma.lowercased()) {
      factor *= AnswerWeights.figureSameVerbBoost.value
    }
    if asksChange || asksLevel {
      if let change = parse.isChange(figure) {
        if asksChange {
          factor *=
            change
            ? AnswerWeights.changeAskedChangeBoost.value
            : AnswerWeights.changeAskedLevelFactor.value
        } else {
          factor *=
            change
            ? AnswerWeights.levelAskedChangeFactor.value : AnswerWeights.levelAskedLevelBoost.value
        }
      }
    }
    return factor
  }

  /// How far the figure belongs to what the question names: the names of its clause (the
  /// predicate it stands under, with that predicate's subject) against the question's.
  mutating func ownerFactor(of figure: Int) -> Double {
    guard !subjectNames.isEmpty else { return 1 }
    let (terms, names) = clauseTerms(parse.clauseTokens(of: figure))
    if subjectNames.isSubset(of: terms) { return AnswerWeights.figureOwnClauseBoost.value }
    if !subjectNames.isDisjoint(with: terms) || names.isEmpty { return 1 }
    // The clause names someone else. When a clause of the sentence that names the
    // question's subject has a figure of its own, that one is asked for (Japan's growth,
    // not India's, in "Japan's economy grew by 0.4%, while India's grew by 7.2%").
    let figures = sentence.tokens.indices.filter {
      $0 != figure && sentence.tokens[$0].coarseTag == "NUM"
    }
    for other in figures where parse.phraseHead(of: other).head != parse.phraseHead(of: figure).head
    {
      let (otherTerms, _) = clauseTerms(parse.clauseTokens(of: other))
      if !subjectNames.isDisjoint(with: otherTerms) {
        return AnswerWeights.figureOtherOwnerFactor.value
      }
    }
    // A sentence that never names the question's subject, whose figure is someone else's.
    let sentenceTerms = clauseTerms(Set(sentence.tokens.indices)).terms
    return subjectNames.isDisjoint(with: sentenceTerms)
      ? AnswerWeights.figureUnnamedOwnerFactor.value : 1
  }

  /// "£4.50 for an hour's session or £35 for a monthly pass": the figure whose own phrase
  /// holds a word of the question ("how much will an hour's session cost?").
  mutating func ownPhraseNamesQuestion(_ figure: Int) -> Bool {
    !questionTerms.isDisjoint(with: clauseTerms(parse.ownPhrase(of: figure)).terms)
  }

  /// The index terms of some tokens, and those of their proper nouns; a name the question
  /// calls by another name ("European Union" for "EU") counts as the question's.
  mutating func clauseTerms(_ indices: Set<Int>) -> (terms: Set<String>, names: Set<String>) {
    var terms = Set<String>()
    var names = Set<String>()
    for index in indices {
      let token = sentence.tokens[index]
      guard let term = analyzer.term(for: token.text.lowercased()) else { continue }
      let asked = aliases[term] ?? term
      terms.insert(asked)
      if token.coarseTag == "PROPN" { names.insert(asked) }
    }
    return (terms, names)
  }
}

extension FigureReading {
  /// The sentence the figures stand in, as parsed.
  var sentence: AnnotatedSentence { parse.sentence }

  /// Whether a candidate figure is a change (nil when the sentence does not say).
  func isChange(_ candidate: ShortAnswerExtractor.Candidate) -> Bool? {
    parse.figureToken(in: candidate.utf8Range).flatMap(parse.isChange)
  }

  /// The candidate without a word of another phrase at its end (`FigureParse`).
  func withoutDanglingWord(_ candidate: ShortAnswerExtractor.Candidate)
    -> ShortAnswerExtractor.Candidate
  {
    withRange(parse.withoutDanglingWord(candidate.utf8Range), of: candidate)
  }

  /// The candidate with the unit it counts, when that follows it and the question does not
  /// name it (`FigureParse`).
  func withUnit(_ candidate: ShortAnswerExtractor.Candidate, questionWords: Set<String>)
    -> ShortAnswerExtractor.Candidate
  {
    withRange(parse.withUnit(candidate.utf8Range, questionWords: questionWords), of: candidate)
  }

  /// The candidate over `range` with the sentence's text there; itself when there is none.
  private func withRange(_ range: Range<Int>?, of candidate: ShortAnswerExtractor.Candidate)
    -> ShortAnswerExtractor.Candidate
  {
    guard let range else { return candidate }
    var result = candidate
    result.utf8Range = range
    result.text = sentence.text(utf8: range)
    return result
  }
}
