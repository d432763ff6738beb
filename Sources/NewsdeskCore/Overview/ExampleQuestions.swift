/// Questions built from facts the articles state, for `:examples`, `:help` and the first
/// hint: a sentence that opens with a name and a verb ("Daniel Noboa met Rubio in Quito")
/// gives the question that name answers ("Who met Rubio in Quito?").
///
/// These are only proposals: `NewsdeskSession.examples` asks each one and keeps those
/// newsdesk answers with the name the sentence gives.
public struct ExampleQuestion: Sendable, Equatable {
  public var question: String
  /// The name the sentence gives as the answer.
  public var expected: String
  public var articleNumber: Int
  /// From 1.
  public var sentenceNumber: Int
}

public struct ExampleQuestionBuilder: Sendable {
  /// Questions of more words read as a puzzle, not an example.
  static let wordRange = 4...13
  /// Sentences read per article: the lead and the paragraphs after it state its facts.
  static let sentencesPerArticle = 12

  /// The parts of speech and verb forms that tell a predicate from a name.
  let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Proposals from the given articles (numbers from 0), at most `perArticle` from each,
  /// taking the articles in turn so that the first proposals come from different ones.
  public func proposals(
    from library: ArticleLibrary, articles: [Int], perArticle: Int = 2
  ) -> [ExampleQuestion] {
    var byArticle: [[ExampleQuestion]] = []
    for number in articles where library.articles.indices.contains(number) {
      let sentences = library.articles[number].allSentences().prefix(Self.sentencesPerArticle)
      // The article's people by surname: "Rubio will meet …" opens with one.
      var surnames: [String: String] = [:]
      for person in EntityCatalog(library: library, articles: [number]).list(.people) {
        if let last = person.name.split(separator: " ").last, person.name.contains(" ") {
          surnames[String(last)] = person.name
        }
      }
      var found: [ExampleQuestion] = []
      for (index, sentence) in sentences.enumerated() where found.count < perArticle {
        // A when-question where a sentence allows one: rarer, so it goes first for variety.
        if var example = whenQuestion(from: sentence, surnames: surnames)
          ?? question(from: sentence, surnames: surnames)
        {
          example.articleNumber = number
          example.sentenceNumber = index + 1
          found.append(example)
        }
      }
      byArticle.append(found)
    }
    var result: [ExampleQuestion] = []
    for round in 0..<perArticle {
      for found in byArticle where round < found.count { result.append(found[round]) }
    }
    return result
  }

  /// "Name verb rest, …" → "Who verb rest?", when the name is a person or an organisation
  /// and opens the sentence (after any title: "President Donald Trump said …").
  func question(from sentence: String, surnames: [String: String] = [:]) -> ExampleQuestion? {
    let words = SentenceWords(sentence)
    let list = words.words
    var start = 0
    while start < list.count,
      ShortAnswerExtractor.titles.contains(list[start].lower)
        || (start == 0 && list[start].lower == "the")
    {
      start += 1
    }
    var name: String
    var expected: String
    if start < list.count, let full = surnames[list[start].surface] {
      name = list[start].surface
      expected = full
    } else {
      guard let run = NameRuns(lexicon: lexicon).find(in: words).first,
        let kind = Tally(lexicon: lexicon).kind(of: run.name, cues: run.personCue ? 1 : 0),
        kind != .places
      else { return nil }
      name = run.name
      expected = run.name
    }
    let nameWords = WordTokenizer.words(in: name).count
    let verbAt = start + nameWords
    guard list.count > verbAt + 2,
      words.text(from: start, through: verbAt - 1) == name,
      words.punctuation(before: verbAt) == nil
    else { return nil }
    let verb = list[verbAt]
    guard !verb.isCapitalized, opensAPredicate(verb.lower, next: list[verbAt + 1].lower)
    else { return nil }
    // The rest, up to the first comma, quote or clause break (hyphens and apostrophes
    // are inside words: "fast-growing", "O'Jays").
    var last = verbAt
    while last + 1 < list.count,
      !Self.clauseBreaks.contains(words.punctuation(before: last + 1) ?? " ")
    {
      last += 1
    }
    // A question ends on a content word, not "the" or "of".
    while last > verbAt, Lexicon.isFunctionWord(list[last].lower) || list[last].lower == "s" {
      last -= 1
    }
    let count = last - verbAt + 2  // "who" and the words kept
    guard Self.wordRange.contains(count) else { return nil }
    let rest = words.text(from: verbAt, through: last)
    guard !rest.contains("\"") && !rest.contains("“") else { return nil }
    return ExampleQuestion(
      question: "Who \(rest)?", expected: expected, articleNumber: 0, sentenceNumber: 0)
  }

