import Foundation

/// What the answering sentence's clause states, held against what the question asks: the
/// evidence that a sentence on the question's topic does not answer it. SQuAD 2.0's
/// unanswerable questions are written this way ("what is the population of Peru?" over a
/// sentence giving the population of Lima), and so are a reporter's questions the loaded
/// articles do not cover. Each finding is a calibration feature and, when newsdesk declines,
/// a one-line reason.
public struct ClauseEvidence: Sendable, Equatable {
  /// The attribute asked (the question's head noun: "population", "capital", "winner") that
  /// the candidate's clause does not state, for a question not asking for a name.
  public var absentAttribute: String?
  /// The attribute a figure is asked of ("the population of Peru") when the sentence does
  /// not state it anywhere: a figure of the right type about something else.
  public var absentMeasure: String?
  /// Years, figures and months the question names that the sentence does not give.
  public var lackingFigures: [String] = []
  /// A year the question names, over a sentence that gives another year instead.
  public var contradictingYear: String?
  /// The question's predicate ("elected", "founded") when neither it nor a derivation of it
  /// ("election", "founder") is in the sentence.
  public var absentPredicate: String?
  /// A name the question asks about that the sentence mentions, but outside the clause the
  /// candidate stands in: a candidate of the right type about something else. Measured, not
  /// yet used: on SQuAD it fires as often on right answers as on unanswerable questions
  /// (parse errors and names the clause gives by a pronoun), so it is no feature and no reason.
  public var otherEntity: String?
  /// The question's verb told of someone else in the sentence, or the other way round
  /// ("what does Epona fight?" over "Link … fights a boss"): a reason, no veto
  /// (`FrameContrast`).
  public var otherActor: FrameContrast?
  /// The question's words the sentence does not hold, nor a relative of them (a name of
  /// several words kept whole, at most three): what an unsure answer's reason names.
  public var unsharedWords: [String] = []

  public init() {}

  /// Nothing found against the sentence (the words it does not share are no finding).
  public var isClean: Bool {
    var found = self
    found.unsharedWords = []
    return found == ClauseEvidence()
  }
}

