/// Whether the names a question gives are in the sentences that answer it.
///
/// Names are spelt many ways: with or without their accents ("Temür", "Temur"), as an
/// acronym of the full name ("UMC", "United Methodist Church"), through a demonym ("Chinese"
/// for "China"), in part ("Genghis" for
/// "Genghis Khan"), and a sentence often names someone only through a pronoun that the
/// sentence before resolves ("He was the second son of …"). All count as the name being there.
extension AnswerComposer {
  /// A name the question gives: a run of capitalised words after the first word.
  struct QuestionName: Equatable {
    /// The index terms of its words, accents folded.
    var terms: [String]
    /// The letters of an acronym ("UMC" from "UMC" or "UMCs"), or nil.
    var acronym: String?
    /// The name as the question wrote it, for telling the user.
    var text = ""
  }

  /// The names in a question, each a run of capitalised words ("Genghis Khan", "UMC").
  /// Month names are dates, not names ("Feb 2010").
  static func questionNames(in question: String, analyzer: inout TermAnalyzer) -> [QuestionName] {
    let words = SentenceWords(question)
    var names: [QuestionName] = []
    var run: [SentenceWords.Word] = []
    func close() {
      defer { run = [] }
      var terms = run.compactMap { analyzer.term(for: AccentFolding.fold($0.lower)) }
      guard !terms.isEmpty else { return }
      // "Chinese" asks about China: a sentence naming the country holds it.
      if run.count == 1, let country = PlaceGazetteer.country(forDemonym: run[0].lower) {
        terms += analyzer.terms(in: country)
      }
      var acronym: String?
      if run.count == 1 {
        var letters = run[0].surface
        if letters.hasSuffix("s") { letters.removeLast() }
        if letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) { acronym = letters }
      }
      names.append(
        QuestionName(
          terms: terms, acronym: acronym, text: run.map(\.surface).joined(separator: " ")))
    }
    for (position, word) in words.words.enumerated() {
      let isName =
        position > 0 && word.isCapitalized
        && !ShortAnswerExtractor.months.contains(word.lower)
        && !ShortAnswerExtractor.weekdays.contains(word.lower)
      if isName, words.punctuation(before: position) == nil || run.isEmpty {
        run.append(word)
      } else {
        close()
        if isName { run.append(word) }
      }
    }
    close()
    return names
  }

  /// What a text says of names: its index terms with accents folded, and the initials of its
  /// runs of capitalised words, for acronyms.
  struct NameEvidence {
    var terms: Set<String>
    var capitalisedRuns: [String]

    init(_ text: String, analyzer: inout TermAnalyzer) {
      terms = Set(analyzer.terms(in: AccentFolding.fold(text)))
      let words = SentenceWords(text)
      // "Chinese" in the text names China too.
      for word in words.words where word.isCapitalized {
        if let country = PlaceGazetteer.country(forDemonym: word.lower) {
          terms.formUnion(analyzer.terms(in: country))
        }
      }
      var runs: [String] = []
      var current = ""
      for word in words.words {
        if word.isCapitalized {
          current.append(word.surface.first!)
        } else if !["of", "for", "the", "and", "de"].contains(word.lower) {
          if current.count >= 2 { runs.append(current) }
          current = ""
        }
      }
      if current.count >= 2 { runs.append(current) }
      capitalisedRuns = runs
    }

    /// Whether the text holds the name: one of its words, or the words its acronym stands
    /// for ("UMC" in "the United Methodist Church").
    func holds(_ name: QuestionName, expansions: [String: String]) -> Bool {
      if name.terms.contains(where: { terms.contains($0) }) { return true }
      if let acronym = name.acronym, capitalisedRuns.contains(where: { $0.contains(acronym) }) {
        return true
      }
      return expansions.contains { name.terms.contains($0.value) && terms.contains($0.key) }
    }
  }

  /// How many of the question's names the supporting sentence lacks. A sentence that opens
  /// with a pronoun is read with the one before it, where the pronoun's name usually stands.
  func missingNameCount(
    _ analysis: QuestionAnalysis, in sentence: String, previous: String?,
    analyzer: inout TermAnalyzer
  ) -> Int {
    missingNames(analysis, in: sentence, previous: previous, analyzer: &analyzer).count
  }

  /// The names of the question the sentence (or, when it opens with a pronoun, the one
  /// before) does not hold.
  func missingNames(
    _ analysis: QuestionAnalysis, in sentence: String, previous: String?,
    analyzer: inout TermAnalyzer
  ) -> [QuestionName] {
    let names = Self.questionNames(in: analysis.text, analyzer: &analyzer)
    guard !names.isEmpty else { return [] }
    var text = sentence
    if let previous, Self.opensWithAnaphor(sentence) { text = previous + " " + sentence }
    let found = NameEvidence(text, analyzer: &analyzer)
    return names.filter { !found.holds($0, expansions: analysis.expansions) }
  }

  /// Whether the question names someone or something no loaded sentence contains, in any
  /// of the forms the lexicon relates to it. A name the index lacks may still be in the
  /// retrieved sentences in another spelling ("Tugh Temur" for "Tugh Temür") or as the words
  /// of an acronym, which are read before deciding.
  func mentionsUnknownName(
    _ analysis: QuestionAnalysis, library: ArticleLibrary, retrieved: [String],
    analyzer: inout TermAnalyzer
  ) -> Bool {
    !unknownNames(analysis, library: library, retrieved: retrieved, analyzer: &analyzer).isEmpty
  }

  /// The names of the question no loaded sentence contains (see `mentionsUnknownName`), as
  /// the question wrote them.
  func unknownNames(
    _ analysis: QuestionAnalysis, library: ArticleLibrary, retrieved: [String],
    analyzer: inout TermAnalyzer
  ) -> [String] {
    let calendar = Set(
      ShortAnswerExtractor.months.union(ShortAnswerExtractor.weekdays).compactMap {
        analyzer.term(for: $0)
      })
    let unknown = analysis.nameTerms.filter { name in
      library.index.sentenceFrequency(of: name) == 0 && !calendar.contains(name)
        && !analysis.expansions.contains {
          $0.value == name && library.index.sentenceFrequency(of: $0.key) > 0
        }
    }
    guard !unknown.isEmpty else { return [] }
    let found = NameEvidence(retrieved.joined(separator: " "), analyzer: &analyzer)
    let names = Self.questionNames(in: analysis.text, analyzer: &analyzer)
    let missing = unknown.filter { term in
      let folded = analyzer.term(for: AccentFolding.fold(term)) ?? term
      if found.terms.contains(folded) { return false }
      // "German" asks about Germany: a sentence naming the country holds it.
      if names.contains(where: { name in
        name.terms.contains(folded)
          && PlaceGazetteer.country(forDemonym: name.text.lowercased()) != nil
          && name.terms.contains(where: found.terms.contains)
      }) {
        return false
      }
      // An acronym's whole name in the retrieved sentences.
      return !names.contains { name in
        name.acronym != nil && name.terms.contains(folded)
          && found.holds(name, expansions: analysis.expansions)
      }
    }
    // Told as the question wrote them: the names holding a missing term, else the term.
    var told: [String] = []
    for term in missing {
      let folded = analyzer.term(for: AccentFolding.fold(term)) ?? term
      let text = names.first { $0.terms.contains(folded) || $0.terms.contains(term) }?.text ?? term
      if !told.contains(text) { told.append(text) }
    }
    return told
  }

  /// The sentences where a question's names are looked for under other spellings: the
  /// retrieved ones and the first sentence of each of their articles, which names in full
  /// what the rest abbreviates ("The United Methodist Church …", then "the UMC").
  func namingSentences(_ retrieved: ArraySlice<Evidence>, library: ArticleLibrary) -> [String] {
    var articles = Set<Int>()
    var sentences = retrieved.map(\.sentence)
    for evidence in retrieved where articles.insert(evidence.articleNumber).inserted {
      let article = library.articles[evidence.articleNumber]
      if evidence.sentenceNumber > 1, !article.sentences.isEmpty {
        sentences.append(article.sentence(0))
      }
    }
    return sentences
  }
}