  /// "Name verbed object on Thursday / in March / in 2009" → "When did Name verb object?",
  /// answered by the day, month or year.
  func whenQuestion(from sentence: String, surnames: [String: String]) -> ExampleQuestion? {
    let words = SentenceWords(sentence)
    let list = words.words
    guard let opening = openingName(words, surnames: surnames) else { return nil }
    let verbAt = opening.end
    guard verbAt + 2 < list.count, isPastTense(list[verbAt].lower),
      let wordNet = lexicon.wordNet,
      let lemma = lexicon.irregularVerbs[list[verbAt].lower]
        ?? wordNet.lemmas(list[verbAt].lower, pos: .verb).first
    else { return nil }
    let times = Lexicon.weekdays.union(Lexicon.months)
    for at in (verbAt + 1)..<(list.count - 1)
    where ["on", "in"].contains(list[at].lower) {
      if Self.clauseBreaks.contains(words.punctuation(before: at) ?? " ") { return nil }
      let time = list[at + 1]
      let isYear = time.surface.count == 4 && time.surface.allSatisfy(\.isNumber)
      guard time.isCapitalized && times.contains(time.lower) || isYear else { continue }
      let object = at > verbAt + 1 ? " " + words.text(from: verbAt + 1, through: at - 1) : ""
      let question = "When did \(opening.name) \(lemma)\(object)?"
      guard Self.wordRange.contains(WordTokenizer.words(in: question).count),
        !object.contains("\""), !object.contains("“")
      else { return nil }
      return ExampleQuestion(
        question: question, expected: time.surface, articleNumber: 0, sentenceNumber: 0)
    }
    return nil
  }

  /// The name a sentence opens with (after any title), and the word position after it.
  func openingName(_ words: SentenceWords, surnames: [String: String]) -> (
    name: String, end: Int
  )? {
    let list = words.words
    var start = 0
    while start < list.count, ShortAnswerExtractor.titles.contains(list[start].lower) {
      start += 1
    }
    guard start < list.count else { return nil }
    if surnames[list[start].surface] != nil { return (list[start].surface, start + 1) }
    guard let run = NameRuns(lexicon: lexicon).find(in: words).first,
      let kind = Tally(lexicon: lexicon).kind(of: run.name, cues: run.personCue ? 1 : 0),
      kind != .places
    else { return nil }
    let end = start + WordTokenizer.words(in: run.name).count
    guard end <= list.count, words.text(from: start, through: end - 1) == run.name else {
      return nil
    }
    return (run.name, end)
  }

  /// A finite verb, or an auxiliary before one ("will meet", "has deployed"): what a
  /// subject does, so that "who" can stand for the subject.
  func opensAPredicate(_ word: String, next: String) -> Bool {
    if ["will", "would", "has", "had", "could", "can", "is", "was"].contains(word) {
      return isPastTense(next) || lexicon.partsOfSpeech(next).first == .verb
    }
    if isPastTense(word) { return true }
    // "says", "wants": a present-tense verb, not a plural noun ("Shares fell").
    return word.hasSuffix("s") && lexicon.partsOfSpeech(String(word.dropLast())).first == .verb
  }

  static let clauseBreaks: Set<Character> = [
    ",", ";", ":", "(", ")", "\"", "“", "”", ".", "?", "!", "—", "–",
  ]

  func isPastTense(_ word: String) -> Bool {
    if word.hasSuffix("ed") && word.count > 4 { return true }
    return lexicon.irregularVerbs[word] != nil && !Lexicon.auxiliaries.contains(word)
  }
}