extension ClauseEvidence {
  /// Reads `sentence` against the question. `candidate` is the short answer's UTF-8 range in
  /// `sentence`; `annotated` its parse, when one was made (without it the whole sentence is
  /// taken as the candidate's clause, and `otherEntity` is never found).
  public init(
    analysis: QuestionAnalysis, sentence: String, candidate: Range<Int>?,
    annotated: AnnotatedSentence?, analyzer: inout TermAnalyzer
  ) {
    let sentenceTerms = Set(analyzer.terms(in: sentence))
    // A relative of a question term (a derivation, a nominalisation) stands for it.
    func holds(_ term: String, in terms: Set<String>) -> Bool {
      terms.contains(term)
        || analysis.expansions.contains { $0.value == term && terms.contains($0.key) }
    }
    let members = annotated.flatMap { parse in
      candidate.map { ClauseEvidence.clauseMembers(of: $0, in: parse) }
    }
    let clause = annotated.flatMap { parse in
      members.map { $0.map { parse.tokens[$0].text }.joined(separator: " ") }
    }
    let clauseTerms = clause.map { Set(analyzer.terms(in: $0)) } ?? sentenceTerms

    // The attribute of something ("the population of Peru", "the winner of the cup"), or the
    // thing an amount counts: not the kind of a name asked ("which language"), which the
    // answer itself is.
    if let head = analysis.headNoun?.lowercased(), !AnswerComposer.genericHeads.contains(head),
      Self.asksAttribute(head, in: analysis.text) || Self.amountTypes.contains(analysis.answerType),
      let headTerm = analyzer.term(for: head), !holds(headTerm, in: clauseTerms)
    {
      absentAttribute = head
      if Self.asksAttribute(head, in: analysis.text),
        Self.amountTypes.contains(analysis.answerType), !holds(headTerm, in: sentenceTerms),
        Self.isAttributeOfAThing(head, wordNet: analyzer.lexicon.wordNet)
      {
        absentMeasure = head
      }
    }

    let questionFigures = Self.figures(in: analysis.text)
    let sentenceFigures = Self.figures(in: sentence)
    lackingFigures = questionFigures.filter { !sentenceFigures.contains($0) }
    // A month the question names is a figure too: "premiered on 26 December of what year?"
    // over a sentence on 26 October is SQuAD 2.0's commonest unanswerable date question.
    let sentenceWords = Set(WordTokenizer.words(in: sentence.lowercased()))
    lackingFigures += Self.months(in: analysis.text).filter {
      !sentenceWords.contains($0.lowercased())
    }
    let otherYears = sentenceFigures.filter { Self.isYear($0) && !questionFigures.contains($0) }
    if let year = lackingFigures.first(where: Self.isYear), !otherYears.isEmpty {
      contradictingYear = year
    }

    if let verb = analysis.verb?.lowercased(), !Self.lightVerbs.contains(verb),
      !Self.lightVerbs.contains(analyzer.lexicon.irregularVerbs[verb] ?? verb),
      let verbTerm = analyzer.term(for: verb), !holds(verbTerm, in: sentenceTerms)
    {
      let lemmas = Set(annotated?.tokens.map { $0.lemma.lowercased() } ?? [])
      if !lemmas.contains(analyzer.lexicon.irregularVerbs[verb] ?? verb) { absentPredicate = verb }
    }

    unsharedWords = Self.unsharedWords(of: analysis.text, analyzer: &analyzer) {
      holds($0, in: sentenceTerms)
    }

    if let parse = annotated, let question = analyzer.lexicon.annotator?.annotate(analysis.text) {
      otherActor = FrameContrast(question: question, sentence: parse, lexicon: analyzer.lexicon)
    }

    if let members, let parse = annotated,
      !members.contains(where: { Self.isPronounSubject(parse.tokens[$0]) })
    {
      let names = AnswerComposer.questionNames(in: analysis.text, analyzer: &analyzer)
      let inSentence = names.filter { $0.terms.allSatisfy(sentenceTerms.contains) }
      let inClause = inSentence.filter { $0.terms.allSatisfy(clauseTerms.contains) }
      let answerText = candidate.map { Self.slice(sentence, $0) } ?? ""
      let answerTerms = Set(analyzer.terms(in: answerText))
      if let name = inSentence.first, inClause.isEmpty,
        !name.terms.allSatisfy(answerTerms.contains)
      {
        otherEntity = name.text
      }
    }
  }

  /// The tokens of the clause the candidate stands in, in order: the subtree of the nearest
  /// word heading a clause (a verb, noun or adjective with a subject of its own), less
  /// the clauses hung from it that do not hold the candidate; a relative clause takes in the
  /// noun it describes ("Peru, whose population is …").
  static func clauseMembers(of candidate: Range<Int>, in parse: AnnotatedSentence) -> [Int] {
    let tokens = parse.tokens
    let dependents = parse.dependents
    guard
      let first = tokens.indices.first(where: { tokens[$0].utf8Range.overlaps(candidate) })
    else { return Array(tokens.indices) }
    // A clause is a predicate with a subject of its own: "to lead the party" in "Smith was
    // chosen to lead the party" is part of Smith's clause, not one of its own.
    func headsClause(_ index: Int) -> Bool {
      dependents[index].contains {
        tokens[$0].relation.hasPrefix("nsubj") || tokens[$0].relation.hasPrefix("csubj")
      }
    }
    func baseRelation(_ index: Int) -> String {
      tokens[index].relation.split(separator: ":").first.map(String.init) ?? ""
    }
    var anchor = first
    var steps = 0
    while !headsClause(anchor), let head = tokens[anchor].head, steps < 40 {
      anchor = head
      steps += 1
    }
    var members = Set<Int>()
    var stack = [anchor]
    while let index = stack.popLast() {
      guard members.insert(index).inserted else { continue }
      for child in dependents[index] {
        // A clause of its own ("and Peru has 30 million") is cut away unless it holds the
        // candidate; a list of names ("Obama and Biden") belongs to its verb's clause.
        if headsClause(child), clausalRelations.contains(baseRelation(child)),
          !subtree(child, dependents).contains(first)
        {
          continue
        }
        stack.append(child)
      }
    }
    if baseRelation(anchor) == "acl", let described = tokens[anchor].head {
      members.insert(described)
      for part in dependents[described] where nameParts.contains(baseRelation(part)) {
        members.insert(part)
      }
    }
    return members.sorted()
  }

  static func subtree(_ root: Int, _ dependents: [[Int]]) -> Set<Int> {
    var members = Set<Int>()
    var stack = [root]
    while let index = stack.popLast() {
      if members.insert(index).inserted { stack.append(contentsOf: dependents[index]) }
    }
    return members
  }

  /// A clause whose subject is a pronoun ("he", "it") may be about the question's name under
  /// another word: it is not held against the candidate.
  static func isPronounSubject(_ token: AnnotatedSentence.Token) -> Bool {
    token.coarseTag == "PRON" && token.relation.hasPrefix("nsubj")
  }

  /// Years and plain figures written in digits ("1998", "3,000" as "3000").
  static func figures(in text: String) -> [String] {
    WordTokenizer.words(in: text).compactMap { word in
      let digits = word.replacingOccurrences(of: ",", with: "")
      return !digits.isEmpty && digits.allSatisfy(\.isNumber) ? digits : nil
    }
  }

  /// The months a text names, as written: capitalised month names ("May" only after a
  /// figure or "in", as it is also a verb).
  static func months(in text: String) -> [String] {
    let words = SentenceWords(text).words
    return words.indices.compactMap { index in
      let word = words[index]
      guard word.isCapitalized, Lexicon.months.contains(word.lower) else { return nil }
      if word.lower == "may" {
        let before = index > 0 ? words[index - 1].lower : ""
        guard before == "in" || before.allSatisfy(\.isNumber) && !before.isEmpty else {
          return nil
        }
      }
      return word.surface
    }
  }

  static func isYear(_ figure: String) -> Bool {
    figure.count == 4 && (Int(figure).map { (1000...2199).contains($0) } ?? false)
  }

  static func slice(_ text: String, _ range: Range<Int>) -> String {
    let bytes = Array(text.utf8)
    guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return "" }
    return String(decoding: bytes[range], as: UTF8.self)
  }

  /// Verbs that say little of what happened: their absence is no evidence.
  static let lightVerbs: Set<String> = [
    "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does",
    "did", "get", "got", "make", "made", "take", "took", "give", "gave", "use", "used", "call",
    "called", "happen", "happened", "become", "became", "mean", "meant", "go", "went",
  ]

  static let clausalRelations: Set<String> = [
    "advcl", "ccomp", "acl", "parataxis", "conj", "csubj", "xcomp",
  ]

  /// The parts of a name or noun phrase kept with it: "Nobel" and "Peace" of "Prize".
  static let nameParts: Set<String> = ["compound", "flat", "amod", "det", "nmod"]

  static let amountTypes: Set<AnswerType> = [.number, .percent, .money, .quantity]

  /// Whether a head noun names a property of a thing ("population", "capital") rather than
  /// the measure the figure is given in ("percentage of", "number of", "size of", "share
  /// of", "kgs of"), which a sentence gives by its figure alone ("90%"). A word WordNet does
  /// not know is taken for a measure.
  static func isAttributeOfAThing(_ head: String, wordNet: WordNet?) -> Bool {
    guard let wordNet, !wordNet.lemmas(head, pos: .noun).isEmpty else { return false }
    return !["quantity", "money", "time"].contains(wordNet.nounClass(head))
      && !ShortAnswerExtractor.unitWords.contains(head)
      && !Self.measureAncestors.contains { wordNet.noun(head, isA: $0, senses: 1) }
  }

  /// Where WordNet files the measures that are not quantities in its usual sense: a size or
  /// a value is an attribute, a share a part or a possession.
  static let measureAncestors = ["attribute.n.02", "possession.n.02", "part.n.01"]

  /// Whether the question asks for the head as an attribute of something: "population of".
  static func asksAttribute(_ head: String, in question: String) -> Bool {
    let words = WordTokenizer.words(in: question.lowercased())
    return zip(words, words.dropFirst()).contains { $0 == head && $1 == "of" }
  }
}
